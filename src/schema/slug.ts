// Readable ids (slugs) from names: the form the document's ids take (see IdSchema).

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
