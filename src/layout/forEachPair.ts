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

/**
 * Calls `visit` for every unordered pair with at least one member that `moves`, in the order
 * forEachPair would: the pairs of two fixed nodes, which no force changes, are skipped. Placing one
 * actor among hundreds that stay put visits a few hundred pairs a tick instead of tens of thousands.
 */
export function forEachMovingPair<T>(
  items: readonly T[],
  moves: (item: T) => boolean,
  visit: (a: T, b: T) => void,
): void {
  const moving: number[] = [];
  items.forEach((item, index) => {
    if (moves(item)) moving.push(index);
  });
  if (moving.length === items.length) return forEachPair(items, visit);
  let next = 0; // the first moving index after i
  for (let i = 0; i < items.length; i++) {
    const a = items[i];
    while (next < moving.length && moving[next]! <= i) next++;
    if (a === undefined) continue;
    if (moves(a))
      for (let j = i + 1; j < items.length; j++) {
        const b = items[j];
        if (b !== undefined) visit(a, b);
      }
    else
      for (let m = next; m < moving.length; m++) {
        const b = items[moving[m]!];
        if (b !== undefined) visit(a, b);
      }
  }
}
