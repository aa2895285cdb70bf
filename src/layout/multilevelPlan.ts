// The plan of the large-network layout (multilevelLayout.ts runs it): which simulations run in
// which order (a stage per component and level, coarsest first), where each level's units start,
// and where the finished components go. Pure; the only randomness is the seeded source passed in.
import type { LayoutLink, LayoutNode } from "./forceLayout";
import { adjacency, componentLevels, components, louvainLevels } from "./communityLevels";
import { nearestNeighbours } from "./communityShare";
import { packComponents, type Box } from "./componentPacking";

/** The knobs, tuned with `npm run bench -- --only quality` (see README, Performance). */
export interface MultilevelTuning {
  /** Repulsion per unit of charge (d3's strength is −repulsion · charge). */
  repulsion: number;
  /** Exponent of the tie pull (1: LinLog, 2: spring). */
  exponent: number;
  /** The pull's reference length is this × √(actors in the component). */
  lengthPerRoot: number;
  /** Ticks of the coarsest level (and of a component with no levels). */
  coarsestTicks: number;
  /** Ticks of each level between the coarsest and the actors. */
  levelTicks: number;
  /** Starting alpha of a refinement (the level above has done the large moves). */
  refineAlpha: number;
  /** Children start within this share of the distance from their group to the nearest one. */
  jitter: number;
  /** Components up to this size skip the community levels. */
  smallComponent: number;
  seed: number;
}

export const MULTILEVEL_TUNING: MultilevelTuning = {
  repulsion: 30,
  exponent: 1.4,
  lengthPerRoot: 10,
  coarsestTicks: 300,
  levelTicks: 60,
  refineAlpha: 0.3,
  jitter: 0.4,
  smallComponent: 50,
  seed: 1,
};

export interface Stage {
  component: number;
  /** Index into the component's levels; 0 is the actors. */
  level: number;
  ticks: number;
  alpha: number;
}

export interface ComponentPlan {
  members: Int32Array;
  /** Ties as pairs of member positions. */
  pairs: Int32Array;
  /** Finest (the actors) first. */
  levels: { unitOf: Int32Array; units: number }[];
  /** The pull's reference length and strength (clusterForces.ts). */
  length: number;
  pull: number;
  /** Positions of the units of level `atLevel` (local frame until packing; -1: none yet). */
  at: Float64Array;
  atLevel: number;
  /** Holds a pinned actor: laid out in the page's frame and not moved by the packing. */
  anchored: boolean;
}

export interface LayoutPlan {
  plans: ComponentPlan[];
  stages: Stage[];
  /** Per actor: 1 + its number of neighbours. */
  charges: Float64Array;
  /** Σ units × ticks over the stages, for progress. */
  work: number;
}

/** Components, their Louvain levels and the stages, for `ticks` ticks at the actor level. */
export function planLayout(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  ticks: number,
  tuning: MultilevelTuning,
): LayoutPlan {
  const n = nodes.length;
  const indexOf = new Map(nodes.map((node, i) => [node.id, i]));
  const seen = new Set<number>();
  const pairList: number[] = [];
  for (const link of links) {
    const a = indexOf.get(link.source);
    const b = indexOf.get(link.target);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue; // one pull per connected pair, as forceLayout does
    seen.add(key);
    pairList.push(a, b);
  }
  const pairs = Int32Array.from(pairList);
  const graph = adjacency(n, pairs);
  const charges = Float64Array.from(
    { length: n },
    (_, i) => 1 + graph.start[i + 1]! - graph.start[i]!,
  );
  const parts = components(n, graph);
  const needsLevels = parts.some((members) => members.length > tuning.smallComponent);
  const levels = needsLevels ? louvainLevels(n, pairs, tuning.seed) : [];
  const local = new Int32Array(n);
  const plans = parts.map((members): ComponentPlan => {
    members.forEach((node, k) => (local[node] = k));
    const own: number[] = [];
    members.forEach((node, k) => {
      for (let e = graph.start[node]!; e < graph.start[node + 1]!; e++) {
        const other = graph.neighbours[e]!;
        if (other > node) own.push(k, local[other]!);
      }
    });
    const size = members.length;
    const charge = members.reduce((sum, node) => sum + charges[node]!, 0);
    const length = tuning.lengthPerRoot * Math.sqrt(size);
    const ties = own.length / 2;
    return {
      members,
      pairs: Int32Array.from(own),
      levels:
        size > tuning.smallComponent
          ? componentLevels(members, levels)
          : [{ unitOf: Int32Array.from(members, (_, k) => k), units: size }],
      length,
      // Virial balance: Σ pulls · length = Σ charge products / 2 · repulsion, so ties come out
      // about `length` long on average.
      pull: ties > 0 ? (tuning.repulsion * charge * charge) / (2 * ties * length) : 0,
      at: new Float64Array(0),
      atLevel: -1,
      anchored: members.some((node) => nodes[node]!.fixed !== undefined),
    };
  });
  const stages: Stage[] = [];
  let work = 0;
  plans.forEach((plan, component) => {
    if (plan.members.length < 3) return; // placed by hand in packPlans
    const top = plan.levels.length - 1;
    for (let level = top; level >= 0; level--) {
      // A component with no levels starts its actors at random: the coarsest level's ticks.
      const count =
        level === 0
          ? top === 0
            ? Math.max(ticks, tuning.coarsestTicks)
            : ticks
          : level === top
            ? tuning.coarsestTicks
            : tuning.levelTicks;
      stages.push({
        component,
        level,
        ticks: count,
        alpha: level === top ? 1 : tuning.refineAlpha,
      });
      work += count * plan.levels[level]!.units;
    }
  });
  return { plans, stages, charges, work };
}

/**
 * Start positions of a level's units: each around its group's place on the level above (within
 * `jitter` × the distance from that group to the nearest other), or in a disc for the coarsest.
 */
export function startPositions(
  plan: ComponentPlan,
  level: number,
  random: () => number,
  jitter: number,
): Float64Array {
  const { unitOf, units } = plan.levels[level]!;
  const at = new Float64Array(units * 2);
  const parent = level === plan.levels.length - 1 ? undefined : plan.levels[level + 1]!;
  const parentOf = new Int32Array(units);
  if (parent) plan.members.forEach((_, k) => (parentOf[unitOf[k]!] = parent.unitOf[k]!));
  let reach = Float64Array.of(plan.length);
  if (parent) {
    const px = Float64Array.from({ length: parent.units }, (_, p) => plan.at[2 * p]!);
    const py = Float64Array.from({ length: parent.units }, (_, p) => plan.at[2 * p + 1]!);
    const nearest = nearestNeighbours(px, py, 1);
    reach = Float64Array.from({ length: parent.units }, (_, p) =>
      parent.units > 1
        ? jitter * Math.hypot(px[p]! - px[nearest[p]!]!, py[p]! - py[nearest[p]!]!)
        : plan.length,
    );
  }
  for (let u = 0; u < units; u++) {
    const p = parent ? parentOf[u]! : 0;
    const radius = reach[p]! * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    at[2 * u] = (parent ? plan.at[2 * p]! : 0) + radius * Math.cos(angle);
    at[2 * u + 1] = (parent ? plan.at[2 * p + 1]! : 0) + radius * Math.sin(angle);
  }
  return at;
}

/**
 * The final positions (x, y interleaved, in node order) once every stage has run: components of
 * one or two actors placed by hand (a tied pair side by side), then all of them packed.
 */
export function packPlans(plans: ComponentPlan[], nodes: readonly LayoutNode[]): Float64Array {
  for (const plan of plans) {
    if (plan.members.length >= 3) continue;
    const [a, b] = plan.members;
    const first = nodes[a!]!;
    plan.at = Float64Array.of(first.fixed?.x ?? 0, first.fixed?.y ?? 0);
    if (b === undefined) continue;
    const second = nodes[b]!;
    const apart = 3 * (first.r + second.r);
    plan.at = Float64Array.of(
      ...plan.at,
      second.fixed?.x ?? plan.at[0]! + apart,
      second.fixed?.y ?? plan.at[1]!,
    );
  }
  const boxes: Box[] = plans.map((plan) => {
    const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    plan.members.forEach((node, k) => {
      const r = nodes[node]!.r;
      box.x0 = Math.min(box.x0, plan.at[2 * k]! - r);
      box.y0 = Math.min(box.y0, plan.at[2 * k + 1]! - r);
      box.x1 = Math.max(box.x1, plan.at[2 * k]! + r);
      box.y1 = Math.max(box.y1, plan.at[2 * k + 1]! + r);
    });
    return box;
  });
  const gap = 4 * nodes.reduce((max, node) => Math.max(max, node.r), 1);
  const anchored = plans.map((plan) => plan.anchored);
  const offsets = packComponents(boxes, anchored, gap);
  const xy = new Float64Array(nodes.length * 2);
  plans.forEach((plan, c) => {
    plan.members.forEach((node, k) => {
      xy[2 * node] = plan.at[2 * k]! + offsets[2 * c]!;
      xy[2 * node + 1] = plan.at[2 * k + 1]! + offsets[2 * c + 1]!;
    });
  });
  return xy;
}
