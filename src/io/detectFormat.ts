// Which network format a file is, from its content; the file name only settles what the content
// leaves open (an empty node-link/graphology graph, an XML file whose root is unreadable).
import type { Problem } from "../schema/parseDocument";
import { describeJsonError } from "../schema/parseDocument";
import { csvHeaderOf, csvKindOf, CSV_COLUMNS_READ } from "./csvTable";
import type { ImportFile } from "./importResult";
import { isCytoscapeJson } from "./cytoscapeJson";
import { isKumuJson } from "./kumuJson";
import { isRecord } from "./jsonInput";

export type NetworkFormat =
  | "backchannel"
  | "graphology-json"
  | "node-link-json"
  | "gexf"
  | "graphml"
  | "csv-edges"
  | "csv-nodes";

export type DetectResult = { ok: true; format: NetworkFormat } | { ok: false; problem: Problem };

const WHAT_OPENS =
  "Backchannel opens its own JSON documents, GEXF, GraphML, graphology or node-link JSON, " +
  `and CSV tables whose first row has ${CSV_COLUMNS_READ}`;

function unknown(file: ImportFile, why: string): DetectResult {
  return {
    ok: false,
    problem: { path: file.name, message: `cannot open "${file.name}": ${why}. ${WHAT_OPENS}` },
  };
}

const extensionOf = (name: string): string => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";

function detectJson(file: ImportFile, text: string): DetectResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problem: { path: file.name, message: describeJsonError(text, error) },
    };
  }
  if (!isRecord(data)) return unknown(file, "it is JSON but not an object");
  if (typeof data.format === "string" && data.format.startsWith("backchannel/"))
    return { ok: true, format: "backchannel" };
  if (Array.isArray(data.actors) && Array.isArray(data.ties))
    return { ok: true, format: "backchannel" };
  if (isKumuJson(data) || isCytoscapeJson(data)) return { ok: true, format: "node-link-json" };
  if (!Array.isArray(data.nodes))
    return unknown(file, 'it is JSON without a "nodes" list, "elements" or a "format"');

  const nodes: unknown[] = data.nodes;
  const edges: unknown[] = Array.isArray(data.edges) ? data.edges : [];
  const hasKeys = nodes.some((node) => isRecord(node) && "key" in node);
  const hasIds = nodes.some((node) => isRecord(node) && "id" in node);
  if (hasKeys && !hasIds) return { ok: true, format: "graphology-json" };
  if (Array.isArray(data.links) || hasIds) return { ok: true, format: "node-link-json" };
  // Nothing in the nodes says which: the graph-level keys, then the file name decide.
  if (isRecord(data.options) || edges.some((edge) => isRecord(edge) && "undirected" in edge))
    return { ok: true, format: "graphology-json" };
  if ("directed" in data || "multigraph" in data || "graph" in data)
    return { ok: true, format: "node-link-json" };
  if (/graphology/i.test(file.name)) return { ok: true, format: "graphology-json" };
  if ("attributes" in data) return { ok: true, format: "graphology-json" };
  return { ok: true, format: "node-link-json" };
}

/**
 * What a file of a format Backchannel does not read is, and what to do with it: a spreadsheet
 * workbook (a zip: Excel's .xlsx, LibreOffice's .ods; or Excel 97's .xls), another ZIP archive, a
 * Pajek network, a Graphviz graph. Undefined for anything else.
 */
function otherToolFile(start: string, extension: string): string | undefined {
  const zip = start.startsWith("PK\u0003\u0004");
  const head = start.slice(0, 4096);
  if (
    /^(xlsx|xlsm|xls|ods|numbers)$/.test(extension) ||
    (zip && /\[Content_Types\]\.xml|xl\/|opendocument\.spreadsheet/.test(head))
  )
    return "it is a spreadsheet workbook, not a table of text. Save each sheet as CSV (in Excel or LibreOffice: File → Save As → CSV) and open the CSV files";
  if (zip) return "it is a ZIP archive. Unpack it and open the network file inside";
  if (/^\*(vertices|network|arcs|edges)\b/i.test(start))
    return "it is a Pajek network, which Backchannel does not read. Write it as GEXF or GraphML (Gephi: File → Export → Graph file; NetworkX: nx.write_gexf) and open that";
  // GML: key-value lists in square brackets, often after a Creator line (NetworkX's write_gml,
  // igraph, Cytoscape, yEd; Newman's and Gephi's sample datasets).
  if (/^(?:(?:creator|version|comment)\s[^\n]*\n\s*)*graph\s*\[/i.test(start))
    return "it is a GML graph, which Backchannel does not read. Write it as GraphML or GEXF (Gephi, yEd and Cytoscape open GML; NetworkX: nx.write_graphml(nx.read_gml(path), …)) and open that";
  if (/^(strict\s+)?(di)?graph\b[^{\n]*\{/i.test(start))
    return "it is a Graphviz (DOT) graph, which Backchannel does not read. Write it as GraphML or GEXF (Gephi and NetworkX read DOT) and open that";
  return undefined;
}

export function detectFormat(file: ImportFile): DetectResult {
  const text = file.text.replace(/^\uFEFF/, "");
  const start = text.trimStart();
  const extension = extensionOf(file.name);
  if (start === "") return unknown(file, "the file is empty");
  if (start.startsWith("{") || start.startsWith("[")) return detectJson(file, text);
  if (start.startsWith("<")) {
    if (/<(?:[\w.-]+:)?gexf[\s/>]/.test(text)) return { ok: true, format: "gexf" };
    if (/<(?:[\w.-]+:)?graphml[\s/>]/.test(text)) return { ok: true, format: "graphml" };
    if (/<(?:[\w.-]+:)?graph[^>]*XGMML/i.test(text.slice(0, 4096)) || extension === "xgmml")
      return unknown(
        file,
        "it is XGMML (Cytoscape's XML), which Backchannel does not read. In Cytoscape, export the network as GraphML or Cytoscape.js JSON (.cyjs) and open that",
      );
    if (extension === "gexf") return { ok: true, format: "gexf" };
    if (extension === "graphml") return { ok: true, format: "graphml" };
    return unknown(file, "it is XML but neither GEXF (<gexf>) nor GraphML (<graphml>)");
  }
  const other = otherToolFile(start, extension);
  if (other) return unknown(file, other);
  const kind = csvKindOf(csvHeaderOf(text));
  if (kind !== undefined) return { ok: true, format: kind };
  return unknown(
    file,
    extension === "csv" || extension === "tsv" || extension === "txt"
      ? "its first row has no columns it reads"
      : "its content is not a format Backchannel knows",
  );
}
