// How good a layout is, as numbers that do not depend on its scale or rotation, so a faster
// setting can be checked against the standard one:
//   - normalized stress: how well drawn distances follow graph (hop) distances, on the pairs from
//     a sample of sources to every node they reach, after the best uniform scaling; 0 is perfect;
//   - edge-length CV: the coefficient of variation (sd / mean) of the drawn tie lengths;
//   - neighbourhood preservation: for a sample of actors, the Jaccard overlap of the actors within
//     two hops in the graph and the same number of nearest actors in the drawing; 1 is perfect
//     (one hop says little on sparse scale-free graphs: a leaf's nearest actors are other leaves
//     of the same hub, not the hub);
//   - overlap: the share of actors whose symbol overlaps another's.
// Ties count once per connected pair and without direction, as the layout sees them.
import type { LayoutLink, Positions } from "./forceLayout";

export interface LayoutQuality {
  stress: number;
  edgeLengthCV: number;
  neighbourhood: number;
  overlap: number;
}

export interface QualityOptions {
  /** BFS sources for the stress (spread evenly over the node order). */
  stressSources?: number;
  /** Actors sampled for neighbourhood preservation. */
  neighbourhoodSamples?: number;
  /** Symbol radius for the overlap (the view's BASE_RADIUS). */
  symbolRadius?: number;
}

/** `count` indices spread evenly over 0 … n − 1 (all of them when n ≤ count). */
function sample(n: number, count: number): number[] {
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: count }, (_, i) => Math.floor(((i + 0.5) * n) / count));
}

export function layoutQuality(
  positions: Positions,
  links: readonly LayoutLink[],
  { stressSources = 40, neighbourhoodSamples = 200, symbolRadius = 9 }: QualityOptions = {},
): LayoutQuality {
  const ids = [...positions.keys()];
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  ids.forEach((id, i) => {
    const p = positions.get(id)!;
    xs[i] = p.x;
    ys[i] = p.y;
  });
  const neighbours: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (const link of links) {
    const a = indexOf.get(link.source);
    const b = indexOf.get(link.target);
    if (a === undefined || b === undefined || a === b) continue;
    neighbours[a]!.add(b);
    neighbours[b]!.add(a);
  }
  const distance = (a: number, b: number) => Math.hypot(xs[a]! - xs[b]!, ys[a]! - ys[b]!);

  // Stress with the optimal scale s: Σ (s·e − d)² / d² is smallest at s = Σ(e/d) / Σ(e²/d²),
  // where it equals N − (Σ e/d)² / Σ e²/d²; divided by N it lies in [0, 1].
  let sumRatio = 0;
  let sumRatio2 = 0;
  let pairs = 0;
  const hops = new Int32Array(n);
  const queue = new Int32Array(n);
  for (const source of sample(n, stressSources)) {
    hops.fill(-1);
    hops[source] = 0;
    queue[0] = source;
    for (let head = 0, tail = 1; head < tail; head++) {
      const node = queue[head]!;
      for (const next of neighbours[node]!) {
        if (hops[next] !== -1) continue;
        hops[next] = hops[node]! + 1;
        queue[tail++] = next;
        const ratio = distance(source, next) / hops[next]!;
        sumRatio += ratio;
        sumRatio2 += ratio * ratio;
        pairs++;
      }
    }
  }
  const stress = pairs === 0 || sumRatio2 === 0 ? 0 : 1 - (sumRatio * sumRatio) / sumRatio2 / pairs;

  const lengths: number[] = [];
  neighbours.forEach((set, a) => {
    for (const b of set) if (a < b) lengths.push(distance(a, b));
  });
  const mean = lengths.reduce((s, x) => s + x, 0) / (lengths.length || 1);
  const variance = lengths.reduce((s, x) => s + (x - mean) ** 2, 0) / (lengths.length || 1);
  const edgeLengthCV = mean === 0 ? 0 : Math.sqrt(variance) / mean;

  let overlap = 0;
  let sampled = 0;
  const others = new Float64Array(n);
  const order = new Int32Array(n);
  for (const a of sample(n, neighbourhoodSamples)) {
    const graph = new Set(neighbours[a]!);
    for (const b of neighbours[a]!) for (const c of neighbours[b]!) if (c !== a) graph.add(c);
    const k = graph.size;
    if (k === 0) continue;
    for (let b = 0; b < n; b++) {
      others[b] = b === a ? Infinity : distance(a, b);
      order[b] = b;
    }
    const nearest = Array.from(order)
      .sort((p, q) => others[p]! - others[q]! || p - q)
      .slice(0, k);
    const shared = nearest.filter((b) => graph.has(b)).length;
    overlap += shared / (2 * k - shared);
    sampled++;
  }
  const neighbourhood = sampled === 0 ? 1 : overlap / sampled;

  return { stress, edgeLengthCV, neighbourhood, overlap: overlapShare(xs, ys, symbolRadius) };
}

/** Share of points that have another point closer than two radii (grid of 2r cells). */
function overlapShare(xs: Float64Array, ys: Float64Array, radius: number): number {
  const n = xs.length;
  if (n < 2) return 0;
  const size = 2 * radius;
  const cells = new Map<string, number[]>();
  const keyOf = (cx: number, cy: number) => `${cx},${cy}`;
  for (let i = 0; i < n; i++) {
    const key = keyOf(Math.floor(xs[i]! / size), Math.floor(ys[i]! / size));
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  }
  let overlapping = 0;
  for (let i = 0; i < n; i++) {
    const cx = Math.floor(xs[i]! / size);
    const cy = Math.floor(ys[i]! / size);
    let found = false;
    for (let dx = -1; dx <= 1 && !found; dx++)
      for (let dy = -1; dy <= 1 && !found; dy++)
        for (const j of cells.get(keyOf(cx + dx, cy + dy)) ?? [])
          if (j !== i && Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!) < size) {
            found = true;
            break;
          }
    if (found) overlapping++;
  }
  return overlapping / n;
}
