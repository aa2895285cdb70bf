// The force layout: d3-force run to rest on copies of the input, deterministic (d3-force seeds its
// own random source and places nodes on a phyllotaxis), label-aware (boxes of node + label never
// overlap), respecting pinned positions. Owns the only mutable simulation objects. DOM-free, so it
// can move into a Web Worker unchanged. This file resolves the settings (by default the drawing
// plan's for the network's size, view/drawingPlan.ts); the types, forces, starting positions and
// the run loop have modules of their own. Large networks are laid out by multilevelLayout.ts
// (through layoutEngine.ts); the earlier large settings stay here behind `multilevel: false`.
import { layoutPlan } from "../view/drawingPlan";
import { createSimulationFromSettings, type LayoutSimulation } from "./layoutSimulation";
import { TIE_CLEARANCE_LIMIT } from "./tieClearance";
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

/**
 * Standard: d3's forceManyBody at θ = 0.9 and 300 ticks (the seed network's picture).
 * Large: the multilevel layout (multilevelLayout.ts, created through layoutEngine.ts; 100 ticks at
 * the actor level), with forceManyBodyReuse at θ = 1.5 and its quadtree rebuilt every 13 ticks.
 * With `multilevel: false`, the earlier large settings: the same force from d3's spiral, springs,
 * 150 ticks: about 0.15–0.2× the standard time for the same stress (see view/drawingPlan.ts and
 * tests/layout/largeLayout.test.ts), but the spiral survives as rings. Networks without labels
 * get circle collision on a grid instead of the O(n²) boxes, since symbols would otherwise pile
 * up. Which of these a network gets is the drawing plan's choice for its size, unless the options
 * say.
 */
export function layoutSettings(nodeCount: number, options: LayoutOptions = {}): LayoutSettings {
  const planned = layoutPlan(nodeCount);
  const profile =
    options.profile === undefined || options.profile === "auto" ? planned.profile : options.profile;
  const boxes = options.labelRoom ?? planned.labelRoom;
  const large = profile === "large";
  const multilevel = large && (options.multilevel ?? true);
  return {
    profile,
    ticks: options.ticks ?? (multilevel ? 100 : large ? 150 : 300),
    linkDistance: options.linkDistance ?? 110,
    theta: options.theta ?? (large ? 1.5 : 0.9),
    quadtreeReuse: options.quadtreeReuse ?? (large ? 13 : undefined),
    boxes,
    tieClearance: nodeCount <= TIE_CLEARANCE_LIMIT,
    collidePadding: boxes ? undefined : 2,
    exactCharge: options.exactCharge ?? planned.exactCharge,
    multilevel,
  };
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
  if (settings.multilevel)
    throw new Error("the multilevel layout is created by layoutEngine's createSimulation");
  return createSimulationFromSettings(nodes, links, settings);
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
