// Which actors and ties stand out: the focused actor (hovered, or else selected) with its
// neighbours and ties, or a selected tie with its two ends. Everything else is dimmed.
import { joinIsolated } from "./isolate";
import type { ActorGraph } from "../model/actorGraph";
import type { Selection } from "../state/appState";

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** undefined when nothing is focused: nothing is dimmed. */
export function deriveHighlight(
  graph: ActorGraph,
  visibleEdges: ReadonlySet<string>,
  hover: string | null,
  selection: Selection,
): Highlight | undefined {
  const focus = hover ?? (selection?.kind === "actor" ? selection.id : null);
  if (focus !== null && graph.hasNode(focus)) {
    const nodes = new Set([focus]);
    const edges = new Set<string>();
    graph.forEachEdge(focus, (edge, _attributes, source, target) => {
      if (!visibleEdges.has(edge)) return;
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    });
    return { nodes, edges };
  }
  if (selection?.kind === "tie" && graph.hasEdge(selection.id))
    return {
      nodes: new Set(graph.extremities(selection.id)),
      edges: new Set([selection.id]),
    };
  return undefined;
}

/** The caption an export carries when something is highlighted ("" when nothing is). */
export function describeHighlight(graph: ActorGraph, selection: Selection): string {
  if (selection?.kind === "actor" && graph.hasNode(selection.id))
    return `Highlighted: ${graph.getNodeAttribute(selection.id, "name")} and their ties`;
  if (selection?.kind === "tie" && graph.hasEdge(selection.id)) {
    const [source, target] = graph.extremities(selection.id);
    const arrow = graph.getEdgeAttribute(selection.id, "directed") === false ? "↔" : "→";
    const names = [graph.getNodeAttribute(source, "name"), graph.getNodeAttribute(target, "name")];
    return `Highlighted: ${joinIsolated(names, ` ${arrow} `)}`;
  }
  return "";
}
