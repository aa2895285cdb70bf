// The scene's legend: the actor kinds, tie families and statuses the picture shows, in order; when
// the actors are coloured by something else than kind, the kinds as shapes, then the colours.
import type { ActorGraph } from "../model/actorGraph";
import {
  ACTOR_KIND_LABELS,
  TIE_KIND_LABELS,
  type ActorKind,
  type TieFamily,
  type TieStatusKey,
} from "../schema/vocabulary";
import { ACTOR_ENCODINGS, TIE_FAMILY_ENCODINGS, TIE_STATUS_ENCODINGS, THEME } from "./encodings";
import { symbolPath } from "./symbols";
import type { LegendEntry, SceneEdge, SceneNode } from "./sceneTypes";
import type { ActorColouring } from "./colourBy";
import { runSteps, STEP_ITEMS, type Steps } from "./steps";
import { lineWords } from "./lineWords";

/** The kinds' shapes, when colour says something else. */
const SHAPE_FILL = THEME.mutedInk;

/** The word of a tie of kind "other" that carries no label of its own. */
const OTHER_WORD: string = TIE_KIND_LABELS.other;

/** At most this many tie words per family in the legend. */
const LEGEND_WORDS = 8;

export function buildLegend(
  graph: ActorGraph,
  nodes: readonly SceneNode[],
  edges: readonly SceneEdge[],
  colouring?: ActorColouring,
): LegendEntry[] {
  return runSteps(legendSteps(graph, nodes, edges, colouring));
}

/** buildLegend in steps (view/steps.ts): a large network's ties a piece at a time. */
export function* legendSteps(
  graph: ActorGraph,
  nodes: readonly SceneNode[],
  edges: readonly SceneEdge[],
  colouring?: ActorColouring,
): Steps<LegendEntry[]> {
  const entries: LegendEntry[] = [];
  const kinds = new Set(nodes.map((node) => node.kind));
  for (const kind of Object.keys(ACTOR_ENCODINGS) as ActorKind[]) {
    if (!kinds.has(kind)) continue;
    const encoding = ACTOR_ENCODINGS[kind];
    entries.push({
      group: "actor",
      key: kind,
      label: ACTOR_KIND_LABELS[kind],
      fill: colouring ? SHAPE_FILL : encoding.fill,
      d: symbolPath(encoding.symbol, 6.5),
      ...(colouring && entries.length === 0 ? { title: "Actors (shape)" } : {}),
    });
  }
  if (colouring) {
    const shown = new Set(nodes.map((node) => colouring.keyOf(node.id)));
    for (const [key, group] of colouring.groups) {
      if (!shown.has(key)) continue;
      entries.push({
        group: "colour",
        key,
        label: group.label,
        fill: group.fill,
        d: symbolPath("circle", 6.5),
        ...(entries.every((entry) => entry.group !== "colour") ? { title: colouring.title } : {}),
      });
    }
  }
  // One pass over the drawn ties: each family's words in the order they first appear.
  const wordsOf = new Map<TieFamily, Set<string>>();
  const statuses = new Set<TieStatusKey>();
  let seen = 0;
  for (const edge of edges)
    for (const { family, word, status } of lineWords(edge.ties, (tie) =>
      graph.getEdgeAttributes(tie),
    )) {
      if (++seen % STEP_ITEMS === 0) yield;
      const words = wordsOf.get(family) ?? wordsOf.set(family, new Set()).get(family)!;
      words.add(word);
      statuses.add(status);
    }
  for (const family of Object.keys(TIE_FAMILY_ENCODINGS) as TieFamily[]) {
    const words = wordsOf.get(family);
    if (!words) continue;
    const encoding = TIE_FAMILY_ENCODINGS[family];
    const name = encoding.label.replace(/ \(.*\)$/, "");
    // "Other or not stated" says it already: only a file's own words follow it.
    const kinds = family === "other" ? [...words].filter((w) => w !== OTHER_WORD) : [...words];
    // A file's own words for its ties can be many: the legend names the first few.
    const named =
      kinds.length > LEGEND_WORDS
        ? [...kinds.slice(0, LEGEND_WORDS - 1), `${kinds.length - LEGEND_WORDS + 1} more`]
        : kinds;
    entries.push({
      group: "tie",
      key: family,
      label: named.length > 0 ? `${name}: ${named.join(", ")}` : name,
      stroke: encoding.stroke,
      width: encoding.width,
    });
  }
  for (const status of Object.keys(TIE_STATUS_ENCODINGS) as TieStatusKey[]) {
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
