// Where the simulation starts: pins where pinned, the rest on d3-force's phyllotaxis spiral.
import type { LayoutNode, Positions } from "./layoutTypes";

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
