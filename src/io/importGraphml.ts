// GraphML (NetworkX, yEd, Gephi, igraph, Cytoscape) → document. Keys are read by attr.name and
// typed by attr.type; edgedefault and per-edge `directed` give the direction. yEd's graphics give
// names, places and tie labels (yedGraphics); numeric x and y keys (Gephi's) are places too.
// graphology-graphml is not used: it keeps no element positions for messages. A GraphML that
// Backchannel wrote carries its header as graph data and is read back exactly.
import { BC_DOCUMENT } from "./fieldNames";
import { buildImportedDocument } from "./importedDocument";
import type {
  ForeignEdge,
  ForeignGraph,
  ForeignNode,
  ForeignValue,
  ValueBag,
} from "./foreignGraph";
import type { ImportFile, ImportResult } from "./importResult";
import { ACTOR_FIELD_KEYS, TIE_FIELD_KEYS } from "./fieldNames";
import { textOf } from "./foreignValues";
import { entryOf } from "./valueBag";
import { yedEdge, yedGraphicsKeys, yedNode } from "./yedGraphics";
import {
  childElements,
  descendantElements,
  openGraphXml,
  readEdgeEnds,
  type XmlElement,
} from "./parseXml";

interface KeyModel {
  name: string;
  type: string;
  domain: string;
  defaultValue?: string;
}

function typedValue(type: string, text: string): ForeignValue {
  switch (type.toLowerCase()) {
    case "boolean": {
      const word = text.trim().toLowerCase();
      return word === "true" || word === "1"
        ? true
        : word === "false" || word === "0"
          ? false
          : text;
    }
    case "int":
    case "long":
    case "float":
    case "double": {
      if (text.trim() === "") return null;
      const number = Number(text);
      return Number.isFinite(number) ? number : text;
    }
    default:
      return text;
  }
}

function readKeys(root: XmlElement): Map<string, KeyModel> {
  const keys = new Map<string, KeyModel>();
  for (const key of childElements(root, "key")) {
    const id = key.getAttribute("id");
    if (id === null || key.hasAttribute("yfiles.type")) continue;
    const defaultValue = childElements(key, "default")[0]?.textContent ?? undefined;
    keys.set(id, {
      name: key.getAttribute("attr.name") ?? id,
      type: key.getAttribute("attr.type") ?? "string",
      domain: key.getAttribute("for") ?? "all",
      ...(defaultValue !== undefined ? { defaultValue } : {}),
    });
  }
  return keys;
}

function readData(element: XmlElement, domain: string, keys: Map<string, KeyModel>): ValueBag {
  const bag: ValueBag = new Map();
  for (const data of childElements(element, "data")) {
    const model = keys.get(data.getAttribute("key") ?? "");
    // Data made of elements (yEd graphics) is not a value.
    if (!model || data.children.length > 0) continue;
    bag.set(model.name, typedValue(model.type, data.textContent ?? ""));
  }
  for (const model of keys.values())
    if (
      (model.domain === domain || model.domain === "all") &&
      model.defaultValue !== undefined &&
      !bag.has(model.name)
    )
      bag.set(model.name, typedValue(model.type, model.defaultValue));
  return bag;
}

/**
 * yEd's label, as the node's name or the edge's label when the data has none (a name or label key
 * wins); beside it, when it says something else, it is kept as "yEd label".
 */
function withLabel(values: ValueBag, names: readonly string[], label: string | undefined): void {
  if (label === undefined) return;
  const given = textOf(entryOf(values, names)?.[1]);
  if (given === undefined) values.set("label", label);
  else if (given !== label) values.set("yEd label", label);
}

export function importGraphml(file: ImportFile): ImportResult {
  // The element tree is only reachable while the file is read (see importGexf).
  const read = readGraphml(file);
  return "problems" in read ? read : buildImportedDocument(read);
}

/** A value the format gives outside its data, unless a data key of that name already has one. */
function keepValue(values: ValueBag, name: string, value: string | undefined): void {
  if (value !== undefined && !values.has(name)) values.set(name, value);
}

function readGraphml(file: ImportFile): ForeignGraph | Extract<ImportResult, { ok: false }> {
  const opened = openGraphXml(file.name, file.text, "graphml", "GraphML");
  if (!opened.ok) return opened;
  const { root, graph } = opened;
  const keys = readKeys(root);
  const graphics = yedGraphicsKeys(root);
  const warnings: string[] = [];
  const edgeDefault = graph.getAttribute("edgedefault") ?? "directed";

  const nodes: ForeignNode[] = [];
  descendantElements(graph, "node").forEach((element, index) => {
    const id = element.getAttribute("id");
    if (id === null) {
      warnings.push(`${file.name} node ${index + 1}: no id; skipped`);
      return;
    }
    const values = readData(element, "node", keys);
    const { label, colour, position } = yedNode(element, graphics);
    withLabel(values, ACTOR_FIELD_KEYS.name, label);
    keepValue(values, "color", colour);
    // A node inside another's <graph> (a yEd group, GraphML's nested graphs) sits in that node.
    const outer = element.parentElement?.parentElement;
    if (outer?.localName === "node")
      keepValue(values, "parent", outer.getAttribute("id") ?? undefined);
    nodes.push({
      id,
      origin: `${file.name} node "${id}"`,
      values,
      ...(position ? { position } : {}),
    });
  });

  const edges: ForeignEdge[] = [];
  descendantElements(graph, "edge").forEach((element, index) => {
    const ends = readEdgeEnds(element, index, file.name, warnings);
    if (!ends) return;
    const { id, origin } = ends;
    let { source, target } = ends;
    const stated = element.getAttribute("directed");
    let directed = (stated ?? String(edgeDefault === "directed")) === "true";
    const values = readData(element, "edge", keys);
    const yed = yedEdge(element, graphics);
    withLabel(values, TIE_FIELD_KEYS.label, yed.label);
    keepValue(values, "color", yed.colour);
    // yEd writes edgedefault="directed" for every file: its arrowheads say the direction.
    if (yed.arrows && stated === null) {
      directed = yed.arrows.source !== yed.arrows.target;
      if (yed.arrows.source && !yed.arrows.target) [source, target] = [target, source];
    }
    edges.push({
      ...(id !== undefined ? { id } : {}),
      source,
      target,
      directed,
      file: file.name,
      origin,
      values,
    });
  });
  const hyperedges = descendantElements(graph, "hyperedge").length;
  if (hyperedges > 0)
    warnings.push(
      `${file.name}: ${hyperedges} hyperedge(s) skipped; Backchannel ties join two actors`,
    );

  const graphValues = readData(graph, "graph", keys);
  const text = (name: string): string | undefined => {
    for (const [key, value] of graphValues)
      if (key.toLowerCase() === name && typeof value === "string" && value.trim() !== "")
        return value.trim();
    return undefined;
  };
  const title = text("title") ?? text("name") ?? text("label");
  const description = text("description");
  const asOf = text("asof");
  const header = graphValues.get(BC_DOCUMENT);
  return {
    files: [file.name],
    ...(typeof header === "string" ? { header } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    nodes,
    edges,
    // Gephi's GraphML writes its coordinates as x and y data, its y axis pointing up.
    coordinates: "y-up",
    warnings,
  };
}
