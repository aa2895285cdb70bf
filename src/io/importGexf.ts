// GEXF 1.1–1.3 (Gephi, NetworkX, Gephi Lite) → document. Read with our own mapper over saxes (see
// xmlTree) rather than graphology-gexf, whose parser drops dynamics: node and edge times and
// spells are read by gexfTimes, values by gexfValues. A GEXF that Backchannel wrote carries its
// header in <meta> and is read back exactly.
import { actorsReadOf } from "./documentFromForeign";
import { buildImportedDocument } from "./importedDocument";
import type { ActorsRead } from "./importResult";
import { createXmlTreeParser, type XmlTreeResult } from "./xmlTree";
import type { ForeignEdge, ForeignGraph, ForeignNode, ValueBag } from "./foreignGraph";
import { gexfTimes, type GexfTimes } from "./gexfTime";
import { readModels, readValues, type AttributeModel } from "./gexfValues";
import { readParent, readVizValues } from "./gexfViz";
import type { ImportFile, ImportResult } from "./importResult";
import {
  childElements,
  descendantElements,
  openGraphXml,
  readEdgeEnds,
  type XmlElement,
} from "./parseXml";

export interface GexfReadOptions {
  /**
   * Called as soon as the actors are read (a GEXF lists them before its ties), with the kind of
   * each actor the document will have, in order, and their viz:positions if every one has one:
   * enough to show them while the ties are read.
   */
  onActors?: (actors: ActorsRead) => void;
}

export function importGexf(file: ImportFile, options: GexfReadOptions = {}): ImportResult {
  // The element tree is only reachable while the file is read: the document is built after it
  // can be collected (a 9 MB file's tree is most of the import's memory).
  const read = readGexf(file, options);
  return "problems" in read ? read : buildImportedDocument(read);
}

/**
 * Reads up to the end of `<nodes>`, reports the actors, then reads the rest. Only when that
 * `</nodes>` closed the graph's own list (not a nested one in a hierarchy, nor text in a
 * comment) are the actors reported; the document is read from the whole tree either way.
 */
function parseActorsFirst(file: ImportFile, onActors: (actors: ActorsRead) => void): XmlTreeResult {
  const parser = createXmlTreeParser();
  const end = file.text.indexOf("</nodes>");
  if (end < 0) {
    parser.write(file.text);
    return parser.close();
  }
  const cut = end + "</nodes>".length;
  parser.write(file.text.slice(0, cut));
  const root = parser.partial();
  const graph = root?.localName === "gexf" ? childElements(root, "graph")[0] : undefined;
  if (graph && parser.openElement() === graph) {
    const nodes = readNodes(graph, file, readModels(graph).node, gexfTimes(graph), []);
    const actors = actorsReadOf(nodes);
    if (actors.kinds.length > 0) onActors(actors);
  }
  parser.write(file.text.slice(cut));
  return parser.close();
}

/**
 * A node's viz:position (GEXF 1.1–1.3), in the picture's axes: Gephi's y axis points up and the
 * picture's down, so y is turned over (as sigma.js does), and the picture looks as it did there.
 */
function vizPosition(element: XmlElement): { x: number; y: number } | undefined {
  const position = childElements(element, "position")[0];
  const coordinate = (name: string) => {
    const text = position?.getAttribute(name)?.trim() ?? "";
    return text === "" ? NaN : Number(text);
  };
  const [x, y] = [coordinate("x"), coordinate("y")];
  if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  return { x, y: y === 0 ? 0 : -y };
}

function readNodes(
  graph: XmlElement,
  file: ImportFile,
  models: Map<string, AttributeModel>,
  times: GexfTimes,
  warnings: string[],
  changing = new Set<string>(),
): ForeignNode[] {
  const nodes: ForeignNode[] = [];
  descendantElements(graph, "node").forEach((element, index) => {
    const id = element.getAttribute("id");
    if (id === null) {
      warnings.push(`${file.name} node ${index + 1}: no id; skipped`);
      return;
    }
    const values: ValueBag = new Map();
    const label = element.getAttribute("label");
    if (label !== null) values.set("label", label);
    readValues(element, { models, changing }, values);
    readVizValues(element, values);
    readParent(element, values);
    times.nodeTimes(element, values);
    const position = vizPosition(element);
    nodes.push({
      id,
      origin: `${file.name} node "${id}"`,
      values,
      ...(position ? { position } : {}),
    });
  });
  return nodes;
}

function readEdges(
  graph: XmlElement,
  file: ImportFile,
  context: { models: Map<string, AttributeModel>; changing: Set<string>; times?: GexfTimes },
  warnings: string[],
): ForeignEdge[] {
  const defaultEdgeType = graph.getAttribute("defaultedgetype") ?? "undirected";
  const edges: ForeignEdge[] = [];
  descendantElements(graph, "edge").forEach((element, index) => {
    const ends = readEdgeEnds(element, index, file.name, warnings);
    if (!ends) return;
    const { id, origin, source, target } = ends;
    const values: ValueBag = new Map();
    const kind = element.getAttribute("kind");
    if (kind !== null) values.set("kind", kind);
    const label = element.getAttribute("label");
    if (label !== null) values.set("label", label);
    const weight = element.getAttribute("weight");
    if (weight !== null)
      values.set("weight", Number.isFinite(Number(weight)) ? Number(weight) : weight);
    readValues(element, context, values);
    readVizValues(element, values);
    const time = context.times?.edgeTime(element, values);
    edges.push({
      ...(id !== undefined ? { id } : {}),
      source,
      target,
      directed: (element.getAttribute("type") ?? defaultEdgeType) === "directed",
      file: file.name,
      origin,
      values,
      ...(time ? { time } : {}),
    });
  });
  return edges;
}

function readGexf(
  file: ImportFile,
  options: GexfReadOptions,
): ForeignGraph | Extract<ImportResult, { ok: false }> {
  const tree = options.onActors ? parseActorsFirst(file, options.onActors) : undefined;
  const opened = openGraphXml(file.name, file.text, "gexf", "GEXF", tree);
  if (!opened.ok) return opened;
  const { root, graph } = opened;

  const meta = childElements(root, "meta")[0];
  const text = (name: string) =>
    (meta && childElements(meta, name)[0]?.textContent?.trim()) || undefined;
  // Backchannel's own header: its edges' times are in their columns, not GEXF's.
  const header = text("document");
  const models = readModels(graph);
  const changing = new Set<string>();
  const times = gexfTimes(graph);
  const warnings: string[] = [];
  const nodes = readNodes(graph, file, models.node, times, warnings, changing);
  const edges = readEdges(
    graph,
    file,
    { models: models.edge, changing, ...(header === undefined ? { times } : {}) },
    warnings,
  );
  warnings.push(...times.warnings(file.name));
  if (changing.size > 0)
    warnings.push(
      `${file.name}: the values of ${[...changing].map((t) => `"${t}"`).join(", ")} change over time; every dated value was kept as text`,
    );
  const title = graph.getAttribute("name")?.trim() || text("title");
  const description = text("description");
  return {
    files: [file.name],
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(header !== undefined ? { header } : {}),
    nodes,
    edges,
    warnings,
  };
}
