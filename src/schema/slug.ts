// Readable ids (slugs) from names: the form the document's ids take (see IdSchema).

/**
 * Slugs that every JavaScript object already has as a property: only "constructor" (the other keys
 * of Object.prototype, such as "toString" and "__proto__", are not slugs). No id may be one:
 * graphology and its algorithms index nodes by id in plain objects, where an actor "constructor"
 * finds Object's own and its ties go astray (drawn at NaN, lost from paths and metrics).
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype).filter((key) => /^[a-z0-9][a-z0-9._-]*$/.test(key)),
);

/** "Négociateur H" → "negociateur-h"; "" when nothing usable is left (e.g. only Arabic script). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/-+$/, "");
}
