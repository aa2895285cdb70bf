// What the current question shows: which ties and actors are visible (filters, time window,
// timeline playhead, ego network), their metrics and sizes, and the path being asked about.
// Pure; recomputed only when those inputs change, not on hover.
import { joinIsolated } from "./isolate";
import type { ActorGraph } from "../model/actorGraph";
import type { AppState } from "../state/appState";
import type { NetworkMetrics } from "../analysis/metrics";
import type { AnalysisModule } from "../analysis/questions";
import { describeFilters, filterLabels, isFiltered, visibleTies } from "../analysis/tieFilters";
import type { PathAnswer } from "../analysis/pathQuestion";
import type { PathProvider, PathStatus } from "../analysis/pathSearch";
import { tieDateSpan, tieInterval, tieSortKey } from "../schema/tieTime";
import type { Highlight } from "./highlight";
import { runSteps, STEP_ITEMS, type Steps } from "./steps";

export interface NetworkView {
  visibleEdges: ReadonlySet<string>;
  visibleNodes: ReadonlySet<string>;
  /** null until the analysis module has loaded. */
  metrics: NetworkMetrics | null;
  sizes: ReadonlyMap<string, number>;
  path: PathAnswer | null;
  /** How the path question stands: answered, still searching, cancelled or failed. */
  pathStatus: PathStatus | null;
  /** The path, highlighted over everything else. */
  emphasis: Highlight | undefined;
  /** Dated ties in the order the timeline plays them. */
  playOrder: readonly string[];
  /** The date of the tie the playhead stands at, at its precision: "2024", "22 April 2025". */
  playDate: string | null;
  /** What an export should say about the view: filters, ego network, path, playhead. */
  captions: string[];
}

export type ViewInputs = Pick<AppState, "filters" | "sizeBy" | "path" | "ego" | "playhead"> & {
  /** Metrics are only computed when something shows them (an actor's details, sizing). */
  needMetrics?: boolean;
  /** Betweenness and communities too (the drawing plan's betweenness; default true). */
  betweenness?: boolean;
};

/** Dated ties sorted by when they start (open starts by their end), then document order. */
export function playOrderOf(graph: ActorGraph): string[] {
  return runSteps(playOrderSteps(graph));
}

/** playOrderOf in steps (view/steps.ts): reading 60 000 ties' dates takes a while. */
export function* playOrderSteps(graph: ActorGraph): Steps<string[]> {
  // Keys computed once per tie (parsing dates inside a comparator cost half a second at 15k
  // ties), ties grouped by key in document order, and only the distinct keys sorted, natively.
  const byKey = new Map<number, string[]>();
  let seen = 0;
  for (const { edge, attributes: tie } of graph.edgeEntries()) {
    if (++seen % STEP_ITEMS === 0) yield;
    if (tieInterval(tie.time) === undefined) continue;
    const key = tieSortKey(tie.time);
    const group = byKey.get(key);
    if (group) group.push(edge);
    else byKey.set(key, [edge]);
  }
  yield;
  const order: string[] = [];
  for (const key of Float64Array.from(byKey.keys()).sort())
    for (const edge of byKey.get(key) ?? []) order.push(edge);
  return order;
}

/** What the shortest path's caption says about the question it answers. */
function answerQualifier(answer: PathAnswer): string {
  const { kinds, respectTime } = answer.answered;
  const parts = [kinds === "communication" ? "over communications" : "over all tie kinds"];
  if (respectTime) parts.push("in time order");
  else if (answer.asked.respectTime) parts.push("ignoring time");
  return ` (${parts.join(", ")})`;
}

/** Path text for captions: "A → B → C", each name isolated (see isolate.ts). */
export function pathText(graph: ActorGraph, nodes: readonly string[]): string {
  return joinIsolated(
    nodes.map((node) => graph.getNodeAttribute(node, "name")),
    " → ",
  );
}

/**
 * Without `analysis` (still loading) the view has no metrics, sizes, paths or ego network yet;
 * everything else is exact.
 */
export function deriveNetworkView(
  graph: ActorGraph,
  inputs: ViewInputs,
  playOrder: readonly string[] = playOrderOf(graph),
  analysis?: AnalysisModule,
  /** Answers the path question (see PathProvider); without it, it is answered here in full. */
  paths?: PathProvider,
): NetworkView {
  const captions: string[] = [];
  let edges = visibleTies(graph, inputs.filters);
  const filtered = isFiltered(inputs.filters);
  if (filtered) captions.push(describeFilters(inputs.filters, filterLabels(graph)));

  let playDate: string | null = null;
  if (inputs.playhead !== null) {
    // Undated ties cannot be placed in time: the replay shows them throughout.
    const dated = new Set(playOrder);
    const shown = new Set(playOrder.slice(0, Math.max(0, inputs.playhead)));
    edges = new Set([...edges].filter((edge) => shown.has(edge) || !dated.has(edge)));
    const last = playOrder[Math.min(inputs.playhead, playOrder.length) - 1];
    playDate = last === undefined ? null : tieDateSpan(graph.getEdgeAttribute(last, "time"));
    const undated = graph.size - playOrder.length;
    const sofar = [...edges].filter((edge) => shown.has(edge)).length;
    captions.push(
      (playDate
        ? `Timeline: ${sofar} of ${playOrder.length} dated ties (last: ${playDate})`
        : "Timeline at its start") + (undated ? `, ${undated} undated shown throughout` : ""),
    );
  }

  let nodes: Set<string>;
  if (analysis && inputs.ego && graph.hasNode(inputs.ego.center)) {
    const kept = edges;
    nodes = analysis.egoNetwork(graph, inputs.ego.center, inputs.ego.hops, {
      edgeFilter: (edge) => kept.has(edge),
    });
    const members = nodes;
    edges = new Set(
      [...edges].filter(
        (edge) => members.has(graph.source(edge)) && members.has(graph.target(edge)),
      ),
    );
    captions.push(
      `Only actors within ${inputs.ego.hops} hop${inputs.ego.hops === 1 ? "" : "s"} of ${graph.getNodeAttribute(inputs.ego.center, "name")}`,
    );
  } else if (filtered || inputs.playhead !== null) {
    nodes = new Set<string>();
    for (const edge of edges) {
      nodes.add(graph.source(edge));
      nodes.add(graph.target(edge));
    }
  } else nodes = new Set(graph.nodes());

  const kept = edges;
  const metrics =
    analysis && (inputs.needMetrics ?? true)
      ? analysis.computeMetrics(graph, (edge) => kept.has(edge), {
          brokerage: inputs.betweenness ?? true,
        })
      : null;
  const sizes = new Map<string, number>();
  if (analysis && metrics && inputs.sizeBy !== "none") {
    const scale = analysis.sizeScale(metrics, inputs.sizeBy);
    for (const node of graph.nodes()) sizes.set(node, scale(node));
  }

  let answer: NetworkView["path"] = null;
  let pathStatus: PathStatus | null = null;
  let emphasis: Highlight | undefined;
  const { from, to } = inputs.path;
  if (analysis && from && to && from !== to && graph.hasNode(from) && graph.hasNode(to)) {
    // The app's provider answers within a budget, off the page when it must; without one (tests,
    // scripts) the question is answered here in full.
    pathStatus = paths
      ? paths(inputs.path, kept)
      : {
          state: "done",
          result: {
            answer: analysis.answerPaths(graph, from, to, {
              directed: inputs.path.directed,
              edgeFilter: (edge: string) => kept.has(edge),
              maxHops: inputs.path.maxHops,
              kinds: inputs.path.kinds,
              respectTime: inputs.path.respectTime,
              limit: 50,
            }),
            stopped: undefined,
            found: 0,
            ms: 0,
          },
        };
    answer = pathStatus.state === "done" ? pathStatus.result.answer : null;
    const shortest = answer?.shortest;
    if (answer && shortest) {
      emphasis = {
        nodes: new Set(shortest.nodes),
        edges: new Set(shortest.hops.flatMap((hop) => hop.ties.map((tie) => tie.id))),
      };
      captions.push(`Shortest path${answerQualifier(answer)}: ${pathText(graph, shortest.nodes)}`);
      for (const node of shortest.nodes) nodes.add(node);
    } else if (answer)
      captions.push(
        `No path from ${graph.getNodeAttribute(from, "name")} to ${graph.getNodeAttribute(to, "name")}`,
      );
    // Still searching (or stopped): nothing is highlighted, so the captions say nothing yet.
  }

  return {
    visibleEdges: edges,
    visibleNodes: nodes,
    metrics,
    sizes,
    path: answer,
    pathStatus,
    emphasis,
    playOrder,
    playDate,
    captions,
  };
}
