// Names in plain text (export captions, canvas, SVG text) kept apart from what surrounds them:
// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, the text form of HTML's <bdi>.
// Without them two right-to-left names around an arrow read as one right-to-left run: the tie
// "A → B" would be drawn as "B → A". Imported text carries no direction controls of its own
// (io/sanitizeImported removes them), so these are the only ones.

export function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}

/** "A → B → C" with each name isolated. */
export function joinIsolated(names: readonly string[], separator: string): string {
  return names.map(isolate).join(separator);
}
