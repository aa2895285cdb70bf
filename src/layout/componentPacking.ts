// Where the connected components of a large network go. Each is laid out on its own (forces
// between actors that no path joins say nothing, and would fling isolated actors far out, into a
// ring around the rest); then the largest is centred on the origin and the others follow in rows
// under it, largest first, each row centred: an arrangement that reads as "not connected" and
// invents no shape. Components holding a pinned actor stay where the pins put them.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Offsets (dx, dy interleaved) for boxes given largest first; `anchored[i]` boxes do not move.
 * `gap` is the space left between boxes.
 */
export function packComponents(boxes: readonly Box[], anchored: readonly boolean[], gap: number) {
  const offsets = new Float64Array(boxes.length * 2);
  const free = boxes.map((_, i) => i).filter((i) => !anchored[i]);
  let placed: Box | undefined;
  const include = (box: Box, dx: number, dy: number) => {
    const moved = { x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy };
    placed = placed
      ? {
          x0: Math.min(placed.x0, moved.x0),
          y0: Math.min(placed.y0, moved.y0),
          x1: Math.max(placed.x1, moved.x1),
          y1: Math.max(placed.y1, moved.y1),
        }
      : moved;
  };
  boxes.forEach((box, i) => {
    if (anchored[i]) include(box, 0, 0);
  });
  if (!placed && free.length > 0) {
    const first = free.shift()!;
    const box = boxes[first]!;
    offsets[2 * first] = -(box.x0 + box.x1) / 2;
    offsets[2 * first + 1] = -(box.y0 + box.y1) / 2;
    include(box, offsets[2 * first]!, offsets[2 * first + 1]!);
  }
  if (!placed || free.length === 0) return offsets;
  const above: Box = placed;
  const area = free.reduce((sum, i) => {
    const b = boxes[i]!;
    return sum + (b.x1 - b.x0 + gap) * (b.y1 - b.y0 + gap);
  }, 0);
  const width = Math.max(above.x1 - above.x0, Math.sqrt(area));
  const centre = (above.x0 + above.x1) / 2;
  let top = above.y1 + gap;
  for (let start = 0; start < free.length;) {
    // One row: as many boxes as fit in `width` (one at least).
    let end = start;
    let rowWidth = 0;
    let rowHeight = 0;
    while (end < free.length) {
      const b = boxes[free[end]!]!;
      const w = b.x1 - b.x0;
      if (end > start && rowWidth + gap + w > width) break;
      rowWidth += (end > start ? gap : 0) + w;
      rowHeight = Math.max(rowHeight, b.y1 - b.y0);
      end++;
    }
    let left = centre - rowWidth / 2;
    for (let k = start; k < end; k++) {
      const i = free[k]!;
      const b = boxes[i]!;
      offsets[2 * i] = left - b.x0;
      offsets[2 * i + 1] = top - b.y0;
      left += b.x1 - b.x0 + gap;
    }
    top += rowHeight + gap;
    start = end;
  }
  return offsets;
}
