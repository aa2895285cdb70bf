// The force layout: d3-force run to rest on copies of the input, deterministic (d3-force seeds its
// own random source and places nodes on a phyllotaxis), label-aware (boxes of node + label never
// overlap), respecting pinned positions. Owns the only mutable simulation objects. DOM-free, so it
// can move into a Web Worker unchanged. This file holds the size limits and the settings they
// decide; the types, forces, starting positions and the run loop have modules of their own.
import { createSimulationFromSettings, type LayoutSimulation } from "./layoutSimulation";
import type {
  LayoutLink,
  LayoutNode,
  LayoutOptions,
  LayoutSettings,
  Positions,
} from "./layoutTypes";

export type {
  LayoutLink,
  LayoutNode,
  LayoutOptions,
  LayoutProfile,
  LayoutSettings,
  Positions,
} from "./layoutTypes";
export type { LayoutSimulation } from "./layoutSimulation";
export { forceBoxCollide, nodeBox, separateBoxes } from "./boxCollide";
export { forceManyBodyExact } from "./exactCharge";
export { initialPositions } from "./initialPositions";

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
  return createSimulationFromSettings(nodes, links, settings, nodes.length <= EXACT_CHARGE_LIMIT);
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
