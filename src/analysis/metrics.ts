// Who is central in the ties a reader kept: tie counts, betweenness, their ranks and communities,
// computed with graphology's standard library on projections. Pure: returns new values and never
// writes metrics into the actor graph's attributes.
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import louvain from "graphology-communities-louvain";
import { subgraph } from "graphology-operators";
import type { ActorGraph, NodeId } from "../model/actorGraph";
import { projectSimple, type EdgeFilter } from "./projection";
import { competitionRanks, type Rank } from "./ranking";

export { formatRank, ordinal, type Rank } from "./ranking";

export interface NodeMetrics {
  /** Kept ties pointing at the actor (parallel ties each count). */
  inDegree: number;
  /** Kept ties starting at the actor. */
  outDegree: number;
  /** Kept ties with no single direction (`directed: false`): neither in nor out. */
  undirectedDegree: number;
  /**
   * Every kept tie touching the actor: in + out + undirected. As in graphology, a tie from the
   * actor to itself counts twice (once in and once out, or twice undirected).
   */
  degree: number;
  /** Kept ties from the actor to itself. */
  selfLoops: number;
  /** Normalised betweenness on the simple undirected projection, 0–1. */
  betweenness: number;
  degreeRank: Rank;
  betweennessRank: Rank;
  /** Community number (0 = the largest); null without kept ties or when none were computed. */
  community: number | null;
}

export interface NetworkMetrics {
  /** Every actor, in document order. */
  nodes: ReadonlyMap<NodeId, NodeMetrics>;
  actorCount: number;
  /** Actors with at least one kept tie. */
  connectedCount: number;
  tieCount: number;
  /** 0 when communities were not computed (fewer than MIN_ACTORS_FOR_COMMUNITIES connected). */
  communityCount: number;
  maxDegree: number;
  maxBetweenness: number;
  /** false when betweenness and communities were skipped (very large networks). */
  brokerageComputed: boolean;
}

/** Below this many connected actors a "community" would just restate the ties. */
export const MIN_ACTORS_FOR_COMMUNITIES = 3;

/** Actors or ties counted between two yields of computeMetricsSteps. */
const STEP_ITEMS = 500;

/**
 * `brokerage: false` skips betweenness and communities (seconds of work on large networks: the
 * drawing plan decides, view/drawingPlan.ts).
 */
export function computeMetrics(
  graph: ActorGraph,
  edgeFilter?: EdgeFilter,
  options: { brokerage?: boolean } = {},
): NetworkMetrics {
  const steps = computeMetricsSteps(graph, edgeFilter, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * computeMetrics as a generator that yields every few hundred actors or ties (view/steps.ts), so
 * the app can work a large network's metrics out a slice at a time before anyone asks for them
 * (one pass over 60 000 ties, ranks of 20 000 actors). Betweenness and communities, when asked
 * for, are one step each.
 */
export function* computeMetricsSteps(
  graph: ActorGraph,
  edgeFilter?: EdgeFilter,
  { brokerage = true }: { brokerage?: boolean } = {},
): Generator<void, NetworkMetrics, void> {
  const counts = yield* keptDegrees(graph, edgeFilter);

  // Betweenness runs on a simple undirected projection. Communications flow both ways (a relay
  // carries answers back), so a tie drawn a→b still lets b reach a; and twenty messages between
  // the same two actors are one channel, not twenty shortest paths, so parallel ties must not
  // multiply the path counts. Normalised by (n − 1)(n − 2) over all actors, isolated ones too,
  // so scores stay comparable when filters change.
  const undirected = brokerage ? projectSimple(graph, "undirected", edgeFilter) : undefined;
  const betweenness: Record<string, number> = undirected
    ? betweennessCentrality(undirected, { getEdgeWeight: null, normalized: true })
    : {};
  yield;

  const order = graph.nodes();
  const degrees = new Map<NodeId, number>();
  const scores = new Map<NodeId, number>();
  const connected: NodeId[] = [];
  for (const [index, node] of order.entries()) {
    if (index % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const degree = degreeOf(counts.nodes.get(node)!);
    degrees.set(node, degree);
    scores.set(node, Object.hasOwn(betweenness, node) ? (betweenness[node] ?? 0) : 0);
    if (degree > 0) connected.push(node);
  }
  const communities = undirected
    ? detectCommunities(graph, undirected, connected)
    : new Map<NodeId, number>();
  yield;
  const degreeRanks = competitionRanks(degrees);
  yield;
  const betweennessRanks = competitionRanks(scores);
  yield;

  const nodes = new Map<NodeId, NodeMetrics>();
  const noRank: Rank = { position: 0, of: 0, shared: false };
  for (const [index, node] of order.entries()) {
    if (index % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const count = counts.nodes.get(node)!;
    nodes.set(node, {
      inDegree: count.inDegree,
      outDegree: count.outDegree,
      undirectedDegree: count.undirectedDegree,
      degree: degreeOf(count),
      selfLoops: count.selfLoops,
      betweenness: scores.get(node) ?? 0,
      degreeRank: degreeRanks.get(node) ?? noRank,
      betweennessRank: betweennessRanks.get(node) ?? noRank,
      community: communities.get(node) ?? null,
    });
  }
  let maxDegree = 0;
  let maxBetweenness = 0;
  for (const degree of degrees.values()) maxDegree = Math.max(maxDegree, degree);
  for (const score of scores.values()) maxBetweenness = Math.max(maxBetweenness, score);
  return {
    nodes,
    actorCount: graph.order,
    connectedCount: connected.length,
    tieCount: counts.kept,
    communityCount: new Set(communities.values()).size,
    maxDegree,
    maxBetweenness,
    brokerageComputed: brokerage,
  };
}

type TieCounts = Pick<NodeMetrics, "inDegree" | "outDegree" | "undirectedDegree" | "selfLoops">;

const degreeOf = (count: TieCounts) => count.inDegree + count.outDegree + count.undirectedDegree;

/**
 * Tie counts over the kept ties as graphology counts them on the directed reading (projectTies):
 * a tie is out for its source and in for its target, or undirected for both with
 * `directed: false`; a tie from an actor to itself counts at both ends. Counted in one pass: a
 * projection graph of 15 000 ties took a few hundred milliseconds to build.
 */
function* keptDegrees(
  graph: ActorGraph,
  edgeFilter: EdgeFilter | undefined,
): Generator<void, { nodes: Map<NodeId, TieCounts>; kept: number }, void> {
  const nodes = new Map<NodeId, TieCounts>();
  graph.forEachNode((node) => {
    nodes.set(node, { inDegree: 0, outDegree: 0, undirectedDegree: 0, selfLoops: 0 });
  });
  yield;
  let kept = 0;
  let seen = 0;
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    if (++seen % STEP_ITEMS === 0) yield;
    if (edgeFilter && !edgeFilter(edge)) continue;
    kept++;
    const from = nodes.get(source)!;
    const to = nodes.get(target)!;
    if (attributes.directed === false) {
      from.undirectedDegree++;
      to.undirectedDegree++;
    } else {
      from.outDegree++;
      to.inDegree++;
    }
    if (source === target) from.selfLoops++;
  }
  return { nodes, kept };
}

/**
 * Louvain communities of the connected actors, numbered by size (largest first, then by the
 * first member in document order) so colours don't shuffle between runs.
 */
function detectCommunities(
  graph: ActorGraph,
  undirected: ReturnType<typeof projectSimple>,
  connected: NodeId[],
): Map<NodeId, number> {
  if (connected.length < MIN_ACTORS_FOR_COMMUNITIES) return new Map();
  // randomWalk: false visits nodes in graph order instead of a random one, so the same network
  // always gives the same communities.
  const raw = louvain(subgraph(undirected, connected), { randomWalk: false, getEdgeWeight: null });
  const members = new Map<number, NodeId[]>();
  graph.forEachNode((node) => {
    // Own keys only: an unconnected actor "constructor" is in no community.
    const community = Object.hasOwn(raw, node) ? raw[node] : undefined;
    if (community === undefined) return;
    const group = members.get(community);
    if (group) group.push(node);
    else members.set(community, [node]);
  });
  const order = [...members.values()].sort((a, b) => b.length - a.length);
  // Ties in size keep their first-member order: Array.prototype.sort is stable and `members`
  // was filled in document order.
  const numbered = new Map<NodeId, number>();
  order.forEach((group, index) => {
    for (const node of group) numbered.set(node, index);
  });
  return numbered;
}
