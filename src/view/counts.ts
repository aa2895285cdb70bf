// Counts in words, as the page and the exports write them: "1 actor", "15,000 ties". Pure.

/** `n` with thousands separators and the word in the singular or plural. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}
