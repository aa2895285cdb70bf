// Edge geometry: parallel and reciprocal ties between the same two actors fan out as separate
// curves; every tie starts and stops at the symbols' edges, and an arrowhead marks direction.
// Pure; the screen renderer and the SVG export draw the same numbers.

export interface Point {
  x: number;
  y: number;
}

export interface EdgeEnds {
  id: string;
  source: string;
  target: string;
}

const FAN_SPACING = 16;
const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 4.5;
const GAP = 2.5;

/**
 * Signed curve offsets, in px, for every edge: 0 for a lone tie; for n ties between one pair,
 * evenly spread around the straight line. Offsets are measured against the pair's canonical
 * direction, so a reciprocal tie (b → a) bends to its own side instead of onto a → b.
 */
export function parallelOffsets(edges: readonly EdgeEnds[]): Map<string, number> {
  const groups = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    const key = pairKey(edge.source, edge.target);
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  const offsets = new Map<string, number>();
  for (const group of groups.values()) {
    const n = group.length;
    group.forEach((edge, i) => {
      const canonical = edge.source < edge.target ? 1 : -1;
      offsets.set(edge.id, (i - (n - 1) / 2) * FAN_SPACING * canonical);
    });
  }
  return offsets;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export interface EdgeShape {
  /** SVG path data for the line (ends before the arrowhead). */
  d: string;
  /** SVG path data for the arrowhead triangle, or "" when undirected. */
  arrow: string;
  /** Where a label or count sits: the curve's middle. */
  middle: Point;
}

const round = (n: number): number => Math.round(n * 100) / 100;
const pt = (p: Point): string => `${round(p.x)},${round(p.y)}`;

/** The curve from one actor to another, trimmed to the symbols, with an optional arrowhead. */
export function edgeShape(
  from: Point,
  to: Point,
  fromRadius: number,
  toRadius: number,
  offset: number,
  directed: boolean,
): EdgeShape {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  // Normal to the straight line; the control point sits 2·offset off the midpoint so the curve's
  // apex is `offset` away from the line.
  const nx = -dy / length;
  const ny = dx / length;
  const control = {
    x: (from.x + to.x) / 2 + nx * offset * 2,
    y: (from.y + to.y) / 2 + ny * offset * 2,
  };
  const start = towards(from, control, fromRadius + GAP);
  const tip = towards(to, control, toRadius + GAP);
  const middle = {
    x: 0.25 * from.x + 0.5 * control.x + 0.25 * to.x,
    y: 0.25 * from.y + 0.5 * control.y + 0.25 * to.y,
  };
  if (!directed) {
    return { d: curve(start, control, tip, offset), arrow: "", middle };
  }
  const back = towards(tip, control, ARROW_LENGTH);
  const ux = (tip.x - back.x) / ARROW_LENGTH;
  const uy = (tip.y - back.y) / ARROW_LENGTH;
  const left = { x: back.x - uy * ARROW_HALF_WIDTH, y: back.y + ux * ARROW_HALF_WIDTH };
  const right = { x: back.x + uy * ARROW_HALF_WIDTH, y: back.y - ux * ARROW_HALF_WIDTH };
  return {
    d: curve(start, control, back, offset),
    arrow: `M${pt(tip)}L${pt(left)}L${pt(right)}Z`,
    middle,
  };
}

function towards(from: Point, to: Point, distance: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: from.x + (dx / length) * distance, y: from.y + (dy / length) * distance };
}

function curve(start: Point, control: Point, end: Point, offset: number): string {
  return offset === 0 ? `M${pt(start)}L${pt(end)}` : `M${pt(start)}Q${pt(control)} ${pt(end)}`;
}
