// Edge geometry: parallel and reciprocal ties between the same two actors fan out as separate
// curves; a tie from an actor to itself is a small loop above it (several nest); every tie starts
// and stops at the symbols' edges, and an arrowhead marks direction.
// Pure; the screen renderer, the canvas and the SVG export draw the same numbers.

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

/**
 * For every self-loop (source = target), its place among the loops on the same actor, 0 first,
 * in the order given: the nth loop is drawn around the ones before it.
 */
export function selfLoopIndices(edges: readonly EdgeEnds[]): Map<string, number> {
  const counts = new Map<string, number>();
  const indices = new Map<string, number>();
  for (const edge of edges) {
    if (edge.source !== edge.target) continue;
    const n = counts.get(edge.source) ?? 0;
    indices.set(edge.id, n);
    counts.set(edge.source, n + 1);
  }
  return indices;
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
  /** The drawn line as numbers: from its start to the arrow's tip (or its end), bent by `control`. */
  curve: Curve;
}

/** A quadratic curve; a straight line has its control point on the line. */
export interface Curve {
  start: Point;
  control: Point;
  end: Point;
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
    return {
      d: curve(start, control, tip, offset),
      arrow: "",
      middle,
      curve: { start, control, end: tip },
    };
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
    curve: { start, control, end: tip },
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

/** Radius of an actor's first self-loop; each further loop is LOOP_SPACING wider. */
export const LOOP_RADIUS = 12;
export const LOOP_SPACING = 6;
/** A loop's arrowhead is a little smaller than a tie's: the loop itself is small. */
const LOOP_ARROW_LENGTH = 7;
const LOOP_ARROW_HALF_WIDTH = 3.5;

/**
 * A self-loop as a circle arc: the circle's centre and radius, and the angles (radians, screen
 * coordinates: increasing turns clockwise) where the visible arc leaves and re-enters the ring
 * GAP outside the symbol. The circle sits above the actor, its centre half a loop radius beyond
 * that ring, so the loop leaves on the upper left and comes back on the upper right.
 */
export interface LoopArc {
  cx: number;
  cy: number;
  radius: number;
  start: number;
  end: number;
}

export function loopArc(centre: Point, symbolRadius: number, index: number): LoopArc {
  const ring = symbolRadius + GAP;
  const radius = LOOP_RADIUS + index * LOOP_SPACING;
  const distance = ring + radius / 2;
  // Where the loop circle crosses the ring: the angle at the loop's centre between the way back
  // to the actor and each crossing (law of cosines).
  const cos = (distance * distance + radius * radius - ring * ring) / (2 * distance * radius);
  const half = Math.acos(Math.max(-1, Math.min(1, cos)));
  const towardsActor = Math.PI / 2; // the actor lies straight below the loop's centre
  return {
    cx: centre.x,
    cy: centre.y - distance,
    radius,
    start: towardsActor + half,
    end: towardsActor + 2 * Math.PI - half,
  };
}

const onArc = (arc: LoopArc, angle: number): Point => ({
  x: arc.cx + arc.radius * Math.cos(angle),
  y: arc.cy + arc.radius * Math.sin(angle),
});

/** A self-loop's path, arrowhead (coming back into the actor) and middle (the loop's top). */
export function loopShape(
  centre: Point,
  symbolRadius: number,
  index: number,
  directed: boolean,
): EdgeShape {
  const arc = loopArc(centre, symbolRadius, index);
  const start = onArc(arc, arc.start);
  const tip = onArc(arc, arc.end);
  const middle = { x: arc.cx, y: arc.cy - arc.radius };
  const to = (end: number) => {
    const point = onArc(arc, end);
    const large = end - arc.start > Math.PI ? 1 : 0;
    return `M${pt(start)}A${round(arc.radius)},${round(arc.radius)} 0 ${large} 1 ${pt(point)}`;
  };
  // as a curve (for what the loop runs through): the parabola through its ends and its top
  const curve = {
    start,
    control: { x: 2 * middle.x - (start.x + tip.x) / 2, y: 2 * middle.y - (start.y + tip.y) / 2 },
    end: tip,
  };
  if (!directed) return { d: to(arc.end), arrow: "", middle, curve };
  // The arrowhead lies along the loop's tangent where it re-enters the ring (a chord of so small a
  // circle would point it sideways); the line stops an arrow's length earlier along the arc.
  const ux = -Math.sin(arc.end);
  const uy = Math.cos(arc.end);
  const back = { x: tip.x - ux * LOOP_ARROW_LENGTH, y: tip.y - uy * LOOP_ARROW_LENGTH };
  const left = { x: back.x - uy * LOOP_ARROW_HALF_WIDTH, y: back.y + ux * LOOP_ARROW_HALF_WIDTH };
  const right = { x: back.x + uy * LOOP_ARROW_HALF_WIDTH, y: back.y - ux * LOOP_ARROW_HALF_WIDTH };
  return {
    d: to(arc.end - LOOP_ARROW_LENGTH / arc.radius),
    arrow: `M${pt(tip)}L${pt(left)}L${pt(right)}Z`,
    middle,
    curve,
  };
}

/** How far a point is from a self-loop's visible arc (for hit-testing on the canvas). */
export function loopDistance(arc: LoopArc, x: number, y: number): number {
  const dx = x - arc.cx;
  const dy = y - arc.cy;
  let angle = Math.atan2(dy, dx);
  while (angle < arc.start) angle += 2 * Math.PI;
  if (angle <= arc.end) return Math.abs(Math.hypot(dx, dy) - arc.radius);
  const a = onArc(arc, arc.start);
  const b = onArc(arc, arc.end);
  return Math.min(Math.hypot(x - a.x, y - a.y), Math.hypot(x - b.x, y - b.y));
}
