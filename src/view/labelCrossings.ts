// Where ties run through labels: each label's box, each tie's line as a polyline, and the count of
// (tie, label) pairs that cross. Pure geometry over the scene, used to place labels and to test
// the screen, the export and the layout against the same measure.
import { THEME } from "./encodings";
import type { Curve, Point } from "./edgeGeometry";
import type { Bounds, LabelAnchor, SceneEdge, SceneNode } from "./sceneTypes";

/** The top of a line box above its baseline (the label's first baseline sits this far down). */
export const LABEL_ASCENT = THEME.labelSize * 0.85;

/** A label's box in world space, from its anchor, first baseline, width and number of lines. */
export function labelBoxAt(
  x: number,
  y: number,
  anchor: LabelAnchor,
  width: number,
  lineCount: number,
): Bounds {
  const x0 = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  const y0 = y - LABEL_ASCENT;
  return { x0, y0, x1: x0 + width, y1: y0 + lineCount * THEME.labelLineHeight };
}

/** The box a node's label covers, or undefined when it has none. */
export function labelBox(node: SceneNode): Bounds | undefined {
  if (node.lines.length === 0) return undefined;
  return labelBoxAt(
    node.x + node.labelDx,
    node.y + node.labelDy,
    node.labelAnchor,
    node.labelWidth,
    node.lines.length,
  );
}

/** Points along a curve: its two ends when straight, else `steps` segments of the quadratic. */
export function curvePoints(curve: Curve, steps = 12): Point[] {
  const { start, control, end } = curve;
  // twice the triangle's area over the base: the control point's distance from the chord
  const chord = Math.hypot(end.x - start.x, end.y - start.y) || 1;
  const bend =
    Math.abs(
      (end.x - start.x) * (control.y - start.y) - (end.y - start.y) * (control.x - start.x),
    ) / chord;
  if (bend < 0.5) return [start, end];
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push({
      x: u * u * start.x + 2 * u * t * control.x + t * t * end.x,
      y: u * u * start.y + 2 * u * t * control.y + t * t * end.y,
    });
  }
  return points;
}

/** Whether the segment a–b passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(a: Point, b: Point, box: Bounds): boolean {
  // most segments miss by a mile: compare extents first
  if (Math.max(a.x, b.x) < box.x0 || Math.min(a.x, b.x) > box.x1) return false;
  if (Math.max(a.y, b.y) < box.y0 || Math.min(a.y, b.y) > box.y1) return false;
  const clip = { t0: 0, t1: 1 };
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return (
    clipEdge(-dx, a.x - box.x0, clip) &&
    clipEdge(dx, box.x1 - a.x, clip) &&
    clipEdge(-dy, a.y - box.y0, clip) &&
    clipEdge(dy, box.y1 - a.y, clip)
  );
}

/** One edge of the clip: narrows t0…t1 to the part inside it; false when nothing is left. */
function clipEdge(p: number, q: number, clip: { t0: number; t1: number }): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) {
    if (t > clip.t1) return false;
    if (t > clip.t0) clip.t0 = t;
  } else {
    if (t < clip.t0) return false;
    if (t < clip.t1) clip.t1 = t;
  }
  return true;
}

export function polylineCrossesBox(points: readonly Point[], box: Bounds): boolean {
  for (let i = 1; i < points.length; i++)
    if (segmentCrossesBox(points[i - 1] as Point, points[i] as Point, box)) return true;
  return false;
}

export interface LabelCrossing {
  tie: string;
  actor: string;
}

/**
 * Every (tie, label) pair where the tie's line passes through the label's box, in scene order.
 * The halo drawn under labels does not count: a tie under a label is a crossing.
 */
export function labelCrossings(
  scene: { nodes: readonly SceneNode[]; edges: readonly SceneEdge[] },
  options: { dimmedTies?: boolean } = {},
): LabelCrossing[] {
  const ties = scene.edges
    .filter((edge) => options.dimmedTies !== false || !edge.dimmed)
    .map((edge) => ({ id: edge.id, points: curvePoints(edge.curve) }));
  const crossings: LabelCrossing[] = [];
  for (const node of scene.nodes) {
    const box = labelBox(node);
    if (!box) continue;
    for (const tie of ties)
      if (polylineCrossesBox(tie.points, box)) crossings.push({ tie: tie.id, actor: node.id });
  }
  return crossings;
}
