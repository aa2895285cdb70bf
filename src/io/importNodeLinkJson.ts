// d3 / NetworkX node-link JSON → document: `nodes` with ids and `links` (d3, NetworkX < 3.6) or
// `edges` (NetworkX ≥ 3.6), ends given as ids, as numeric indices into `nodes`, or as the node
// objects d3-force leaves there; `directed`, `multigraph` and `graph` at the top. Numeric x and y
// on the nodes (where d3-force left them) are their places. Cytoscape's JSON is read through the
// same path (io/cytoscapeJson.ts), and so is Kumu's (io/kumuJson.ts). vis-network's JSON names a
// tie's ends `from` and `to`, and its `arrows` ("to", "from", "to, from" or none) say which way
// it points.
import { buildImportedDocument, metadataOf } from "./importedDocument";
import type { ForeignEdge, ForeignNode } from "./foreignGraph";
import { failImport, type ImportFile, type ImportResult } from "./importResult";
import { bagOf, idText, isRecord, readJson } from "./jsonInput";
import { cytoscapeAsNodeLink, isCytoscapeJson } from "./cytoscapeJson";
import { isKumuJson, kumuAsNodeLink } from "./kumuJson";

/** d3-force's simulation state: velocities and pins, not data (its x and y are places). */
const SIMULATION_KEYS = ["index", "vx", "vy", "fx", "fy"];

export function importNodeLinkJson(file: ImportFile): ImportResult {
  const read = readJson(file);
  if (!read.ok) return failImport(file.name, read.message);
  const data = !isRecord(read.data)
    ? read.data
    : isKumuJson(read.data)
      ? kumuAsNodeLink(read.data)
      : isCytoscapeJson(read.data)
        ? cytoscapeAsNodeLink(read.data)
        : read.data;
  if (!isRecord(data) || !Array.isArray(data.nodes))
    return failImport(file.name, 'is not node-link JSON: it needs a "nodes" list');
  const linkKey = Array.isArray(data.links) ? "links" : "edges";
  const links = data[linkKey];
  if (!Array.isArray(links))
    return failImport(file.name, 'is not node-link JSON: it needs a "links" or "edges" list');
  const directed = data.directed !== false;
  const warnings: string[] = [];

  const nodes: ForeignNode[] = [];
  data.nodes.forEach((item: unknown, index) => {
    const record = isRecord(item) ? item : {};
    const id = idText(record.id) ?? String(index);
    nodes.push({
      id,
      origin: `${file.name} nodes[${index}]`,
      values: bagOf(record, ["id", ...SIMULATION_KEYS]),
    });
  });
  const ids = new Set(nodes.map((node) => node.id));
  const endOf = (value: unknown): string | undefined => {
    if (isRecord(value))
      return (
        idText(value.id) ?? (typeof value.index === "number" ? nodes[value.index]?.id : undefined)
      );
    const text = idText(value);
    if (text === undefined || ids.has(text)) return text;
    return typeof value === "number" ? nodes[value]?.id : text;
  };

  const edges: ForeignEdge[] = [];
  const drawsArrows = links.some((item) => isRecord(item) && "arrows" in item);
  links.forEach((item: unknown, index) => {
    const origin = `${file.name} ${linkKey}[${index}]`;
    const record = isRecord(item) ? item : {};
    // vis-network's from and to, when the tie has no source and target.
    const visEnds = !("source" in record) && !("target" in record);
    let source = endOf(visEnds ? record.from : record.source);
    let target = endOf(visEnds ? record.to : record.target);
    if (source === undefined || target === undefined) {
      const [sourceName, targetName] = visEnds ? ["from", "to"] : ["source", "target"];
      warnings.push(`${origin}: no ${source === undefined ? sourceName : targetName}; skipped`);
      return;
    }
    // In a file that draws arrowheads, a tie without one has no direction.
    const arrows = visEnds && drawsArrows ? arrowsOf(record.arrows) : undefined;
    if (arrows?.to === false && arrows.from) [source, target] = [target, source];
    const id = idText(record.id);
    edges.push({
      ...(id !== undefined ? { id } : {}),
      source,
      target,
      directed: arrows ? arrows.to !== arrows.from : directed,
      file: file.name,
      origin,
      values: bagOf(record, [
        "id",
        "source",
        "target",
        "index",
        ...(visEnds ? ["from", "to"] : []),
      ]),
    });
  });

  const graph = isRecord(data.graph) ? data.graph : {};
  return buildImportedDocument({
    files: [file.name],
    ...metadataOf(graph),
    nodes,
    edges,
    // d3-force's x and y, in SVG's axes (y pointing down).
    coordinates: "y-down",
    warnings,
  });
}

/** Which ends of a vis-network edge have an arrowhead: `"to, from"`, or `{ to: { enabled } }`. */
function arrowsOf(arrows: unknown): { to: boolean; from: boolean } {
  const has = (end: "to" | "from"): boolean => {
    if (typeof arrows === "string") return arrows.split(/[\s,;]+/).includes(end);
    if (!isRecord(arrows)) return false;
    const value = arrows[end];
    return isRecord(value) ? value.enabled !== false : value === true;
  };
  return { to: has("to"), from: has("from") };
}
