// Visits every unordered pair of a list once, in index order: the loop of the O(n²) forces.
/** Calls `visit` once for every unordered pair, in index order. */
export function forEachPair<T>(items: readonly T[], visit: (a: T, b: T) => void): void {
  for (let i = 0; i < items.length; i++) {
    const a = items[i];
    if (a === undefined) continue;
    for (let j = i + 1; j < items.length; j++) {
      const b = items[j];
      if (b !== undefined) visit(a, b);
    }
  }
}
