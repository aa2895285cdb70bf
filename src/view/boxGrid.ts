// A uniform grid of boxes: which of many boxes may overlap a query box, without testing them all.
// Pure; label placement uses it for ties and symbols near a label.
import type { Bounds } from "./sceneTypes";

export interface BoxGrid {
  /** Calls `visit` once for each item whose box shares a cell with `box` (not only overlaps). */
  near(box: Bounds, visit: (item: number) => void): void;
}

/** Items 0…n−1, each with the boxes it covers (a polyline gives one box per segment). */
export function createBoxGrid(boxes: readonly (readonly Bounds[])[], cell = 64): BoxGrid {
  const cells = new Map<number, number[]>();
  const seen = new Int32Array(boxes.length).fill(-1);
  let stamp = 0;
  boxes.forEach((parts, item) => {
    for (const part of parts)
      forCells(part, cell, (key) => {
        const list = cells.get(key);
        if (!list) cells.set(key, [item]);
        else if (list[list.length - 1] !== item) list.push(item);
      });
  });
  return {
    near(box, visit) {
      stamp += 1;
      forCells(box, cell, (key) => {
        const list = cells.get(key);
        if (!list) return;
        for (const item of list) {
          if (seen[item] === stamp) continue;
          seen[item] = stamp;
          visit(item);
        }
      });
    },
  };
}

function forCells(box: Bounds, cell: number, visit: (key: number) => void): void {
  const cx0 = Math.floor(box.x0 / cell);
  const cx1 = Math.floor(box.x1 / cell);
  const cy0 = Math.floor(box.y0 / cell);
  const cy1 = Math.floor(box.y1 / cell);
  // cells keyed as one number: columns and rows within ±2^20 cells of the origin
  for (let cx = cx0; cx <= cx1; cx++)
    for (let cy = cy0; cy <= cy1; cy++) visit((cx + 1_048_576) * 2_097_152 + (cy + 1_048_576));
}
