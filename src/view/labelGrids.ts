// The grids label placement looks things up in: actors' symbols and ties' segments bucketed by
// area, so a candidate label box is tested only against what lies near it; and box arithmetic.
import { curvePoints, polylineCrossesBox } from "./labelCrossings";
import { createBoxGrid } from "./boxGrid";
import type { Curve, Point } from "./edgeGeometry";
import type { Bounds } from "./sceneTypes";

/** An actor's symbol as the grids see it. */
interface SymbolBox {
  x: number;
  y: number;
  r: number;
}

export const EMPTY: Bounds = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };

export function union(a: Bounds, b: Bounds): Bounds {
  return {
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  };
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The actors' symbols on a grid: how many other symbols a label box would cover. */
export function symbolGrid<T extends SymbolBox>(
  nodes: readonly T[],
  cell: number,
): {
  under(box: Bounds, own: T): number;
} {
  const boxes = nodes.map(symbolBox);
  const grid = createBoxGrid(
    boxes.map((box) => [box]),
    cell,
  );
  return {
    under(box, own) {
      let count = 0;
      grid.near(box, (index) => {
        const symbol = boxes[index];
        if (nodes[index] !== own && symbol && overlaps(box, symbol)) count += 1;
      });
      return count;
    },
  };
}

function symbolBox(node: SymbolBox): Bounds {
  return { x0: node.x - node.r, y0: node.y - node.r, x1: node.x + node.r, y1: node.y + node.r };
}

/** The ties' lines on a grid, so a label only tests the ties that pass near it. */
export function tieGrid(
  edges: readonly { curve: Curve; dimmed?: boolean }[],
  cell: number,
): {
  crossing(box: Bounds): { lit: number; dimmed: number };
} {
  const lines = edges.map((edge) => curvePoints(edge.curve));
  const grid = createBoxGrid(
    lines.map((points) =>
      points.slice(1).map((b, i) => {
        const a = points[i] as Point;
        return {
          x0: Math.min(a.x, b.x),
          y0: Math.min(a.y, b.y),
          x1: Math.max(a.x, b.x),
          y1: Math.max(a.y, b.y),
        };
      }),
    ),
    cell,
  );
  return {
    crossing(box) {
      const count = { lit: 0, dimmed: 0 };
      grid.near(box, (index) => {
        if (!polylineCrossesBox(lines[index] ?? [], box)) return;
        if (edges[index]?.dimmed) count.dimmed += 1;
        else count.lit += 1;
      });
      return count;
    },
  };
}
