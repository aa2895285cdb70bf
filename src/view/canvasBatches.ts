// A scene as batches for the canvas renderer, in two layers:
// - the base: every tie and actor as plain marks, whatever is highlighted — ties grouped by style
//   into segment lists, actors by colour, shape and size into centre lists, each batch one fill or
//   stroke on the canvas, ties under actors;
// - the front, laid over the base: when something is highlighted, a veil that fades the base as
//   SVG dims what is not highlighted, then the highlighted ties (at their SVG width) and actors,
//   the selected ones last; and the names (culled on large networks, they come back when few
//   actors are in view, and for the highlighted ones when few enough).
// So a selection or a hover repaints only the front (a few marks), not the thousands of the base.
// The base is worked out in steps (a generator) so a large scene never holds the page for long.
// Pure: no DOM, so it is unit-tested and could run in a worker.
import type { Viewport } from "../state/appState";
import { loopArc } from "./edgeGeometry";
import { ACTOR_ENCODINGS, THEME, type SymbolName } from "./encodings";
import type { Scene, SceneEdge, SceneNode } from "./scene";
import { runSteps } from "./steps";

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

/** Labels are drawn when at most this many actors are in view (and always for the selected). */
export const LABELS_IN_VIEW_LIMIT = 150;
const NO_LINES = new Float64Array(0);

/** Status dashes are drawn when at most this many ties are in view (solid hairlines above). */
export const DASHED_TIES_LIMIT = 3000;
/**
 * Highlighted ties are drawn at their SVG width up to this many (a hub's thousands of ties as
 * hairlines: wide lines rasterize ten times slower, performance.md 2b).
 */
export const WIDE_FRONT_TIES_LIMIT = 2000;
/** Longer names are cut with an ellipsis on the canvas. */
const LABEL_MAX_CHARS = 32;
/** A line width meaning "one device pixel" (a hairline, at any zoom and pixel ratio). */
export const HAIRLINE = 0;
/** Ties on a canvas are lighter than in SVG: thousands of them overlap. */
const TIE_ALPHA = 0.55;
/** Items worked through between two yields of the base's steps. */
const ITEMS_PER_STEP = 6000;

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

/**
 * What a scene's marks share between paintings, worked out once per scene (its arrays): each
 * tie's two actors as indices, and each tie's and actor's look as a small number.
 */
interface SceneCodes {
  sources: Int32Array;
  targets: Int32Array;
  /** Per tie: index into `tieLooks`. */
  tieLook: Int32Array;
  tieLooks: { stroke: string; dash: string }[];
  /** Per actor: index into `actorLooks`. */
  actorLook: Int32Array;
  actorLooks: { fill: string; kind: SceneNode["kind"]; r: number }[];
}

const codesCache = new WeakMap<
  readonly SceneEdge[],
  { nodes: readonly SceneNode[]; codes: SceneCodes }
>();

function* sceneCodes(scene: Scene): Generator<void, SceneCodes> {
  const cached = codesCache.get(scene.edges);
  if (cached && cached.nodes === scene.nodes) return cached.codes;
  const { nodes, edges } = scene;
  const indexOf = new Map<string, number>();
  const actorLook = new Int32Array(nodes.length);
  const actorLooks: SceneCodes["actorLooks"] = [];
  const actorKeys = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as SceneNode;
    indexOf.set(node.id, i);
    const key = `${node.kind}|${node.fill}|${node.r}`;
    let look = actorKeys.get(key);
    if (look === undefined) {
      look = actorLooks.length;
      actorKeys.set(key, look);
      actorLooks.push({ fill: node.fill, kind: node.kind, r: node.r });
    }
    actorLook[i] = look;
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  const tieLook = new Int32Array(edges.length);
  const tieLooks: SceneCodes["tieLooks"] = [];
  const tieKeys = new Map<string, Map<string, number>>();
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i] as SceneEdge;
    sources[i] = indexOf.get(edge.source) ?? -1;
    targets[i] = indexOf.get(edge.target) ?? -1;
    let byDash = tieKeys.get(edge.stroke);
    if (!byDash) tieKeys.set(edge.stroke, (byDash = new Map()));
    let look = byDash.get(edge.dash);
    if (look === undefined) {
      look = tieLooks.length;
      byDash.set(edge.dash, look);
      tieLooks.push({ stroke: edge.stroke, dash: edge.dash });
    }
    tieLook[i] = look;
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  const codes = { sources, targets, tieLook, tieLooks, actorLook, actorLooks };
  codesCache.set(edges, { nodes, codes });
  return codes;
}

/** The view's rectangle in world units. */
function worldView(viewport: Viewport, size: { width: number; height: number }) {
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
function addTie(
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

/**
 * The front layer's batches: when anything is dimmed, a veil that leaves the base at SVG's dimmed
 * opacity, then what is not dimmed — ties at their SVG width (hairlines past
 * WIDE_FRONT_TIES_LIMIT) and actors — with the selected tie and actor last; and the names. Nothing
 * but names when nothing is highlighted.
 */
export function frontBatches(
  scene: Scene,
  viewport: Viewport,
  size: { width: number; height: number },
): CanvasBatches {
  const { nodes, edges } = scene;
  const dimming = nodes.some((node) => node.dimmed) || edges.some((edge) => edge.dimmed);
  const shownNodes = dimming
    ? nodes.filter((node) => !node.dimmed)
    : nodes.filter((n) => n.selected);
  const shownEdges = dimming
    ? edges.filter((edge) => !edge.dimmed)
    : edges.filter((e) => e.selected);
  const byId = new Map<string, SceneNode>();
  for (const node of nodes) byId.set(node.id, node);
  const view = worldView(viewport, size);
  const wide = shownEdges.length <= WIDE_FRONT_TIES_LIMIT;
  const dashed = shownEdges.length <= DASHED_TIES_LIMIT;

  const ties: (TieBatch & { layer: number; count: number; loopCount: number })[] = [];
  const tieKeys = new Map<string, number>();
  const chosen: { edge: SceneEdge; batch: number }[] = [];
  for (const edge of shownEdges) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) continue;
    if (
      (from.x < view.left && to.x < view.left) ||
      (from.x > view.right && to.x > view.right) ||
      (from.y < view.top && to.y < view.top) ||
      (from.y > view.bottom && to.y > view.bottom)
    )
      continue;
    const layer = edge.selected ? 1 : 0;
    const stroke = edge.selected ? THEME.highlight : edge.stroke;
    const width = edge.selected ? edge.width + 1.2 : wide ? edge.width : HAIRLINE;
    const dash = dashed || edge.selected ? edge.dash : "";
    const key = `${layer}|${stroke}|${width}|${dash}`;
    let batch = tieKeys.get(key);
    if (batch === undefined) {
      batch = ties.length;
      tieKeys.set(key, batch);
      ties.push({
        layer,
        stroke,
        width,
        dash: dashOf(dash),
        alpha: 1,
        lines: NO_LINES,
        loops: NO_LINES,
        count: 0,
        loopCount: 0,
      });
    }
    const entry = ties[batch]!;
    if (edge.loop !== undefined) entry.loopCount++;
    else entry.count++;
    chosen.push({ edge, batch });
  }
  for (const batch of ties) {
    batch.lines = new Float64Array(4 * batch.count);
    if (batch.loopCount) batch.loops = new Float64Array(5 * batch.loopCount);
  }
  const filled = new Int32Array(ties.length);
  const loopsFilled = new Int32Array(ties.length);
  for (const { edge, batch } of chosen)
    addTie(
      ties[batch]!,
      edge,
      byId.get(edge.source)!,
      byId.get(edge.target)!,
      batch,
      filled,
      loopsFilled,
    );

  const actors: (ActorBatch & { layer: number })[] = [];
  const actorKeys = new Map<string, ActorBatch & { layer: number }>();
  for (const node of shownNodes) {
    const layer = node.selected ? 1 : 0;
    const key = `${layer}|${node.kind}|${node.fill}|${node.r}|${node.pinned}`;
    let batch = actorKeys.get(key);
    if (!batch) {
      batch = {
        layer,
        fill: node.fill,
        symbol: ACTOR_ENCODINGS[node.kind].symbol,
        r: node.r,
        stroke: node.selected ? THEME.selection : THEME.nodeStroke,
        strokeWidth: node.selected ? 3 : 1.5,
        dash: node.pinned ? [2, 1.5] : [],
        alpha: 1,
        centres: [],
      };
      actorKeys.set(key, batch);
      actors.push(batch);
    }
    batch.centres.push(node.x, node.y);
  }

  const byLayer = <T extends { layer: number }>(batches: T[]): T[] =>
    [...batches].sort((a, b) => a.layer - b.layer);
  return {
    veil: dimming ? 1 - THEME.dimOpacity : 0,
    ties: byLayer(ties).map(({ layer: _l, count: _c, loopCount: _lc, ...batch }) => batch),
    actors: byLayer(actors).map(({ layer: _l, ...batch }) => batch),
    labels: labelsInView(nodes, dimming ? shownNodes : [], viewport, size),
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

/**
 * Names under the actors in view, when they are few enough to read; else those of the highlighted
 * actors in view when they are few enough; the selected always.
 */
function labelsInView(
  nodes: readonly SceneNode[],
  highlighted: readonly SceneNode[],
  viewport: Viewport,
  size: { width: number; height: number },
): LabelMark[] {
  const margin = 40;
  const within = (list: readonly SceneNode[]) =>
    list.filter((node) => {
      const x = node.x * viewport.k + viewport.x;
      const y = node.y * viewport.k + viewport.y;
      return x >= -margin && x <= size.width + margin && y >= -margin && y <= size.height;
    });
  const inView = within(nodes);
  const highlightedInView = within(highlighted);
  const shown = (
    inView.length <= LABELS_IN_VIEW_LIMIT
      ? inView
      : highlightedInView.length && highlightedInView.length <= LABELS_IN_VIEW_LIMIT
        ? highlightedInView
        : nodes.filter((node) => node.selected)
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
