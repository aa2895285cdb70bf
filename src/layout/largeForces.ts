// Forces for networks too large for the label-aware layout (thousands of actors): the many-body
// force with its quadtree reused between ticks, and circle collision on a hash grid. Both are
// deterministic: the only randomness is d3's seeded source, handed over in `initialize`.
import { quadtree, type Quadtree, type QuadtreeInternalNode, type QuadtreeLeaf } from "d3-quadtree";
import type { Force, SimulationNodeDatum } from "d3-force";

const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

type Cell<N> = QuadtreeInternalNode<N> | QuadtreeLeaf<N>;
/** d3's trick: cells carry their centre of charge and total charge as extra properties. */
type Quad<N> = (QuadtreeInternalNode<N> | QuadtreeLeaf<N>) & {
  x: number;
  y: number;
  value: number;
};
const isLeaf = <N>(quad: Cell<N>): quad is QuadtreeLeaf<N> => !quad.length;

export interface ManyBodyReuseOptions<N> {
  /** Charge of every node, or of each node (negative repels), read once in `initialize`. */
  strength: number | ((node: N, index: number) => number);
  /** Barnes–Hut accuracy: a cell of width w counts as one body from distance w / theta on. */
  theta: number;
  distanceMax: number;
  /** Rebuild the quadtree every this many ticks (d3-force-reuse's schedule is 13). */
  rebuildEvery: number;
}

/**
 * d3's forceManyBody (Barnes–Hut), except that the quadtree is built only every `rebuildEvery`
 * ticks: in between, the same cells are kept and only their centres of charge are recomputed from
 * the nodes' current positions. Building the tree is about half of a tick at 5 000 nodes (Gove,
 * "It pays to be lazy", EuroVis 2018, finds no loss of layout quality; see layoutQuality.ts for
 * ours). Unlike d3-force-reuse, the centres are fresh every tick and coincident nodes are
 * separated with the simulation's seeded random source, not Math.random, so runs repeat exactly.
 */
export function forceManyBodyReuse<N extends SimulationNodeDatum>({
  strength,
  theta,
  distanceMax,
  rebuildEvery,
}: ManyBodyReuseOptions<N>): Force<N, undefined> {
  const theta2 = theta * theta;
  const distanceMax2 = distanceMax * distanceMax;
  const distanceMin2 = 1;
  let nodes: N[] = [];
  // Per-node charges by the index d3 gives each node.
  let charges = new Float64Array(0);
  const constant = typeof strength === "number" ? strength : undefined;
  const chargeOf = (node: N) => constant ?? charges[node.index ?? 0]!;
  let random: () => number = () => 0.5;
  let tree: Quadtree<N> | undefined;
  let ticks = 0;
  let node: N;
  let alpha = 0;

  // d3-quadtree's visit() and visitAfter() allocate an object per cell visited, which at 5 000
  // nodes makes the garbage collector a third of the layout; these traversals allocate nothing.
  const accumulate = (cell: Cell<N>): void => {
    const quad = cell as Quad<N>;
    let value = 0;
    if (!isLeaf(cell)) {
      let weight = 0;
      let x = 0;
      let y = 0;
      for (let i = 0; i < 4; i++) {
        const child = cell[i] as Quad<N> | undefined;
        if (!child) continue;
        accumulate(child);
        const c = Math.abs(child.value);
        if (c) {
          value += child.value;
          weight += c;
          x += c * child.x;
          y += c * child.y;
        }
      }
      quad.x = x / weight;
      quad.y = y / weight;
    } else {
      quad.x = cell.data.x ?? 0;
      quad.y = cell.data.y ?? 0;
      for (let leaf: QuadtreeLeaf<N> | undefined = cell; leaf; leaf = leaf.next)
        value += chargeOf(leaf.data);
    }
    quad.value = value;
  };

  /** d3's apply(): true when the cell is done with (far enough, or empty). */
  const apply = (cell: Cell<N>, w: number): boolean => {
    const quad = cell as Quad<N>;
    if (!quad.value) return true;
    let x = quad.x - (node.x ?? 0);
    let y = quad.y - (node.y ?? 0);
    let l = x * x + y * y;
    if ((w * w) / theta2 < l) {
      if (l < distanceMax2) {
        if (x === 0) {
          x = jiggle(random);
          l += x * x;
        }
        if (y === 0) {
          y = jiggle(random);
          l += y * y;
        }
        if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
        node.vx = (node.vx ?? 0) + (x * quad.value * alpha) / l;
        node.vy = (node.vy ?? 0) + (y * quad.value * alpha) / l;
      }
      return true;
    }
    if (!isLeaf(cell) || l >= distanceMax2) return false;
    if (cell.data !== node || cell.next) {
      if (x === 0) {
        x = jiggle(random);
        l += x * x;
      }
      if (y === 0) {
        y = jiggle(random);
        l += y * y;
      }
      if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
    }
    for (let leaf: QuadtreeLeaf<N> | undefined = cell; leaf; leaf = leaf.next) {
      if (leaf.data === node) continue;
      const k = (chargeOf(leaf.data) * alpha) / l;
      node.vx = (node.vx ?? 0) + x * k;
      node.vy = (node.vy ?? 0) + y * k;
    }
    return true;
  };

  // Depth-first, children in d3's order (0 … 3), on a stack of cells and their widths.
  const stackCells: Cell<N>[] = [];
  const stackWidths: number[] = [];
  const visit = (root: Cell<N>, width: number) => {
    stackCells[0] = root;
    stackWidths[0] = width;
    for (let top = 1; top > 0;) {
      top--;
      const cell = stackCells[top]!;
      const w = stackWidths[top]!;
      if (apply(cell, w) || isLeaf(cell)) continue;
      for (let i = 3; i >= 0; i--) {
        const child = cell[i];
        if (!child) continue;
        stackCells[top] = child;
        stackWidths[top] = w / 2;
        top++;
      }
    }
  };

  const force = (currentAlpha: number) => {
    if (!tree || ticks % rebuildEvery === 0)
      tree = quadtree(
        nodes,
        (d) => d.x ?? 0,
        (d) => d.y ?? 0,
      );
    ticks++;
    const root = tree.root() as Cell<N> | undefined;
    if (!root) return;
    accumulate(root);
    const [[x0], [x1]] = tree.extent() as [[number, number], [number, number]];
    alpha = currentAlpha;
    for (const current of nodes) {
      node = current;
      visit(root, x1 - x0);
    }
  };
  force.initialize = (initial: N[], source: () => number) => {
    nodes = initial;
    random = source;
    tree = undefined;
    ticks = 0;
    if (typeof strength !== "number") charges = Float64Array.from(initial, strength);
  };
  return force;
}

/**
 * Circle collision like d3's forceCollide, but the candidates come from a hash grid of cells as
 * wide as the largest diameter instead of a quadtree rebuilt every tick: a few ms at 5 000 nodes
 * instead of about 14. Pairs are resolved in a fixed order, so it is deterministic.
 */
export function forceGridCollide<N extends SimulationNodeDatum>(
  radius: (node: N) => number,
  strength = 0.7,
): Force<N, undefined> {
  let nodes: N[] = [];
  let radii = new Float64Array(0);
  let random: () => number = () => 0.5;
  let maxRadius = 0;

  const force = () => {
    const n = nodes.length;
    if (n < 2 || maxRadius <= 0) return;
    const size = 2 * maxRadius;
    let buckets = 1;
    while (buckets < 2 * n) buckets *= 2;
    const mask = buckets - 1;
    const hash = (cx: number, cy: number) =>
      (Math.imul(cx, 73856093) ^ Math.imul(cy, 19349663)) & mask;
    const cellX = new Int32Array(n);
    const cellY = new Int32Array(n);
    const start = new Int32Array(buckets + 1);
    const members = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const d = nodes[i]!;
      cellX[i] = Math.floor(((d.x ?? 0) + (d.vx ?? 0)) / size);
      cellY[i] = Math.floor(((d.y ?? 0) + (d.vy ?? 0)) / size);
      start[hash(cellX[i]!, cellY[i]!) + 1]!++;
    }
    for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
    const fill = start.slice(0, buckets);
    for (let i = 0; i < n; i++) members[fill[hash(cellX[i]!, cellY[i]!)]!++] = i;

    const seen = new Int32Array(9);
    for (let i = 0; i < n; i++) {
      const a = nodes[i]!;
      const ra = radii[i]!;
      let visited = 0;
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          const bucket = hash(cellX[i]! + dx, cellY[i]! + dy);
          // Two neighbouring cells may share a bucket: visit each bucket once.
          let again = false;
          for (let s = 0; s < visited; s++) if (seen[s] === bucket) again = true;
          if (again) continue;
          seen[visited++] = bucket;
          for (let m = start[bucket]!; m < start[bucket + 1]!; m++) {
            const j = members[m]!;
            if (j <= i) continue;
            const b = nodes[j]!;
            const r = ra + radii[j]!;
            let x = (a.x ?? 0) + (a.vx ?? 0) - (b.x ?? 0) - (b.vx ?? 0);
            let y = (a.y ?? 0) + (a.vy ?? 0) - (b.y ?? 0) - (b.vy ?? 0);
            let l = x * x + y * y;
            if (l >= r * r) continue;
            if (x === 0) {
              x = jiggle(random);
              l += x * x;
            }
            if (y === 0) {
              y = jiggle(random);
              l += y * y;
            }
            l = Math.sqrt(l);
            const k = ((r - l) / l) * strength;
            const rb2 = radii[j]! * radii[j]!;
            const shareA = rb2 / (ra * ra + rb2);
            a.vx = (a.vx ?? 0) + x * k * shareA;
            a.vy = (a.vy ?? 0) + y * k * shareA;
            b.vx = (b.vx ?? 0) - x * k * (1 - shareA);
            b.vy = (b.vy ?? 0) - y * k * (1 - shareA);
          }
        }
    }
  };
  force.initialize = (initial: N[], source: () => number) => {
    nodes = initial;
    random = source;
    radii = Float64Array.from(initial, radius);
    maxRadius = radii.reduce((max, r) => Math.max(max, r), 0);
  };
  return force;
}
