// A scene as batches for the canvas renderer, in two layers:
// - the base: every tie and actor as plain marks, whatever is highlighted — ties grouped by style
//   into segment lists, actors by colour, shape and size into centre lists, each batch one fill or
//   stroke on the canvas, ties under actors;
// - the front, laid over the base (view/canvasFront.ts): the highlight and the names.
// So a selection or a hover repaints only the front (a few marks), not the thousands of the base.
// The base is worked out in steps (a generator) so a large scene never holds the page for long.
// Pure: no DOM, so it is unit-tested and could run in a worker.
import type { Viewport } from "../state/appState";
import { loopArc } from "./edgeGeometry";
import { ACTOR_ENCODINGS, THEME, type SymbolName } from "./encodings";
import type { Scene, SceneEdge, SceneNode } from "./scene";
import { runSteps } from "./steps";
import { ITEMS_PER_STEP, sceneCodes, type SceneCodes } from "./canvasCodes";

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
  /** Opacity of a background-coloured veil drawn first, over what lies below (0: none). */
  veil: number;
  ties: TieBatch[];
  actors: ActorBatch[];
  labels: LabelMark[];
}

export const NO_LINES = new Float64Array(0);

/** Status dashes are drawn when at most this many ties are in view (solid hairlines above). */
export const DASHED_TIES_LIMIT = 3000;
/** A line width meaning "one device pixel" (a hairline, at any zoom and pixel ratio). */
export const HAIRLINE = 0;
/** Ties on a canvas are lighter than in SVG: thousands of them overlap. */
const TIE_ALPHA = 0.55;

export const dashOf = (dash: string): number[] =>
  dash.trim() === ""
    ? []
    : dash
        .trim()
        .split(/[\s,]+/)
        .map(Number);

/** Where a world point lands on screen. */
export const toScreen = (viewport: Viewport, x: number, y: number) => ({
  x: x * viewport.k + viewport.x,
  y: y * viewport.k + viewport.y,
});

/** The view's rectangle in world units. */
export function worldView(viewport: Viewport, size: { width: number; height: number }) {
  return {
    left: -viewport.x / viewport.k,
    top: -viewport.y / viewport.k,
    right: (size.width - viewport.x) / viewport.k,
    bottom: (size.height - viewport.y) / viewport.k,
  };
}

/**
 * The base layer's batches, a step at a time (each `yield` is a good place to let the page
 * answer): every mark plain, as if nothing were highlighted. Ties wholly to one side of the view
 * are left out; status dashes (twice the raster cost) only when few enough ties are in view.
 */
export function* baseBatchSteps(
  scene: Scene,
  viewport: Viewport,
  size: { width: number; height: number },
): Generator<void, CanvasBatches> {
  const codes = yield* sceneCodes(scene);
  const { nodes, edges } = scene;
  const { sources, targets, tieLook, tieLooks } = codes;
  const view = worldView(viewport, size);
  // Three passes over the ties, so the segments go straight into typed arrays of the right size
  // (60 000 numbers a frame on a large network would otherwise churn the garbage collector).
  const inView = new Uint8Array(edges.length);
  let count = 0;
  for (let i = 0; i < edges.length; i++) {
    const a = nodes[sources[i] as number];
    const b = nodes[targets[i] as number];
    if (!a || !b) continue;
    if (
      (a.x < view.left && b.x < view.left) ||
      (a.x > view.right && b.x > view.right) ||
      (a.y < view.top && b.y < view.top) ||
      (a.y > view.bottom && b.y > view.bottom)
    )
      continue;
    inView[i] = 1;
    count++;
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  const dashed = count <= DASHED_TIES_LIMIT;
  // A batch per look (dashes merged into the solid batch of their colour when not drawn).
  const batchOfLook = new Int32Array(tieLooks.length);
  const batches: TieBatch[] = [];
  const batchKeys = new Map<string, number>();
  tieLooks.forEach((look, index) => {
    const dash = dashed ? look.dash : "";
    const key = `${look.stroke}|${dash}`;
    let batch = batchKeys.get(key);
    if (batch === undefined) {
      batch = batches.length;
      batchKeys.set(key, batch);
      // Thousands of ties: one-device-pixel hairlines, which the rasterizer draws ten times
      // faster than any wider line (performance.md, 2b).
      batches.push({
        stroke: look.stroke,
        width: HAIRLINE,
        dash: dashOf(dash),
        alpha: TIE_ALPHA,
        lines: NO_LINES,
        loops: NO_LINES,
      });
    }
    batchOfLook[index] = batch;
  });
  const counts = new Int32Array(batches.length);
  const loopCounts = new Int32Array(batches.length);
  for (let i = 0; i < edges.length; i++) {
    if (!inView[i]) continue;
    const batch = batchOfLook[tieLook[i] as number] as number;
    if ((edges[i] as SceneEdge).loop !== undefined)
      loopCounts[batch] = (loopCounts[batch] ?? 0) + 1;
    else counts[batch] = (counts[batch] ?? 0) + 1;
  }
  batches.forEach((batch, index) => {
    batch.lines = new Float64Array(4 * (counts[index] as number));
    if (loopCounts[index]) batch.loops = new Float64Array(5 * (loopCounts[index] as number));
  });
  const filled = new Int32Array(batches.length);
  const loopsFilled = new Int32Array(batches.length);
  for (let i = 0; i < edges.length; i++) {
    if (!inView[i]) continue;
    const index = batchOfLook[tieLook[i] as number] as number;
    addTie(
      batches[index] as TieBatch,
      edges[i] as SceneEdge,
      nodes[sources[i] as number] as SceneNode,
      nodes[targets[i] as number] as SceneNode,
      index,
      filled,
      loopsFilled,
    );
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }

  // Two batches per look: plain, and pinned (a dashed outline); pins change while dragging, so
  // they are read from the marks at every painting.
  const actorBatches: (ActorBatch | undefined)[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as SceneNode;
    const look = codes.actorLook[i] as number;
    const slot = 2 * look + (node.pinned ? 1 : 0);
    const batch = (actorBatches[slot] ??= plainActorBatch(
      codes.actorLooks[look] as SceneCodes["actorLooks"][number],
      node.pinned,
    ));
    batch.centres.push(node.x, node.y);
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  const actors = actorBatches.filter((batch): batch is ActorBatch => batch !== undefined);
  return {
    veil: 0,
    ties: batches.filter((b) => b.lines.length || b.loops.length),
    actors,
    labels: [],
  };
}

function plainActorBatch(look: SceneCodes["actorLooks"][number], pinned: boolean): ActorBatch {
  return {
    fill: look.fill,
    symbol: ACTOR_ENCODINGS[look.kind].symbol,
    r: look.r,
    stroke: THEME.nodeStroke,
    strokeWidth: HAIRLINE,
    dash: pinned ? [2, 1.5] : [],
    alpha: 1,
    centres: [],
  };
}

/** Writes one tie into its batch (a segment, or a loop's arc), at the batch's next free place. */
export function addTie(
  batch: TieBatch,
  edge: SceneEdge,
  from: SceneNode,
  to: SceneNode,
  index: number,
  filled: Int32Array,
  loopsFilled: Int32Array,
): void {
  if (edge.loop !== undefined) {
    const arc = loopArc(from, from.r, edge.loop);
    batch.loops.set(
      [arc.cx, arc.cy, arc.radius, arc.start, arc.end],
      5 * (loopsFilled[index] as number),
    );
    loopsFilled[index] = (loopsFilled[index] ?? 0) + 1;
    return;
  }
  const at = 4 * (filled[index] as number);
  batch.lines[at] = from.x;
  batch.lines[at + 1] = from.y;
  batch.lines[at + 2] = to.x;
  batch.lines[at + 3] = to.y;
  filled[index] = (filled[index] ?? 0) + 1;
}

/** The base layer's batches at once (baseBatchSteps run to the end). */
export function baseBatches(
  scene: Scene,
  viewport: Viewport,
  size: { width: number; height: number },
): CanvasBatches {
  return runSteps(baseBatchSteps(scene, viewport, size));
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
