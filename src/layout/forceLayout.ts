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
  box: { left: number; right: number; top: number; bottom: number };
}

const LABEL_GAP = 4;
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

/**
 * Pushes overlapping node boxes apart along the axis of least overlap. O(n²) per tick, fine for
 * the few hundred actors that get labels; larger networks use circles only.
 */
export function forceBoxCollide(strength = 0.7): Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  const force = (alpha: number) => {
    const k = Math.max(strength * alpha * 4, strength * 0.25);
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i];
      if (!a) continue;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j];
        if (!b) continue;
        resolvePair(a, b, k);
      }
    }
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
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        if (!a || !b) continue;
        a.vx = a.vy = b.vx = b.vy = 0;
        resolvePair(a, b, 0.51);
        if (a.vx || a.vy || b.vx || b.vy) {
          moved = true;
          if (a.fx == null) {
            a.x = (a.x ?? 0) + (a.vx ?? 0);
            a.y = (a.y ?? 0) + (a.vy ?? 0);
          }
          if (b.fx == null) {
            b.x = (b.x ?? 0) + (b.vx ?? 0);
            b.y = (b.y ?? 0) + (b.vy ?? 0);
          }
        }
      }
    }
    if (!moved) return;
  }
}

export interface LayoutOptions {
  /** Ticks to run; the cooling rate is set so the simulation comes to rest in exactly this many. */
  ticks?: number;
  /** Preferred length of a tie, in px. */
  linkDistance?: number;
}

/** Lay the network out to rest. Same input (same order) → same positions. */
export function computeLayout(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  { ticks = 300, linkDistance = 110 }: LayoutOptions = {},
): Positions {
  const simNodes: SimNode[] = nodes.map((node) => ({
    id: node.id,
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
  const labelled = nodes.length <= 400;
  const simulation = forceSimulation<SimNode>(simNodes)
    .force(
      "link",
      forceLink<SimNode, SimulationLinkDatum<SimNode>>([...pairs.values()])
        .id((node) => node.id)
        .distance(linkDistance)
        .strength(0.6),
    )
    .force("charge", forceManyBody<SimNode>().strength(-520).distanceMax(900))
    .force("x", forceX<SimNode>(0).strength(0.06))
    .force("y", forceY<SimNode>(0).strength(0.08))
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .stop();
  if (labelled) simulation.force("boxes", forceBoxCollide());
  simulation.tick(ticks);
  if (labelled) separateBoxes(simNodes);

  const positions: Positions = new Map();
  for (const node of simNodes) positions.set(node.id, { x: node.x ?? 0, y: node.y ?? 0 });
  return positions;
}
