// Cytoscape's JSON (Cytoscape desktop's .cyjs export, Cytoscape.js's `cy.json()`) as node-link
// JSON, which importNodeLinkJson reads: `elements` holds `nodes` and `edges` (or one list whose
// items say their `group`, or are edges by having a source and a target), each element's fields in
// its `data`, a node's place in its `position` (screen axes: y points down, as d3's); the
// network's own fields (its name) in the top-level `data`. Pure.
import { isRecord } from "./jsonInput";

/** Whether the JSON is Cytoscape's: an `elements` list or record, and no `nodes` of its own. */
export function isCytoscapeJson(data: Record<string, unknown>): boolean {
  return !Array.isArray(data.nodes) && (Array.isArray(data.elements) || isRecord(data.elements));
}

/** The same network as node-link JSON (`nodes`, `links`, `graph`). */
export function cytoscapeAsNodeLink(data: Record<string, unknown>): Record<string, unknown> {
  const { elements } = data;
  let nodes: unknown[] = [];
  let edges: unknown[] = [];
  if (Array.isArray(elements)) {
    for (const element of elements) {
      const fields = isRecord(element) && isRecord(element.data) ? element.data : {};
      const group = isRecord(element) ? element.group : undefined;
      const isEdge =
        group === "edges" || (group !== "nodes" && "source" in fields && "target" in fields);
      (isEdge ? edges : nodes).push(element);
    }
  } else if (isRecord(elements)) {
    nodes = Array.isArray(elements.nodes) ? elements.nodes : [];
    edges = Array.isArray(elements.edges) ? elements.edges : [];
  }
  return {
    // NetworkX's cytoscape_data says whether the graph is directed; Cytoscape's own files do not.
    ...(typeof data.directed === "boolean" ? { directed: data.directed } : {}),
    graph: isRecord(data.data) ? data.data : {},
    nodes: nodes.map(nodeOf),
    links: edges.map((element) =>
      isRecord(element) && isRecord(element.data) ? element.data : {},
    ),
  };
}

/** A node element's data, with its position as numeric x and y. */
function nodeOf(element: unknown): Record<string, unknown> {
  if (!isRecord(element)) return {};
  const fields = isRecord(element.data) ? element.data : {};
  const position = isRecord(element.position) ? element.position : undefined;
  const placed =
    position && typeof position.x === "number" && typeof position.y === "number"
      ? { x: position.x, y: position.y }
      : {};
  return { ...fields, ...placed };
}
