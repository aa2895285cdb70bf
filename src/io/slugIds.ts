// Ids for imported records: foreign ids turned into the document's slugs, unique within their
// collection, so references can be remapped consistently.
import { IdSchema } from "../schema/networkDocument";
import { RESERVED_IDS, slugify } from "../schema/slug";

export { slugify };

export function isSlug(text: string): boolean {
  return IdSchema.safeParse(text).success;
}

/**
 * Assign unique slugs to a list of foreign ids (undefined: none in the file). Ids that already are
 * slugs keep themselves first, so a later "Alice" never takes "alice" from an existing "alice";
 * the rest are slugified, and anything still missing becomes "<prefix>-<position>".
 */
export function assignSlugs(originals: readonly (string | undefined)[], prefix: string): string[] {
  const used = new Set<string>(RESERVED_IDS); // "constructor" becomes "constructor-2"
  const assigned: (string | undefined)[] = originals.map((original) => {
    if (original === undefined || !isSlug(original) || used.has(original)) return undefined;
    used.add(original);
    return original;
  });
  // Where each base's numbering goes on: 20,000 names that all slugify to "a" take linear time,
  // not 20,000 searches from "a-2".
  const nextNumber = new Map<string, number>();
  const claim = (base: string): string => {
    let candidate = base;
    let n = nextNumber.get(base) ?? 2;
    while (used.has(candidate)) candidate = `${base}-${n++}`;
    nextNumber.set(base, n);
    used.add(candidate);
    return candidate;
  };
  return originals.map((original, index) => {
    const kept = assigned[index];
    if (kept !== undefined) return kept;
    const base = original === undefined ? "" : slugify(original);
    return claim(base === "" ? `${prefix}-${index + 1}` : base);
  });
}
