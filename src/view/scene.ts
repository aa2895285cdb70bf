// The scene: everything the picture shows, as plain data with final geometry and colours —
// derived from the graph, the state and the positions. The screen renderer and the SVG export
// both draw a scene, so what you see is what you export.
import type { ActorGraph } from "../model/actorGraph";
import type { AppState } from "../state/appState";
import {
  ACTOR_KIND_LABELS,
  TIE_KIND_LABELS,
  tieFamily,
  type ActorKind,
  type TieFamily,
  type TieStatus,
} from "../schema/vocabulary";
import { shortTieTime } from "../schema/tieTime";
import {
  ACTOR_ENCODINGS,
  BASE_RADIUS,
  TIE_FAMILY_ENCODINGS,
  TIE_STATUS_ENCODINGS,
  THEME,
} from "./encodings";
import { edgeShape, pairKey, parallelOffsets, type Point } from "./edgeGeometry";
import { deriveHighlight, type Highlight } from "./highlight";
import { measureLabel } from "./labels";
import { symbolPath } from "./symbols";

export interface SceneNode {
  id: string;
  name: string;
  kind: ActorKind;
  x: number;
  y: number;
  r: number;
  /** Symbol path centred on 0,0. */
  d: string;
  fill: string;
  lines: string[];
  /** Baseline of the first label line, relative to the node centre. */
  labelDy: number;
  labelWidth: number;
  ariaLabel: string;
  dimmed: boolean;
  selected: boolean;
  pinned: boolean;
}

export interface SceneEdge {
  /** A tie id; for a collapsed bundle, the first tie's id. */
  id: string;
  /** Every tie this line stands for (one, or a collapsed bundle). */
  ties: string[];
  source: string;
  target: string;
  d: string;
  arrow: string;
  stroke: string;
  width: number;
  dash: string;
  count: string;
  middle: Point;
  ariaLabel: string;
  dimmed: boolean;
  selected: boolean;
}

export interface LegendEntry {
  group: "actor" | "tie" | "status";
  key: string;
  label: string;
  fill?: string;
  d?: string;
  stroke?: string;
  dash?: string;
  width?: number;
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  legend: LegendEntry[];
  bounds: Bounds;
}

export interface SceneInput {
  graph: ActorGraph;
  state: Pick<AppState, "selection" | "hover" | "collapseParallel" | "pins">;
  /** Layout positions (pins in state override them). */
  positions: ReadonlyMap<string, Point>;
  visibleNodes?: ReadonlySet<string> | undefined;
  visibleEdges?: ReadonlySet<string> | undefined;
  /** Radius multiplier per actor ("size actors by"). */
  sizes?: ReadonlyMap<string, number> | undefined;
  /** Draw labels (large networks turn them off). */
  labels?: boolean;
  /** Draw arrowheads (very large networks turn them off). */
  arrows?: boolean;
  /** The renderer merges ties into a few paths: skip per-tie names. */
  mergedTies?: boolean;
  /**
   * Compute each tie's SVG path (default). The canvas renderer draws ties from the actors'
   * positions, so for it the paths are skipped: `d` and `arrow` are empty and `middle` is the
   * midpoint of the two ends.
   */
  geometry?: boolean;
  /** Shown above everything when nothing is hovered (a path being asked about). */
  emphasis?: Highlight | undefined;
}

const LABEL_GAP = 4;

export function buildScene(input: SceneInput): Scene {
  const { graph, state, positions } = input;
  const visibleEdges = input.visibleEdges ?? new Set(graph.edges());
  const visibleNodes = input.visibleNodes ?? new Set(graph.nodes());
  const showLabels = input.labels ?? true;
  const highlight =
    state.hover === null && input.emphasis
      ? input.emphasis
      : deriveHighlight(graph, visibleEdges, state.hover, state.selection);
  const showArrows = input.arrows ?? true;
  const mergedTies = input.mergedTies ?? false;
  const geometry = input.geometry ?? true;
  const selectedActor = state.selection?.kind === "actor" ? state.selection.id : null;
  const selectedTie = state.selection?.kind === "tie" ? state.selection.id : null;

  const nodes: SceneNode[] = [];
  const nodeIndex = new Map<string, SceneNode>();
  graph.forEachNode((id, actor) => {
    if (!visibleNodes.has(id)) return;
    const position = state.pins[id] ?? positions.get(id);
    if (!position) return;
    const r = BASE_RADIUS * (input.sizes?.get(id) ?? 1);
    const label = showLabels ? measureLabel(actor.name) : { lines: [], width: 0, height: 0 };
    const encoding = ACTOR_ENCODINGS[actor.kind];
    const degree = graph.degree(id);
    const node: SceneNode = {
      id,
      name: actor.name,
      kind: actor.kind,
      x: position.x,
      y: position.y,
      r,
      d: symbolPath(encoding.symbol, r),
      fill: encoding.fill,
      lines: label.lines,
      labelDy: r + LABEL_GAP + THEME.labelSize * 0.85,
      labelWidth: label.width,
      ariaLabel: `${actor.name}, ${ACTOR_KIND_LABELS[actor.kind].toLowerCase()}${actor.role ? `, ${actor.role}` : ""}, ${degree} tie${degree === 1 ? "" : "s"}`,
      dimmed: highlight !== undefined && !highlight.nodes.has(id),
      selected: selectedActor === id,
      pinned: id in state.pins,
    };
    nodes.push(node);
    nodeIndex.set(id, node);
  });

  const drawn = graph.filterEdges(
    (edge, _a, source, target) =>
      visibleEdges.has(edge) && nodeIndex.has(source) && nodeIndex.has(target),
  );
  const groups = state.collapseParallel ? bundleByPair(graph, drawn) : drawn.map((edge) => [edge]);
  const ends = groups.map((ties) => {
    const first = ties[0] ?? "";
    return { id: first, source: graph.source(first), target: graph.target(first) };
  });
  const offsets = geometry ? parallelOffsets(ends) : new Map<string, number>();
  const edges: SceneEdge[] = groups.map((ties, i) => {
    const end = ends[i] ?? { id: "", source: "", target: "" };
    const from = nodeIndex.get(end.source);
    const to = nodeIndex.get(end.target);
    const first = graph.getEdgeAttributes(end.id);
    const directed = ties.every(
      (tie) =>
        graph.getEdgeAttribute(tie, "directed") !== false && graph.source(tie) === end.source,
    );
    const a = from ?? { x: 0, y: 0 };
    const b = to ?? { x: 0, y: 0 };
    const shape = geometry
      ? edgeShape(a, b, from?.r ?? 0, to?.r ?? 0, offsets.get(end.id) ?? 0, directed && showArrows)
      : { d: "", arrow: "", middle: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
    const family = ties.length === 1 ? tieFamily(first.kind) : commonFamily(graph, ties);
    const familyEncoding = TIE_FAMILY_ENCODINGS[family];
    const status = ties.length === 1 ? first.status : commonStatus(graph, ties);
    const arrowWord = directed ? "→" : "↔";
    // Merged ties (very large networks) have no element to name.
    const ariaLabel = mergedTies
      ? ""
      : ties.length === 1
        ? `${from?.name ?? end.source} ${arrowWord} ${to?.name ?? end.target}: ${TIE_KIND_LABELS[first.kind]}, ${shortTieTime(first.time)}`
        : `${from?.name ?? end.source} ${arrowWord} ${to?.name ?? end.target}: ${ties.length} ties`;
    return {
      id: end.id,
      ties,
      source: end.source,
      target: end.target,
      d: shape.d,
      arrow: shape.arrow,
      stroke: familyEncoding.stroke,
      width: familyEncoding.width + (ties.length > 1 ? Math.min(ties.length - 1, 4) * 0.6 : 0),
      dash: status ? TIE_STATUS_ENCODINGS[status].dash : "",
      count: ties.length > 1 ? `×${ties.length}` : "",
      middle: shape.middle,
      ariaLabel,
      dimmed: highlight !== undefined && !ties.some((tie) => highlight.edges.has(tie)),
      selected: selectedTie !== null && ties.includes(selectedTie),
    };
  });

  return {
    nodes,
    edges,
    legend: buildLegend(graph, nodes, edges),
    bounds: sceneBounds(nodes, edges),
  };
}

function bundleByPair(graph: ActorGraph, edges: readonly string[]): string[][] {
  const bundles = new Map<string, string[]>();
  for (const edge of edges) {
    const key = pairKey(graph.source(edge), graph.target(edge));
    const bundle = bundles.get(key);
    if (bundle) bundle.push(edge);
    else bundles.set(key, [edge]);
  }
  return [...bundles.values()];
}

function commonFamily(graph: ActorGraph, ties: readonly string[]): TieFamily {
  const families = new Set(ties.map((tie) => tieFamily(graph.getEdgeAttribute(tie, "kind"))));
  if (families.has("communication")) return "communication";
  if (families.has("action")) return "action";
  return "structural";
}

/** The status all ties share; mixed bundles draw with the weakest claim's dash. */
function commonStatus(graph: ActorGraph, ties: readonly string[]): TieStatus | undefined {
  const order: TieStatus[] = ["denied", "alleged", "reported", "confirmed"];
  const statuses = new Set(ties.map((tie) => graph.getEdgeAttribute(tie, "status")));
  return order.find((status) => statuses.has(status));
}

function buildLegend(
  graph: ActorGraph,
  nodes: readonly SceneNode[],
  edges: readonly SceneEdge[],
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const kinds = new Set(nodes.map((node) => node.kind));
  for (const kind of Object.keys(ACTOR_ENCODINGS) as ActorKind[]) {
    if (!kinds.has(kind)) continue;
    const encoding = ACTOR_ENCODINGS[kind];
    entries.push({
      group: "actor",
      key: kind,
      label: ACTOR_KIND_LABELS[kind],
      fill: encoding.fill,
      d: symbolPath(encoding.symbol, 6.5),
    });
  }
  const ties = edges.flatMap((edge) => edge.ties);
  const families = new Set(ties.map((tie) => tieFamily(graph.getEdgeAttribute(tie, "kind"))));
  for (const family of Object.keys(TIE_FAMILY_ENCODINGS) as TieFamily[]) {
    if (!families.has(family)) continue;
    const encoding = TIE_FAMILY_ENCODINGS[family];
    const kinds = [
      ...new Set(
        ties
          .filter((tie) => tieFamily(graph.getEdgeAttribute(tie, "kind")) === family)
          .map((tie) => TIE_KIND_LABELS[graph.getEdgeAttribute(tie, "kind")]),
      ),
    ];
    entries.push({
      group: "tie",
      key: family,
      label: `${encoding.label.replace(/ \(.*\)$/, "")}: ${kinds.join(", ")}`,
      stroke: encoding.stroke,
      width: encoding.width,
    });
  }
  const statuses = new Set(ties.map((tie) => graph.getEdgeAttribute(tie, "status")));
  for (const status of Object.keys(TIE_STATUS_ENCODINGS) as TieStatus[]) {
    if (!statuses.has(status)) continue;
    const encoding = TIE_STATUS_ENCODINGS[status];
    entries.push({
      group: "status",
      key: status,
      label: encoding.label,
      stroke: THEME.mutedInk,
      dash: encoding.dash,
      width: 1.6,
    });
  }
  return entries;
}

/** The world-space box around every symbol, label and curve. */
export function sceneBounds(nodes: readonly SceneNode[], edges: readonly SceneEdge[]): Bounds {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const node of nodes) {
    const half = Math.max(node.r, node.labelWidth / 2);
    x0 = Math.min(x0, node.x - half);
    x1 = Math.max(x1, node.x + half);
    y0 = Math.min(y0, node.y - node.r);
    y1 = Math.max(y1, node.y + node.labelDy + (node.lines.length - 1) * THEME.labelLineHeight + 4);
  }
  for (const edge of edges) {
    x0 = Math.min(x0, edge.middle.x);
    x1 = Math.max(x1, edge.middle.x);
    y0 = Math.min(y0, edge.middle.y);
    y1 = Math.max(y1, edge.middle.y);
  }
  if (!Number.isFinite(x0)) return { x0: -100, y0: -100, x1: 100, y1: 100 };
  return { x0, y0, x1, y1 };
}

/**
 * The same scene with its actors moved to new positions (pins still win), for scenes built
 * without geometry (the canvas renderer's): what a converging layout needs, for a fraction of
 * buildScene's cost. Equal to buildScene with the new positions.
 */
export function relocateScene(
  scene: Scene,
  positions: ReadonlyMap<string, Point>,
  pins: Readonly<Record<string, Point>>,
): Scene {
  const moved = new Map<string, SceneNode>();
  const nodes = scene.nodes.map((node) => {
    const position = pins[node.id] ?? positions.get(node.id);
    const next = position ? { ...node, x: position.x, y: position.y } : node;
    moved.set(node.id, next);
    return next;
  });
  const edges = scene.edges.map((edge) => {
    const a = moved.get(edge.source);
    const b = moved.get(edge.target);
    return a && b ? { ...edge, middle: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } } : edge;
  });
  return { nodes, edges, legend: scene.legend, bounds: sceneBounds(nodes, edges) };
}
