// The coarse views of a network that the large-network layout starts from (multilevelLayout.ts):
// its connected components, and inside each, Louvain's nested communities (each level a coarser
// grouping of the one below), as weighted "group graphs". Louvain's random source is seeded, so
// the same network always gives the same levels. Pure, DOM-free; indices are node order.
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { seededRandom } from "../analysis/seededRandom";

/** Neighbour lists in one array (compressed sparse rows); pairs are distinct, a ≠ b. */
export interface Adjacency {
  start: Int32Array;
  neighbours: Int32Array;
}

export function adjacency(count: number, pairs: Int32Array): Adjacency {
  const start = new Int32Array(count + 1);
  for (let p = 0; p < pairs.length; p++) start[pairs[p]! + 1]!++;
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, count);
  const neighbours = new Int32Array(pairs.length);
  for (let p = 0; p < pairs.length; p += 2) {
    const a = pairs[p]!;
    const b = pairs[p + 1]!;
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  return { start, neighbours };
}

/** Connected components, largest first (equal sizes: lowest first member first); members ascending. */
export function components(count: number, { start, neighbours }: Adjacency): Int32Array[] {
  const seen = new Uint8Array(count);
  const queue = new Int32Array(count);
  const found: Int32Array[] = [];
  for (let root = 0; root < count; root++) {
    if (seen[root]) continue;
    seen[root] = 1;
    queue[0] = root;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const node = queue[head]!;
      for (let k = start[node]!; k < start[node + 1]!; k++) {
        const next = neighbours[k]!;
        if (!seen[next]) {
          seen[next] = 1;
          queue[tail++] = next;
        }
      }
    }
    found.push(queue.slice(0, tail).sort());
  }
  return found.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/**
 * Louvain's levels for the whole network, finest first: level[i] is node i's community, numbered
 * 0, 1, … in node order. Levels that group nothing are left out.
 */
export function louvainLevels(count: number, pairs: Int32Array, seed: number): Int32Array[] {
  if (pairs.length === 0) return [];
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (let i = 0; i < count; i++) graph.addNode(String(i));
  for (let p = 0; p < pairs.length; p += 2) graph.addEdge(String(pairs[p]), String(pairs[p + 1]));
  const { dendrogram } = louvain.detailed(graph, { getEdgeWeight: null, rng: seededRandom(seed) });
  const levels: Int32Array[] = [];
  let units = count;
  for (const level of dendrogram) {
    const ids = new Map<number, number>();
    const compact = Int32Array.from(level as ArrayLike<number>, (c) => {
      let id = ids.get(c);
      if (id === undefined) ids.set(c, (id = ids.size));
      return id;
    });
    if (ids.size < units) levels.push(compact);
    units = ids.size;
  }
  return levels;
}

/** A network of groups: each unit's total charge, and ties between units with their counts. */
export interface GroupGraph {
  units: number;
  charges: Float64Array;
  pairs: Int32Array;
  weights: Float64Array;
}

/**
 * The group graph of one component: `unitOf[k]` is the unit of the component's k-th member
 * (`members[k]`), `localPairs` its ties as pairs of member positions, `charges` per node.
 */
export function groupGraph(
  unitOf: Int32Array,
  units: number,
  localPairs: Int32Array,
  charges: Float64Array,
  members: Int32Array,
): GroupGraph {
  const unitCharges = new Float64Array(units);
  members.forEach((node, k) => (unitCharges[unitOf[k]!]! += charges[node]!));
  const weightOf = new Map<number, number>();
  for (let p = 0; p < localPairs.length; p += 2) {
    const a = unitOf[localPairs[p]!]!;
    const b = unitOf[localPairs[p + 1]!]!;
    if (a === b) continue;
    const key = a < b ? a * units + b : b * units + a;
    weightOf.set(key, (weightOf.get(key) ?? 0) + 1);
  }
  const pairs = new Int32Array(weightOf.size * 2);
  const weights = new Float64Array(weightOf.size);
  let t = 0;
  for (const [key, weight] of weightOf) {
    pairs[2 * t] = Math.floor(key / units);
    pairs[2 * t + 1] = key % units;
    weights[t++] = weight;
  }
  return { units, charges: unitCharges, pairs, weights };
}

/**
 * One component's levels, finest (the actors) first: unitOf[level][k] for its k-th member, with
 * the count of units. Levels that group fewer than a tenth of the units below are dropped (they
 * cost a refinement and place nothing), and so is a level of one unit.
 */
export function componentLevels(
  members: Int32Array,
  levels: readonly Int32Array[],
): { unitOf: Int32Array; units: number }[] {
  const result = [{ unitOf: Int32Array.from(members, (_, k) => k), units: members.length }];
  for (const level of levels) {
    const ids = new Map<number, number>();
    const unitOf = Int32Array.from(members, (node) => {
      const c = level[node]!;
      let id = ids.get(c);
      if (id === undefined) ids.set(c, (id = ids.size));
      return id;
    });
    if (ids.size >= 2 && ids.size <= result[result.length - 1]!.units * 0.9)
      result.push({ unitOf, units: ids.size });
  }
  return result;
}
