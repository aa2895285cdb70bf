// The graph model: a validated document as a graphology MultiDirectedGraph (parallel ties are
// separate edges; a tie from an actor to itself is a self-loop), and back. Built once; treated as read-only afterwards. Derived values (metrics,
// positions, highlight) never go into its attributes.
import { MultiDirectedGraph } from "graphology";
import type { Actor, ActorId, NetworkDocument, Tie, TieId } from "../schema/networkDocument";

export type NodeId = ActorId;
export type EdgeId = TieId;

/** Node attributes: the actor without its id (the id is the node key). */
export type ActorAttributes = Omit<Actor, "id">;
/** Edge attributes: the tie without id, source and target (those are the edge's own). */
export type TieAttributes = Omit<Tie, "id" | "source" | "target">;
/** Graph attributes: everything in the document that is not an actor or a tie. */
export type NetworkAttributes = Omit<NetworkDocument, "actors" | "ties">;

export type ActorGraph = MultiDirectedGraph<ActorAttributes, TieAttributes, NetworkAttributes>;

export function buildGraph(document: NetworkDocument): ActorGraph {
  const steps = graphSteps(document);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * buildGraph an actor or a tie at a time: it pauses after each, so that a caller can spread a
 * large network's graph over several tasks. The same graph, in the same order.
 */
export function* graphSteps(document: NetworkDocument): Generator<void, ActorGraph, void> {
  const { actors, ties, ...meta } = document;
  const graph: ActorGraph = new MultiDirectedGraph<
    ActorAttributes,
    TieAttributes,
    NetworkAttributes
  >({ allowSelfLoops: true });
  graph.replaceAttributes(meta);
  for (const { id, ...attributes } of actors) {
    graph.addNode(id, attributes);
    yield;
  }
  for (const { id, source, target, ...attributes } of ties) {
    graph.addDirectedEdgeWithKey(id, source, target, attributes);
    yield;
  }
  return graph;
}

/** The document a graph was built from (same order of actors and ties). */
export function documentFromGraph(graph: ActorGraph): NetworkDocument {
  const meta = graph.getAttributes();
  const actors: Actor[] = graph.mapNodes((id, attributes) => ({ id, ...attributes }));
  const ties: Tie[] = graph.mapEdges((id, attributes, source, target) => ({
    id,
    source,
    target,
    ...attributes,
  }));
  return { ...meta, actors, ties };
}

/** A tie as a record again, for the UI. */
export function tieOf(graph: ActorGraph, edge: EdgeId): Tie {
  return {
    id: edge,
    source: graph.source(edge),
    target: graph.target(edge),
    ...graph.getEdgeAttributes(edge),
  };
}

export function actorOf(graph: ActorGraph, node: NodeId): Actor {
  return { id: node, ...graph.getNodeAttributes(node) };
}
