// Does the drawing show the groups the data has? For every actor, the share of its k nearest
// drawn actors that belong to its own group (a planted block, say), averaged over the actors. A
// drawing that separates the groups scores near 1; a random placement of g equal groups scores
// about 1 / g, whatever the layout's scale or rotation. Nearest actors come from a uniform grid
// searched ring by ring, so 20 000 actors take a few tens of ms; equal distances are broken by
// node order, so the result is exact and repeatable.

/** The `k` nearest other points of every point (row i: i's neighbours, nearest first). */
export function nearestNeighbours(xs: Float64Array, ys: Float64Array, k: number): Int32Array {
  const n = xs.length;
  const want = Math.min(k, n - 1);
  const result = new Int32Array(n * Math.max(want, 0));
  if (want <= 0) return result;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, xs[i]!);
    x1 = Math.max(x1, xs[i]!);
    y0 = Math.min(y0, ys[i]!);
    y1 = Math.max(y1, ys[i]!);
  }
  // About two points per cell on average.
  const size = Math.sqrt(((x1 - x0) * (y1 - y0) || 1) / Math.max(1, n / 2)) || 1;
  const columns = Math.min(4096, Math.floor((x1 - x0) / size) + 1);
  const rows = Math.min(4096, Math.floor((y1 - y0) / size) + 1);
  const cellSize = Math.max((x1 - x0) / columns, (y1 - y0) / rows, Number.MIN_VALUE) * 1.000001;
  const cellOf = (v: number, origin: number, count: number) =>
    Math.min(count - 1, Math.floor((v - origin) / cellSize));
  const start = new Int32Array(columns * rows + 1);
  const cellIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    cellIndex[i] = cellOf(ys[i]!, y0, rows) * columns + cellOf(xs[i]!, x0, columns);
    start[cellIndex[i]! + 1]!++;
  }
  for (let c = 0; c < columns * rows; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, columns * rows);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[cellIndex[i]!]!++] = i;

  const bestD = new Float64Array(want);
  const bestI = new Int32Array(want);
  for (let i = 0; i < n; i++) {
    let found = 0;
    const cx = cellIndex[i]! % columns;
    const cy = Math.floor(cellIndex[i]! / columns);
    const consider = (j: number) => {
      const d = (xs[i]! - xs[j]!) ** 2 + (ys[i]! - ys[j]!) ** 2;
      if (
        found === want &&
        (d > bestD[want - 1]! || (d === bestD[want - 1]! && j > bestI[want - 1]!))
      )
        return;
      let at = found < want ? found++ : want - 1;
      while (at > 0 && (bestD[at - 1]! > d || (bestD[at - 1]! === d && bestI[at - 1]! > j))) {
        bestD[at] = bestD[at - 1]!;
        bestI[at] = bestI[at - 1]!;
        at--;
      }
      bestD[at] = d;
      bestI[at] = j;
    };
    const visitCell = (x: number, y: number) => {
      if (x < 0 || y < 0 || x >= columns || y >= rows) return;
      const c = y * columns + x;
      for (let m = start[c]!; m < start[c + 1]!; m++) if (members[m] !== i) consider(members[m]!);
    };
    for (let ring = 0; ; ring++) {
      if (ring === 0) visitCell(cx, cy);
      else
        for (let t = -ring; t <= ring; t++) {
          visitCell(cx + t, cy - ring);
          visitCell(cx + t, cy + ring);
          if (t > -ring && t < ring) {
            visitCell(cx - ring, cy + t);
            visitCell(cx + ring, cy + t);
          }
        }
      // Every point outside the rings searched is farther than ring × cellSize.
      const reach = ring * cellSize;
      if (found === want && bestD[want - 1]! <= reach * reach) break;
      if (ring > columns && ring > rows) break;
    }
    result.set(bestI, i * want);
  }
  return result;
}

/**
 * Mean share of each point's `k` nearest points that are in its own group (0 … 1). Points are
 * x, y interleaved, as LayoutSimulation.positionArray gives them.
 */
export function communityShare(positions: Float64Array, groups: ArrayLike<number>, k = 10): number {
  const n = positions.length / 2;
  if (n < 2) return 1;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = positions[2 * i]!;
    ys[i] = positions[2 * i + 1]!;
  }
  const want = Math.min(k, n - 1);
  const neighbours = nearestNeighbours(xs, ys, want);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let same = 0;
    for (let m = 0; m < want; m++) if (groups[neighbours[i * want + m]!] === groups[i]) same++;
    total += same / want;
  }
  return total / n;
}
