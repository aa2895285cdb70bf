// The canvas's front layer, laid over the base (view/canvasBatches.ts): when something is
// highlighted, a veil that fades the base as SVG dims what is not highlighted, then the
// highlighted ties (at their SVG width) and actors, the selected ones last; and the names (culled
// on large networks, they come back when few actors are in view, and for the highlighted ones
// when few enough). A selection or a hover repaints only this layer. Pure.
import type { Viewport } from "../state/appState";
import { ACTOR_ENCODINGS, THEME } from "./encodings";
import type { Scene, SceneEdge, SceneNode } from "./scene";
import {
  addTie,
  DASHED_TIES_LIMIT,
  dashOf,
  HAIRLINE,
  NO_LINES,
  toScreen,
  worldView,
  type ActorBatch,
  type CanvasBatches,
  type LabelMark,
  type TieBatch,
} from "./canvasBatches";

/** Labels are drawn when at most this many actors are in view (and always for the selected). */
export const LABELS_IN_VIEW_LIMIT = 150;
/**
 * Highlighted ties are drawn at their SVG width up to this many (a hub's thousands of ties as
 * hairlines: wide lines rasterize ten times slower, performance.md 2b).
 */
export const WIDE_FRONT_TIES_LIMIT = 2000;
/** Longer names are cut with an ellipsis on the canvas. */
const LABEL_MAX_CHARS = 32;

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
