// The force layout: d3-force run to rest on copies of the input, deterministic (d3-force seeds its
// own random source and places nodes on a phyllotaxis), label-aware (boxes of node + label never
// overlap), respecting pinned positions. Owns the only mutable simulation objects. DOM-free, so it
// can move into a Web Worker unchanged.
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Force,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import { forceGridCollide, forceManyBodyReuse } from "./largeForces";

export interface LayoutNode {
  id: string;
  /** Radius of the actor's symbol. */
  r: number;
  /** Size of the label drawn under the symbol (0 × 0 when labels are off). */
  labelWidth: number;
  labelHeight: number;
  /** A pinned position: the node stays exactly here. */
  fixed?: { x: number; y: number } | undefined;
}

export interface LayoutLink {
  source: string;
  target: string;
}

export type Positions = Map<string, { x: number; y: number }>;

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  box: { left: number; right: number; top: number; bottom: number };
}

const LABEL_GAP = 4;
const CHARGE = -520;
const CHARGE_DISTANCE_MAX = 900;
const BOX_PADDING = 6;

/** The box an actor and its label occupy, relative to the actor's centre. */
export function nodeBox(node: LayoutNode): SimNode["box"] {
  const half = Math.max(node.r, node.labelWidth / 2) + BOX_PADDING;
  return {
    left: -half,
    right: half,
    top: -node.r - BOX_PADDING,
    bottom: node.r + (node.labelHeight > 0 ? LABEL_GAP + node.labelHeight : 0) + BOX_PADDING,
  };
}

/** Calls `visit` once for every unordered pair, in index order. */
function forEachPair<T>(items: readonly T[], visit: (a: T, b: T) => void): void {
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
 * Pushes overlapping node boxes apart along the axis of least overlap. O(n²) per tick, fine for
 * the few hundred actors that get labels; larger networks use circles only.
 */
export function forceBoxCollide(strength = 0.7): Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  const force = (alpha: number) => {
    const k = Math.max(strength * alpha * 4, strength * 0.25);
    forEachPair(nodes, (a, b) => resolvePair(a, b, k));
  };
  force.initialize = (initial: SimNode[]) => {
    nodes = initial;
  };
  return force;
}

function resolvePair(a: SimNode, b: SimNode, k: number): void {
  const ax = (a.x ?? 0) + (a.vx ?? 0);
  const ay = (a.y ?? 0) + (a.vy ?? 0);
  const bx = (b.x ?? 0) + (b.vx ?? 0);
  const by = (b.y ?? 0) + (b.vy ?? 0);
  const overlapX =
    Math.min(ax + a.box.right, bx + b.box.right) - Math.max(ax + a.box.left, bx + b.box.left);
  const overlapY =
    Math.min(ay + a.box.bottom, by + b.box.bottom) - Math.max(ay + a.box.top, by + b.box.top);
  if (overlapX <= 0 || overlapY <= 0) return;
  const aFixed = a.fx != null;
  const bFixed = b.fx != null;
  if (aFixed && bFixed) return;
  const shareA = aFixed ? 0 : bFixed ? 1 : 0.5;
  const shareB = 1 - shareA;
  if (overlapX < overlapY) {
    const direction =
      ax + (a.box.left + a.box.right) / 2 <= bx + (b.box.left + b.box.right) / 2 ? -1 : 1;
    const push = overlapX * k;
    a.vx = (a.vx ?? 0) + direction * push * shareA;
    b.vx = (b.vx ?? 0) - direction * push * shareB;
  } else {
    const direction =
      ay + (a.box.top + a.box.bottom) / 2 <= by + (b.box.top + b.box.bottom) / 2 ? -1 : 1;
    const push = overlapY * k;
    a.vy = (a.vy ?? 0) + direction * push * shareA;
    b.vy = (b.vy ?? 0) - direction * push * shareB;
  }
}

/** Moves boxes apart directly, with no other force, until none overlap (or `rounds` run out). */
export function separateBoxes(nodes: SimNode[], rounds = 200): void {
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    forEachPair(nodes, (a, b) => {
      a.vx = a.vy = b.vx = b.vy = 0;
      resolvePair(a, b, 0.51);
      if (!(a.vx || a.vy || b.vx || b.vy)) return;
      moved = true;
      if (a.fx == null) {
        a.x = (a.x ?? 0) + (a.vx ?? 0);
        a.y = (a.y ?? 0) + (a.vy ?? 0);
      }
      if (b.fx == null) {
        b.x = (b.x ?? 0) + (b.vx ?? 0);
        b.y = (b.y ?? 0) + (b.vy ?? 0);
      }
    });
    if (!moved) return;
  }
}

/** Up to this many actors labels are drawn (see layoutInput), so boxes of symbol + label collide. */
export const LABELLED_LIMIT = 400;
/**
 * Above this many actors, `profile: "auto"` picks the large-network settings. Measured with
 * scripts/bench.ts on the 2-core VM (generated networks, 3 ties per actor): at 1 000 actors the
 * standard settings take 1.4–2.3 s and the large ones 0.3–0.5 s, with stress +3 % and 2-hop
 * neighbourhood preservation −5 % (about the spread between seeds); at 5 000, 10.5–12.8 s against
 * 1.7–2.8 s, stress +0.5 %, neighbourhood −6 %. Up to 1 000 actors the standard settings still
 * converge in about 2 s, so the better picture is worth the wait there.
 */
export const LARGE_NETWORK_THRESHOLD = 1000;

export type LayoutProfile = "standard" | "large";

export interface LayoutOptions {
  /** Ticks to run; the cooling rate is set so the simulation comes to rest in exactly this many. */
  ticks?: number;
  /** Preferred length of a tie, in px. */
  linkDistance?: number;
  /** Which settings to use; "auto" (the default) picks "large" above LARGE_NETWORK_THRESHOLD. */
  profile?: LayoutProfile | "auto";
  /** Barnes–Hut accuracy of the many-body force (d3's 0.9; larger is faster and coarser). */
  theta?: number;
  /**
   * Use forceManyBodyReuse (largeForces.ts), rebuilding its quadtree every this many ticks (1:
   * every tick, as d3 does). The large profile's default is 13; the standard one uses d3's own.
   */
  quadtreeReuse?: number;
}

/** Everything that decides the layout, resolved from the node count and the options. */
export interface LayoutSettings {
  profile: LayoutProfile;
  ticks: number;
  linkDistance: number;
  theta: number;
  /** forceManyBodyReuse's rebuild interval; undefined for d3's own forceManyBody. */
  quadtreeReuse: number | undefined;
  /** Label-aware box collision (O(n²) per tick): only for networks that draw labels. */
  boxes: boolean;
  /** Circle collision on a grid (symbol radius + this padding) for networks without labels. */
  collidePadding: number | undefined;
}

/**
 * Standard: d3's forceManyBody at θ = 0.9 and 300 ticks (the seed network's picture).
 * Large: forceManyBodyReuse at θ = 1.5 with its quadtree rebuilt every 13 ticks, and 150 ticks:
 * about 0.15–0.2× the time for the same stress (see LARGE_NETWORK_THRESHOLD and
 * tests/layout/largeLayout.test.ts). Networks without labels (more than LABELLED_LIMIT actors) get
 * circle collision on a grid instead of the O(n²) boxes, since symbols would otherwise pile up.
 */
export function layoutSettings(nodeCount: number, options: LayoutOptions = {}): LayoutSettings {
  const profile =
    options.profile === undefined || options.profile === "auto"
      ? nodeCount > LARGE_NETWORK_THRESHOLD
        ? "large"
        : "standard"
      : options.profile;
  const boxes = nodeCount <= LABELLED_LIMIT;
  const large = profile === "large";
  return {
    profile,
    ticks: options.ticks ?? (large ? 150 : 300),
    linkDistance: options.linkDistance ?? 110,
    theta: options.theta ?? (large ? 1.5 : 0.9),
    quadtreeReuse: options.quadtreeReuse ?? (large ? 13 : undefined),
    boxes,
    collidePadding: boxes ? undefined : 2,
  };
}

/**
 * Up to this many actors the repulsion is summed over every pair instead of d3's Barnes–Hut
 * quadtree: at this size building a tree every tick costs more than the pairs, and on a page's
 * first run (cold code) the plain loop is several times faster.
 */
export const EXACT_CHARGE_LIMIT = 120;

/** d3's many-body force with θ = 0: the same law (strength · α / distance²), every pair. */
export function forceManyBodyExact(
  strength: number,
  distanceMax: number,
): Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  const max2 = distanceMax * distanceMax;
  const force = (alpha: number) => {
    const k = strength * alpha;
    forEachPair(nodes, (a, b) => {
      const dx = (b.x ?? 0) - (a.x ?? 0);
      const dy = (b.y ?? 0) - (a.y ?? 0);
      let l = dx * dx + dy * dy;
      if (l >= max2) return;
      // As d3 does: below distanceMin (1) the force stops growing.
      if (l < 1) l = Math.sqrt(l) || 1;
      const w = k / l;
      a.vx = (a.vx ?? 0) + dx * w;
      a.vy = (a.vy ?? 0) + dy * w;
      b.vx = (b.vx ?? 0) - dx * w;
      b.vy = (b.vy ?? 0) - dy * w;
    });
  };
  force.initialize = (initial: SimNode[]) => {
    nodes = initial;
  };
  return force;
}

// d3-force's own starting arrangement (a phyllotaxis, see forceSimulation's initializeNodes).
const INITIAL_RADIUS = 10;
const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where the simulation starts: pinned nodes where they are pinned, the others on d3-force's
 * phyllotaxis spiral in input order. Costs nothing, so it can be drawn at once while the layout
 * runs; equal to `createLayoutSimulation(…).positions()` before the first tick.
 */
export function initialPositions(nodes: readonly LayoutNode[]): Positions {
  const positions: Positions = new Map();
  nodes.forEach((node, i) => {
    if (node.fixed) {
      positions.set(node.id, { x: node.fixed.x, y: node.fixed.y });
      return;
    }
    const radius = INITIAL_RADIUS * Math.sqrt(0.5 + i);
    const angle = i * INITIAL_ANGLE;
    positions.set(node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  return positions;
}

/** A layout that can be run a few ticks at a time (in a worker, or between frames). */
export interface LayoutSimulation {
  readonly settings: LayoutSettings;
  /** Node ids in input order: the order of `positionArray`. */
  readonly ids: readonly string[];
  /** Runs up to `count` more ticks (never past the end); the last one also separates boxes. */
  tick(count?: number): void;
  positions(): Positions;
  /** x, y interleaved, in node order; written into `target` when given. */
  positionArray(target?: Float64Array): Float64Array;
  /** Ticks run / ticks planned, 0 … 1. */
  progress(): number;
  done(): boolean;
}

/**
 * The d3 simulation behind computeLayout, steppable. Running it to the end gives exactly
 * computeLayout's positions, however the ticks are split.
 */
export function createLayoutSimulation(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  options: LayoutOptions = {},
): LayoutSimulation {
  const settings = layoutSettings(nodes.length, options);
  const simNodes: SimNode[] = nodes.map((node) => ({
    id: node.id,
    r: node.r,
    box: nodeBox(node),
    ...(node.fixed ? { x: node.fixed.x, y: node.fixed.y, fx: node.fixed.x, fy: node.fixed.y } : {}),
  }));
  const index = new Map(simNodes.map((node) => [node.id, node]));
  // One spring per connected pair: parallel ties should not pull harder than a single one.
  const pairs = new Map<string, SimulationLinkDatum<SimNode>>();
  for (const link of links) {
    if (link.source === link.target || !index.has(link.source) || !index.has(link.target)) continue;
    const key =
      link.source < link.target
        ? `${link.source}\u0000${link.target}`
        : `${link.target}\u0000${link.source}`;
    if (!pairs.has(key)) pairs.set(key, { source: link.source, target: link.target });
  }
  const simulation = forceSimulation<SimNode>(simNodes)
    .force(
      "link",
      forceLink<SimNode, SimulationLinkDatum<SimNode>>([...pairs.values()])
        .id((node) => node.id)
        .distance(settings.linkDistance)
        .strength(0.6),
    )
    .force(
      "charge",
      settings.quadtreeReuse !== undefined
        ? forceManyBodyReuse<SimNode>({
            strength: CHARGE,
            theta: settings.theta,
            distanceMax: CHARGE_DISTANCE_MAX,
            rebuildEvery: settings.quadtreeReuse,
          })
        : nodes.length <= EXACT_CHARGE_LIMIT
          ? forceManyBodyExact(CHARGE, CHARGE_DISTANCE_MAX)
          : forceManyBody<SimNode>()
              .strength(CHARGE)
              .distanceMax(CHARGE_DISTANCE_MAX)
              .theta(settings.theta),
    )
    .force("x", forceX<SimNode>(0).strength(0.06))
    .force("y", forceY<SimNode>(0).strength(0.08))
    .alphaDecay(1 - Math.pow(0.001, 1 / settings.ticks))
    .stop();
  if (settings.boxes) simulation.force("boxes", forceBoxCollide());
  const padding = settings.collidePadding;
  if (padding !== undefined)
    simulation.force(
      "collide",
      forceGridCollide<SimNode>((node) => node.r + padding),
    );

  let ticked = 0;
  let finished = false;
  const finish = () => {
    if (settings.boxes) separateBoxes(simNodes);
    finished = true;
  };
  if (settings.ticks <= 0) finish();

  return {
    settings,
    ids: simNodes.map((node) => node.id),
    tick(count = 1) {
      const run = Math.min(count, settings.ticks - ticked);
      if (run <= 0) return;
      simulation.tick(run);
      ticked += run;
      if (ticked >= settings.ticks) finish();
    },
    positions() {
      const positions: Positions = new Map();
      for (const node of simNodes) positions.set(node.id, { x: node.x ?? 0, y: node.y ?? 0 });
      return positions;
    },
    positionArray(target = new Float64Array(simNodes.length * 2)) {
      simNodes.forEach((node, i) => {
        target[2 * i] = node.x ?? 0;
        target[2 * i + 1] = node.y ?? 0;
      });
      return target;
    },
    progress: () => (settings.ticks <= 0 ? 1 : ticked / settings.ticks),
    done: () => finished,
  };
}

/** Lay the network out to rest. Same input (same order) → same positions. */
export function computeLayout(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  options: LayoutOptions = {},
): Positions {
  const simulation = createLayoutSimulation(nodes, links, options);
  simulation.tick(Infinity);
  return simulation.positions();
}
