// A stored network's id, apart from the stored record's format: the page names a new copy in its
// address at once, before the library (persist/networkLibrary.ts) has loaded.

/** A new library id: random, URL-safe, short enough to read in the address bar. */
export function newStoredId(random: () => number = Math.random): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  let id = "";
  for (let i = 0; i < 10; i++) id += alphabet[Math.floor(random() * alphabet.length)];
  return id;
}
