// Reachability questions on the kept ties: the shortest path between two actors, every simple
// path up to a number of hops, and the actors within N hops of one. Uses graphology's path
// algorithms on projections; never writes into the actor graph.
import { bidirectional, singleSourceLength } from "graphology-shortest-path/unweighted";
import type Graph from "graphology-types";
import type { ActorGraph, EdgeId, NodeId } from "../model/actorGraph";
import { tieSortKey } from "../schema/tieTime";
import { projectSimple, projectTies, type EdgeFilter, type Reading } from "./projection";
import { createBudgetMeter, listSimplePaths, UNLIMITED, type BudgetMeter } from "./pathBudget";

export interface PathHop {
  from: NodeId;
  to: NodeId;
  /** Every kept tie that can carry this hop (parallel ties too), earliest first. */
  ties: EdgeId[];
}

export interface PathResult {
  nodes: NodeId[];
  hops: PathHop[];
}

export interface PathOptions {
  /**
   * true: follow ties in their direction (ties with `directed: false` still work both ways).
   * false: every tie works both ways.
   */
  directed: boolean;
  edgeFilter?: EdgeFilter | undefined;
}

export interface SimplePathOptions extends PathOptions {
  maxHops: number;
  /** At most this many paths are returned, shortest first; 200 by default. */
  limit?: number | undefined;
  /** The budget the search spends (see pathBudget.ts); none by default. */
  budget?: BudgetMeter | undefined;
}

export interface SimplePaths {
  paths: PathResult[];
  /** How many paths were found within maxHops, returned or not (all of them when complete). */
  total: number;
  /** True when `limit` cut the list. */
  truncated: boolean;
  /** False when the budget stopped the search: there may be more (longer) chains. */
  complete: boolean;
}

export const DEFAULT_PATH_LIMIT = 200;

const readingOf = (directed: boolean): Reading => (directed ? "directed" : "undirected");

function assertActor(graph: ActorGraph, node: NodeId): void {
  if (!graph.hasNode(node)) throw new Error(`no actor "${node}" in this network`);
}

/** Each graph's ties in document order (asked once per chain: kept, not rebuilt each time). */
const documentOrders = new WeakMap<ActorGraph, Map<EdgeId, number>>();
function documentOrderOf(graph: ActorGraph): Map<EdgeId, number> {
  let order = documentOrders.get(graph);
  if (!order || order.size !== graph.size) {
    order = new Map(graph.edges().map((edge, index) => [edge, index]));
    documentOrders.set(graph, order);
  }
  return order;
}

/** The hops of a node sequence, each with the ties that can carry it in chronological order. */
export function hopsOf(graph: ActorGraph, kept: Graph, nodes: readonly NodeId[]): PathHop[] {
  const documentOrder = documentOrderOf(graph);
  const chronological = (a: EdgeId, b: EdgeId) =>
    tieSortKey(graph.getEdgeAttribute(a, "time")) - tieSortKey(graph.getEdgeAttribute(b, "time")) ||
    (documentOrder.get(a) ?? 0) - (documentOrder.get(b) ?? 0);
  const hops: PathHop[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const from = nodes[i - 1];
    const to = nodes[i];
    if (from === undefined || to === undefined) continue;
    // outboundEdges(from, to): directed ties from → to plus undirected ties between the two.
    hops.push({ from, to, ties: kept.outboundEdges(from, to).sort(chronological) });
  }
  return hops;
}

/**
 * One shortest path (fewest hops) from `from` to `to`, or null when the kept ties don't connect
 * them. When several paths are equally short, graphology's search picks one deterministically.
 * Throws when either actor is not in the network.
 */
export function shortestPath(
  graph: ActorGraph,
  from: NodeId,
  to: NodeId,
  options: PathOptions,
): PathResult | null {
  assertActor(graph, from);
  assertActor(graph, to);
  const kept = projectTies(graph, readingOf(options.directed), options.edgeFilter);
  // Parallel ties don't change who is next to whom, so the search runs on the simple version.
  const nodes = bidirectional(
    projectSimple(graph, readingOf(options.directed), options.edgeFilter),
    from,
    to,
  );
  if (nodes === null) return null;
  return { nodes, hops: hopsOf(graph, kept, nodes) };
}

/**
 * Every simple path (no actor twice) from `from` to `to` with at most `maxHops` hops, shortest
 * first, then by the actors' names. An actor to itself has no such path. The search lists every
 * path before cutting to `limit` — on a dense network, millions: give it a `budget`, and it lists
 * the shortest ones until the budget is spent (`complete: false`).
 */
export function simplePaths(
  graph: ActorGraph,
  from: NodeId,
  to: NodeId,
  options: SimplePathOptions,
): SimplePaths {
  assertActor(graph, from);
  assertActor(graph, to);
  const limit = options.limit ?? DEFAULT_PATH_LIMIT;
  if (from === to || options.maxHops < 1)
    return { paths: [], total: 0, truncated: false, complete: true };
  const reading = readingOf(options.directed);
  const { paths: found, complete } = listSimplePaths(
    projectSimple(graph, reading, options.edgeFilter),
    from,
    to,
    Math.floor(options.maxHops),
    options.budget ?? createBudgetMeter(UNLIMITED),
  );
  // Each actor's place in name order, computed once: comparing names in the sort itself took
  // seconds for 100,000 chains.
  const collator = new Intl.Collator("en");
  const members = [...new Set(found.flat())];
  const names = new Map(members.map((node) => [node, graph.getNodeAttribute(node, "name")]));
  members.sort(
    (a, b) => collator.compare(names.get(a) ?? a, names.get(b) ?? b) || collator.compare(a, b),
  );
  const rank = new Map(members.map((node, i) => [node, i]));
  const byLengthThenName = (a: NodeId[], b: NodeId[]): number => {
    if (a.length !== b.length) return a.length - b.length;
    for (let i = 0; i < a.length; i++) {
      const order = (rank.get(a[i] ?? "") ?? 0) - (rank.get(b[i] ?? "") ?? 0);
      if (order !== 0) return order;
    }
    return 0;
  };
  const kept = projectTies(graph, reading, options.edgeFilter);
  const paths = found
    .sort(byLengthThenName)
    .slice(0, Math.max(0, limit))
    .map((nodes) => ({ nodes, hops: hopsOf(graph, kept, nodes) }));
  return { paths, total: found.length, truncated: found.length > paths.length, complete };
}

/**
 * The actors within `hops` hops of `center`, the center included. Undirected by default (anyone
 * tied to anyone tied to the center); directed: only the actors the center reaches along tie
 * directions.
 */
export function egoNetwork(
  graph: ActorGraph,
  center: NodeId,
  hops: number,
  options: { directed?: boolean | undefined; edgeFilter?: EdgeFilter | undefined } = {},
): Set<NodeId> {
  assertActor(graph, center);
  const kept = projectTies(graph, readingOf(options.directed ?? false), options.edgeFilter);
  const distances = singleSourceLength(kept, center);
  return new Set(
    graph.filterNodes((node) => {
      const distance = distances[node];
      return distance !== undefined && distance <= hops;
    }),
  );
}

/** "Hamas official outside Gaza → Bishara Bahbah → Steve Witkoff". */
export function formatPath(graph: ActorGraph, path: PathResult): string {
  return path.nodes.map((node) => graph.getNodeAttribute(node, "name")).join(" → ");
}
