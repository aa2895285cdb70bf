// Which simulation lays a network out: the multilevel layout (multilevelLayout.ts) for the large
// profile, d3's own (forceLayout.ts) otherwise. A module of its own so that the page's first
// bundle, which lays out only small networks itself, does not carry the multilevel layout and
// Louvain: the layout worker imports this, and the page's no-worker fallback loads it on demand.
import {
  createLayoutSimulation,
  layoutSettings,
  type LayoutLink,
  type LayoutNode,
  type LayoutOptions,
  type LayoutSimulation,
  type Positions,
} from "./forceLayout";
import { createMultilevelSimulation } from "./multilevelLayout";

/** The steppable layout for these options, whatever the profile. */
export function createSimulation(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  options: LayoutOptions = {},
): LayoutSimulation {
  const settings = layoutSettings(nodes.length, options);
  return settings.multilevel
    ? createMultilevelSimulation(nodes, links, settings)
    : createLayoutSimulation(nodes, links, options);
}

/** Lay the network out to rest, whatever the profile. Same input → same positions. */
export function computePositions(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  options: LayoutOptions = {},
): Positions {
  const simulation = createSimulation(nodes, links, options);
  simulation.tick(Infinity);
  return simulation.positions();
}
