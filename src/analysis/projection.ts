// Projections of the actor graph onto the ties an analysis keeps: a multigraph keyed by tie id for
// one reading (directed or undirected) and its simple version. Always builds new graphs; never
// writes into the actor graph, which stays read-only.
import { MultiGraph, MultiUndirectedGraph } from "graphology";
import type Graph from "graphology-types";
import { toSimple } from "graphology-operators";
import type { ActorGraph, EdgeId } from "../model/actorGraph";

/** Which ties an analysis keeps; no filter keeps them all. */
export type EdgeFilter = (edge: EdgeId) => boolean;

/**
 * How ties carry things. "directed": along the tie's direction, except ties with
 * `directed: false`, which have no single direction and work both ways. "undirected": every tie
 * works both ways.
 */
export type Reading = "directed" | "undirected";

/**
 * The kept ties as a multigraph keyed by tie id, with every actor as a node (isolated or not).
 * The directed reading is a mixed graph, so graphology's `outbound*` / `inbound*` methods treat
 * `directed: false` ties as usable both ways.
 */
export function projectTies(graph: ActorGraph, reading: Reading, edgeFilter?: EdgeFilter): Graph {
  const projection: Graph = reading === "directed" ? new MultiGraph() : new MultiUndirectedGraph();
  graph.forEachNode((node) => {
    projection.addNode(node);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (edgeFilter && !edgeFilter(edge)) return;
    if (reading === "directed" && attributes.directed !== false)
      projection.addDirectedEdgeWithKey(edge, source, target);
    else projection.addUndirectedEdgeWithKey(edge, source, target);
  });
  return projection;
}

/**
 * The same projection with parallel ties merged into one edge per pair (per direction in the
 * directed reading): what path counting and community detection should see.
 */
export function projectSimple(graph: ActorGraph, reading: Reading, edgeFilter?: EdgeFilter): Graph {
  return toSimple(projectTies(graph, reading, edgeFilter));
}
