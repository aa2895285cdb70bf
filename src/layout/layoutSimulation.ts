// The steppable layout: ticks the simulation in chunks, then separates the boxes at rest.
import { separateBoxes, simNodeSize } from "./boxCollide";
import { DECLUTTER_LIMIT, declutterLabels } from "./labelDeclutter";
import { layoutForces } from "./layoutForces";
import { fixedCentre, spiralPosition } from "./initialPositions";
import type { LayoutLink, LayoutNode, LayoutSettings, Positions, SimNode } from "./layoutTypes";

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
 * The d3 simulation behind computeLayout for resolved settings (createLayoutSimulation in
 * forceLayout.ts resolves them), steppable. Running it to the end gives the same positions
 * however the ticks are split.
 */
export function createSimulationFromSettings(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  settings: LayoutSettings,
): LayoutSimulation {
  // Free nodes start and gather about the fixed ones (d3 itself would put them about the origin,
  // far from a file's arrangement): the same start as initialPositions.
  const centre = fixedCentre(nodes.map((node) => node.fixed));
  const offCentre = centre.x !== 0 || centre.y !== 0;
  const simNodes: SimNode[] = nodes.map((node, i) => ({
    id: node.id,
    ...simNodeSize(node),
    ...(node.fixed
      ? { x: node.fixed.x, y: node.fixed.y, fx: node.fixed.x, fy: node.fixed.y }
      : offCentre
        ? spiralPosition(i, centre)
        : {}),
  }));
  const simulation = layoutForces(simNodes, links, settings, centre);

  let ticked = 0;
  let finished = false;
  const finish = () => {
    if (settings.boxes) separateBoxes(simNodes);
    if (settings.tieClearance && simNodes.length <= DECLUTTER_LIMIT)
      declutterLabels(simNodes, links);
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
