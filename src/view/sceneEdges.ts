// The scene's ties: one line per tie or per bundle of parallel ties (view/drawnLines; a small loop
// for a tie from an actor to itself), styled and named.
import type { ActorGraph, TieAttributes } from "../model/actorGraph";
import {
  TIE_STATUS_LABELS,
  tieFamily,
  tieKindWord,
  tieStatusKey,
  type TieFamily,
  type TieStatusKey,
} from "../schema/vocabulary";
import { shortTieTime } from "../schema/tieTime";
import { TIE_FAMILY_ENCODINGS, TIE_STATUS_ENCODINGS } from "./encodings";
import {
  edgeShape,
  loopArc,
  loopShape,
  parallelOffsets,
  selfLoopIndices,
  type Curve,
  type Point,
} from "./edgeGeometry";
import { drawnLines } from "./drawnLines";
import { distinctWords, rememberLineWords, type TieWord } from "./lineWords";
import type { Highlight } from "./highlight";
import type { SceneEdge, SceneNode } from "./sceneTypes";
import { runSteps, STEP_ITEMS, type Steps } from "./steps";

export interface SceneEdgeOptions {
  /** Group parallel ties between the same two actors into one line. */
  collapseParallel: boolean;
  /** Arrowheads on directed ties (SceneInput.arrows). */
  showArrows: boolean;
  /** No per-tie names: the renderer merges ties into a few paths (SceneInput.mergedTies). */
  mergedTies: boolean;
  /** Compute SVG paths; without, only the midpoints (SceneInput.geometry). */
  geometry: boolean;
  /** Ties outside it are dimmed. */
  highlight: Highlight | undefined;
  selectedTie: string | null;
}

/** A drawn tie with its ends and attributes, read from the graph once. */
interface DrawnTie {
  id: string;
  source: string;
  target: string;
  tie: TieAttributes;
}

/** The lines for the visible ties whose two actors are both in `nodeIndex`, in graph order. */
export function sceneEdges(
  graph: ActorGraph,
  visibleEdges: ReadonlySet<string>,
  nodeIndex: ReadonlyMap<string, SceneNode>,
  options: SceneEdgeOptions,
): SceneEdge[] {
  return runSteps(sceneEdgeSteps(graph, visibleEdges, nodeIndex, options));
}

/** sceneEdges in steps (view/steps.ts). */
export function* sceneEdgeSteps(
  graph: ActorGraph,
  visibleEdges: ReadonlySet<string>,
  nodeIndex: ReadonlyMap<string, SceneNode>,
  options: SceneEdgeOptions,
): Steps<SceneEdge[]> {
  const { showArrows, mergedTies, geometry, highlight, selectedTie } = options;
  const lines = yield* drawnLineSteps(graph, visibleEdges, nodeIndex, options.collapseParallel);
  const ends = lines.map((line) => line.ends);
  const offsets = geometry ? parallelOffsets(ends) : new Map<string, number>();
  const loops = selfLoopIndices(ends);
  yield;
  const toEdge = ({ ends: end, ids, directed, family, status }: LineFacts): SceneEdge => {
    const from = nodeIndex.get(end.source);
    const to = nodeIndex.get(end.target);
    const first = end.tie;
    const a = from ?? { x: 0, y: 0 };
    const b = to ?? { x: 0, y: 0 };
    const loop = loops.get(end.id);
    const shape =
      loop !== undefined
        ? geometry
          ? loopShape(a, from?.r ?? 0, loop, directed && showArrows)
          : { d: "", arrow: "", middle: loopMiddle(a, from?.r ?? 0, loop), curve: straight(a, a) }
        : geometry
          ? edgeShape(
              a,
              b,
              from?.r ?? 0,
              to?.r ?? 0,
              offsets.get(end.id) ?? 0,
              directed && showArrows,
            )
          : { d: "", arrow: "", middle: midpoint(a, b), curve: straight(a, b) };
    const familyEncoding = TIE_FAMILY_ENCODINGS[family];
    const arrowWord = directed ? "→" : "↔";
    // Merged ties (very large networks) have no element to name. A name ends with the status,
    // which the picture says only with a dash.
    const ariaLabel = mergedTies
      ? ""
      : ids.length === 1
        ? `${from?.name ?? end.source} ${arrowWord} ${to?.name ?? end.target}: ${tieKindWord(first.kind, first.label)}, ${shortTieTime(first.time)}, ${statusWords(status)}`
        : `${from?.name ?? end.source} ${arrowWord} ${to?.name ?? end.target}: ${ids.length.toLocaleString("en")} ties`;
    return {
      id: end.id,
      ties: ids,
      source: end.source,
      target: end.target,
      d: shape.d,
      arrow: shape.arrow,
      stroke: familyEncoding.stroke,
      width: familyEncoding.width + (ids.length > 1 ? Math.min(ids.length - 1, 4) * 0.6 : 0),
      dash: TIE_STATUS_ENCODINGS[status].dash,
      count: ids.length > 1 ? `×${ids.length.toLocaleString("en")}` : "",
      middle: shape.middle,
      ...(loop !== undefined ? { loop } : {}),
      curve: shape.curve,
      ariaLabel,
      dimmed: highlight !== undefined && !ids.some((id) => highlight.edges.has(id)),
      selected: selectedTie !== null && ids.includes(selectedTie),
    };
  };
  const edges: SceneEdge[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    edges.push(toEdge(lines[i] as LineFacts));
  }
  return edges;
}

/** What a drawn line is, from its ties alone: kept from one scene to the next. */
interface LineFacts {
  /** The first tie: the line's ends, its name when it is alone. */
  ends: DrawnTie;
  ids: string[];
  directed: boolean;
  family: TieFamily;
  status: TieStatusKey;
}

/**
 * The last scene's lines, kept while the graph (never changed once built), the visible ties, the
 * actors drawn and the collapsing are the same: hovering, selecting or searching then costs a
 * pass over the lines, not the ties (100,000 parallel ties are one line).
 */
let last:
  | {
      graph: ActorGraph;
      visibleEdges: ReadonlySet<string>;
      actors: readonly string[];
      collapse: boolean;
      lines: LineFacts[];
    }
  | undefined;

function* drawnLineSteps(
  graph: ActorGraph,
  visibleEdges: ReadonlySet<string>,
  nodeIndex: ReadonlyMap<string, SceneNode>,
  collapse: boolean,
): Steps<LineFacts[]> {
  const actors = [...nodeIndex.keys()];
  if (
    last?.graph === graph &&
    last.visibleEdges === visibleEdges &&
    last.collapse === collapse &&
    last.actors.length === actors.length &&
    last.actors.every((id, i) => actors[i] === id)
  )
    return last.lines;
  // One pass over the graph: 15 000 ties are read once, not looked up again by id.
  const drawn: DrawnTie[] = [];
  let seen = 0;
  for (const { edge: id, attributes: tie, source, target } of graph.edgeEntries()) {
    if (++seen % STEP_ITEMS === 0) yield;
    if (visibleEdges.has(id) && nodeIndex.has(source) && nodeIndex.has(target))
      drawn.push({ id, source, target, tie });
  }
  const groups = drawnLines(drawn, collapse);
  yield;
  const lines = groups.map((ties): LineFacts => {
    const end = ties[0] as DrawnTie;
    if (ties.length === 1)
      return {
        ends: end,
        ids: [end.id],
        directed: end.tie.directed !== false,
        family: tieFamily(end.tie.kind),
        status: tieStatusKey(end.tie.status),
      };
    const ids = ties.map((tie) => tie.id);
    // Read here, where the ties are at hand, for the legend too (view/lineWords).
    const words = distinctWords(ties.map((tie) => tie.tie));
    rememberLineWords(ids, words);
    return {
      ends: end,
      ids,
      directed: ties.every((tie) => tie.tie.directed !== false && tie.source === end.source),
      family: commonFamily(words),
      status: commonStatus(words),
    };
  });
  last = { graph, visibleEdges, actors, collapse, lines };
  return lines;
}

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** The straight line between two actors' centres (scenes without geometry). */
export function straight(a: Point, b: Point): Curve {
  return { start: { x: a.x, y: a.y }, control: midpoint(a, b), end: { x: b.x, y: b.y } };
}

/** A bundle's colour: the first stated family of communication, action, relation; else "other". */
function commonFamily(words: readonly TieWord[]): TieFamily {
  const families = new Set(words.map((word) => word.family));
  if (families.has("communication")) return "communication";
  if (families.has("action")) return "action";
  if (families.has("structural")) return "structural";
  return "other";
}

/** "reported"; "status not stated" for a tie whose file gives none. */
function statusWords(status: TieStatusKey): string {
  return status === "not-stated" ? "status not stated" : TIE_STATUS_LABELS[status];
}

/** The top of a self-loop, where its count sits. */
export function loopMiddle(centre: Point, radius: number, index: number): Point {
  const arc = loopArc(centre, radius, index);
  return { x: arc.cx, y: arc.cy - arc.radius };
}

/**
 * The status all ties share; mixed bundles draw with the weakest claim's dash (no stated status
 * is weaker than an inferred one, which is weaker than a reported one).
 */
function commonStatus(words: readonly TieWord[]): TieStatusKey {
  const order: TieStatusKey[] = [
    "denied",
    "alleged",
    "not-stated",
    "inferred",
    "reported",
    "confirmed",
  ];
  const statuses = new Set(words.map((word) => word.status));
  return order.find((status) => statuses.has(status)) ?? "not-stated";
}
