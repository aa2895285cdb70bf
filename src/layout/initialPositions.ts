// Where the simulation starts: pins where pinned, the rest on d3-force's phyllotaxis spiral about
// the pinned actors' centre (the origin when none is pinned, as d3 itself starts).
import type { LayoutNode, Positions } from "./layoutTypes";

// d3-force's own starting arrangement (a phyllotaxis, see forceSimulation's initializeNodes).
const INITIAL_RADIUS = 10;
const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * The centre of the fixed positions, (0, 0) when there are none: the free actors gather there, so
 * actors a file leaves unplaced are laid out among the ones it places, wherever those are.
 */
export function fixedCentre(fixed: Iterable<{ x: number; y: number } | undefined>): {
  x: number;
  y: number;
} {
  let [x, y, count] = [0, 0, 0];
  for (const position of fixed) {
    if (!position) continue;
    x += position.x;
    y += position.y;
    count++;
  }
  return count === 0 ? { x: 0, y: 0 } : { x: x / count, y: y / count };
}

/** d3-force's starting place for the i-th node, about `centre`. */
export function spiralPosition(i: number, centre: { x: number; y: number }) {
  const radius = INITIAL_RADIUS * Math.sqrt(0.5 + i);
  const angle = i * INITIAL_ANGLE;
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

/**
 * Where the simulation starts: pinned nodes where they are pinned, the others on d3-force's
 * phyllotaxis spiral in input order, about the pinned ones' centre. Costs nothing, so it can be
 * drawn at once while the layout runs; equal to `createLayoutSimulation(…).positions()` before
 * the first tick.
 */
export function initialPositions(nodes: readonly LayoutNode[]): Positions {
  const positions: Positions = new Map();
  const centre = fixedCentre(nodes.map((node) => node.fixed));
  nodes.forEach((node, i) => {
    positions.set(
      node.id,
      node.fixed ? { x: node.fixed.x, y: node.fixed.y } : spiralPosition(i, centre),
    );
  });
  return positions;
}
