// A scene as batches for the canvas renderer: ties grouped by style into segment lists, actors
// grouped by colour, shape and size into centre lists, each batch one fill or stroke on the
// canvas. Drawing order is the SVG renderer's: dimmed under plain under selected, ties under
// actors. Labels, culled on large networks, come back when few enough actors are in view.
// Pure: no DOM, so it is unit-tested and could run in a worker.
import type { Viewport } from "../state/appState";
import { loopArc } from "./edgeGeometry";
import { ACTOR_ENCODINGS, THEME, type SymbolName } from "./encodings";
import type { Scene, SceneEdge, SceneNode } from "./scene";

export interface TieBatch {
  stroke: string;
  /** Screen pixels, whatever the zoom; HAIRLINE is one device pixel. */
  width: number;
  /** Screen-pixel dash pattern; empty is solid. */
  dash: number[];
  alpha: number;
  /** x1, y1, x2, y2 for each tie, world coordinates. */
  lines: Float64Array;
  /** Ties from an actor to itself: centre x, y, radius, start and end angle of each loop's arc. */
  loops: Float64Array;
}

export interface ActorBatch {
  fill: string;
  symbol: SymbolName;
  /** Symbol radius, world units. */
  r: number;
  stroke: string;
  /** Screen pixels; HAIRLINE is one device pixel. */
  strokeWidth: number;
  dash: number[];
  alpha: number;
  /** x, y for each actor, world coordinates. */
  centres: number[];
}

export interface LabelMark {
  text: string;
  /** Screen pixels: the label's centre and the baseline of its text. */
  x: number;
  y: number;
}

export interface CanvasBatches {
  ties: TieBatch[];
  actors: ActorBatch[];
  labels: LabelMark[];
}

/** Labels are drawn when at most this many actors are in view (and always for the selected). */
export const LABELS_IN_VIEW_LIMIT = 150;
const NO_LINES = new Float64Array(0);

/** Status dashes are drawn when at most this many ties are in view (solid hairlines above). */
export const DASHED_TIES_LIMIT = 3000;
/** Longer names are cut with an ellipsis on the canvas. */
const LABEL_MAX_CHARS = 32;
/** A line width meaning "one device pixel" (a hairline, at any zoom and pixel ratio). */
export const HAIRLINE = 0;
/** Ties on a canvas are lighter than in SVG: thousands of them overlap. */
const TIE_ALPHA = 0.55;

const dashOf = (dash: string): number[] =>
  dash.trim() === ""
    ? []
    : dash
        .trim()
        .split(/[\s,]+/)
        .map(Number);

/** Where a world point lands on screen. */
const toScreen = (viewport: Viewport, x: number, y: number) => ({
  x: x * viewport.k + viewport.x,
  y: y * viewport.k + viewport.y,
});

export function canvasBatches(
  scene: Scene,
  viewport: Viewport,
  size: { width: number; height: number },
): CanvasBatches {
  const byId = new Map<string, SceneNode>();
  for (const node of scene.nodes) byId.set(node.id, node);

  // Ties: dimmed first, then plain, then selected (drawn last, on top). Batches are found by
  // layer, colour and dash without building a key string per tie (15 000 ties, every frame).
  const tieBatches: (TieBatch & { layer: number })[] = [];
  /** Style → dash → index in tieBatches. */
  const tieIndex = new Map<string, Map<string, number>>();
  // Ties wholly to one side of the view are not drawn; dashes (twice the raster cost) are kept
  // for when few enough ties are in view to tell them apart.
  const left = -viewport.x / viewport.k;
  const top = -viewport.y / viewport.k;
  const right = (size.width - viewport.x) / viewport.k;
  const bottom = (size.height - viewport.y) / viewport.k;
  // Three passes over the ties, so the segments go straight into typed arrays of the right size
  // (60 000 numbers a frame on a large network would otherwise churn the garbage collector).
  const edges = scene.edges;
  const batchOf = new Int32Array(edges.length).fill(-1);
  let inView = 0;
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i] as SceneEdge;
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) continue;
    if (
      (from.x < left && to.x < left) ||
      (from.x > right && to.x > right) ||
      (from.y < top && to.y < top) ||
      (from.y > bottom && to.y > bottom)
    )
      continue;
    batchOf[i] = 0;
    inView++;
  }
  const dashed = inView <= DASHED_TIES_LIMIT;
  const counts: number[] = [];
  const loopCounts: number[] = [];
  for (let i = 0; i < edges.length; i++) {
    if (batchOf[i] === -1) continue;
    const edge = edges[i] as SceneEdge;
    const dash = dashed || edge.selected ? edge.dash : "";
    const layer = edge.selected ? 2 : edge.dimmed ? 0 : 1;
    const stroke = edge.selected ? THEME.highlight : edge.stroke;
    const styleKey = layer === 2 ? `${stroke}|${edge.width}` : stroke;
    let byDash = tieIndex.get(styleKey);
    if (!byDash) tieIndex.set(styleKey, (byDash = new Map()));
    const dashKey = layer === 1 ? dash : `${layer}|${dash}`;
    let index = byDash.get(dashKey);
    if (index === undefined) {
      // Thousands of ties: one-device-pixel hairlines, which the rasterizer draws ten times
      // faster than any wider line (performance.md, 2b); the selected tie keeps its width.
      index = tieBatches.length;
      tieBatches.push({
        layer,
        stroke,
        width: edge.selected ? edge.width + 1.2 : HAIRLINE,
        dash: dashOf(dash),
        alpha: (edge.selected ? 1 : TIE_ALPHA) * (edge.dimmed ? THEME.dimOpacity : 1),
        lines: NO_LINES,
        loops: NO_LINES,
      });
      byDash.set(dashKey, index);
      counts.push(0);
      loopCounts.push(0);
    }
    batchOf[i] = index;
    if (edge.loop !== undefined) loopCounts[index] = (loopCounts[index] ?? 0) + 1;
    else counts[index] = (counts[index] ?? 0) + 1;
  }
  tieBatches.forEach((batch, index) => {
    batch.lines = new Float64Array(4 * (counts[index] ?? 0));
    if (loopCounts[index]) batch.loops = new Float64Array(5 * (loopCounts[index] ?? 0));
  });
  const filled = new Array<number>(tieBatches.length).fill(0);
  const loopsFilled = new Array<number>(tieBatches.length).fill(0);
  for (let i = 0; i < edges.length; i++) {
    const index = batchOf[i] ?? -1;
    if (index < 0) continue;
    const edge = edges[i] as SceneEdge;
    const from = byId.get(edge.source) as SceneNode;
    const to = byId.get(edge.target) as SceneNode;
    if (edge.loop !== undefined) {
      const arc = loopArc(from, from.r, edge.loop);
      const loops = (tieBatches[index] as TieBatch).loops;
      const at = 5 * (loopsFilled[index] ?? 0);
      loops.set([arc.cx, arc.cy, arc.radius, arc.start, arc.end], at);
      loopsFilled[index] = (loopsFilled[index] ?? 0) + 1;
      continue;
    }
    const lines = (tieBatches[index] as TieBatch).lines;
    const at = 4 * (filled[index] ?? 0);
    lines[at] = from.x;
    lines[at + 1] = from.y;
    lines[at + 2] = to.x;
    lines[at + 3] = to.y;
    filled[index] = (filled[index] ?? 0) + 1;
  }

  // Actors: dimmed first, then plain, then selected.
  const actorBatches: (ActorBatch & { layer: number })[] = [];
  const actorIndex = new Map<string, ActorBatch & { layer: number }>();
  for (const node of scene.nodes) {
    const layer = node.selected ? 2 : node.dimmed ? 0 : 1;
    const key = `${layer}|${node.kind}|${node.r}|${node.pinned}`;
    let batch = actorIndex.get(key);
    if (!batch) {
      batch = {
        layer,
        fill: node.fill,
        symbol: ACTOR_ENCODINGS[node.kind].symbol,
        r: node.r,
        stroke: node.selected ? THEME.selection : THEME.nodeStroke,
        strokeWidth: node.selected ? 3 : HAIRLINE,
        dash: node.pinned ? [2, 1.5] : [],
        alpha: node.dimmed ? THEME.dimOpacity : 1,
        centres: [],
      };
      actorIndex.set(key, batch);
      actorBatches.push(batch);
    }
    batch.centres.push(node.x, node.y);
  }

  const byLayer = <T extends { layer: number }>(batches: Iterable<T>): Omit<T, "layer">[] =>
    [...batches].sort((a, b) => a.layer - b.layer).map(({ layer: _layer, ...batch }) => batch);

  return {
    ties: byLayer(tieBatches),
    actors: byLayer(actorBatches),
    labels: labelsInView(scene.nodes, viewport, size),
  };
}

/** Adds each loop's arc (a TieBatch's `loops`) to a canvas path. */
export function traceLoops(path: Pick<CanvasPath, "moveTo" | "arc">, loops: Float64Array): void {
  for (let i = 0; i + 4 < loops.length; i += 5) {
    const x = loops[i] ?? 0;
    const y = loops[i + 1] ?? 0;
    const r = loops[i + 2] ?? 0;
    const start = loops[i + 3] ?? 0;
    path.moveTo(x + r * Math.cos(start), y + r * Math.sin(start));
    path.arc(x, y, r, start, loops[i + 4] ?? 0);
  }
}

/** Names under the actors in view, when they are few enough to read; the selected always. */
function labelsInView(
  nodes: readonly SceneNode[],
  viewport: Viewport,
  size: { width: number; height: number },
): LabelMark[] {
  const inView: SceneNode[] = [];
  const margin = 40;
  for (const node of nodes) {
    const x = node.x * viewport.k + viewport.x;
    const y = node.y * viewport.k + viewport.y;
    if (x >= -margin && x <= size.width + margin && y >= -margin && y <= size.height)
      inView.push(node);
  }
  const shown = (
    inView.length <= LABELS_IN_VIEW_LIMIT ? inView : nodes.filter((node) => node.selected)
  ).filter((node) => node.name !== "");
  return shown.map((node) => {
    const at = toScreen(viewport, node.x, node.y);
    const text =
      node.name.length > LABEL_MAX_CHARS
        ? `${node.name.slice(0, LABEL_MAX_CHARS - 1)}…`
        : node.name;
    return { text, x: at.x, y: at.y + node.r * viewport.k + 4 + THEME.labelSize * 0.85 };
  });
}
