// GEXF 1.1–1.3 (Gephi, NetworkX, Gephi Lite) → document. Read with our own mapper over saxes (see
// xmlTree) rather than graphology-gexf, whose parser drops dynamics: node and edge
// start/end/timestamp, <spells> and dated attribute values are read here; date times become tie
// times, numeric times attributes.
import { actorKindsOf, buildImportedDocument } from "./documentFromForeign";
import type { ActorKind } from "../schema/vocabulary";
import { createXmlTreeParser, type XmlTreeResult } from "./xmlTree";
import type {
  ForeignEdge,
  ForeignGraph,
  ForeignNode,
  ForeignTime,
  ForeignValue,
  ValueBag,
} from "./foreignGraph";
import {
  coverOf,
  formatTimeSet,
  parseTimeSet,
  partialDateOf,
  type DateBounds,
} from "./foreignValues";
import type { ImportFile, ImportResult } from "./importResult";
import {
  childElements,
  descendantElements,
  openGraphXml,
  readEdgeEnds,
  type XmlElement,
} from "./parseXml";

interface AttributeModel {
  title: string;
  type: string;
  defaultValue?: string;
}

const NUMBER_TYPES = new Set([
  "integer",
  "long",
  "short",
  "byte",
  "float",
  "double",
  "biginteger",
  "bigdecimal",
]);

/** An attvalue as its declared type says; Gephi writes "null" for a missing number. */
function typedValue(type: string, text: string): ForeignValue {
  const lower = type.toLowerCase();
  if (NUMBER_TYPES.has(lower)) {
    if (text.trim() === "" || text.trim() === "null") return null;
    const number = Number(text);
    return Number.isFinite(number) ? number : text;
  }
  if (lower === "boolean") {
    const word = text.trim().toLowerCase();
    return word === "true" || word === "1" ? true : word === "false" || word === "0" ? false : text;
  }
  return text;
}

function readModels(graph: XmlElement): Record<"node" | "edge", Map<string, AttributeModel>> {
  const models = {
    node: new Map<string, AttributeModel>(),
    edge: new Map<string, AttributeModel>(),
  };
  for (const block of childElements(graph, "attributes")) {
    const model = block.getAttribute("class") === "edge" ? models.edge : models.node;
    for (const attribute of childElements(block, "attribute")) {
      const id = attribute.getAttribute("id") ?? attribute.getAttribute("for");
      if (id === null) continue;
      const defaultValue = childElements(attribute, "default")[0]?.textContent ?? undefined;
      model.set(id, {
        title: attribute.getAttribute("title") ?? id,
        type: attribute.getAttribute("type") ?? "string",
        ...(defaultValue !== undefined ? { defaultValue } : {}),
      });
    }
  }
  return models;
}

/** The node or edge an attvalue or spell belongs to (GEXF hierarchies nest nodes in nodes). */
function ownerOf(element: XmlElement): XmlElement | null {
  let parent = element.parentElement;
  while (parent && parent.localName !== "node" && parent.localName !== "edge")
    parent = parent.parentElement;
  return parent;
}

const TIME_ATTRIBUTES = ["start", "startopen", "end", "endopen", "timestamp"] as const;

const isDated = (element: XmlElement): boolean =>
  TIME_ATTRIBUTES.some((name) => element.hasAttribute(name));

function boundsText(element: XmlElement): string {
  const timestamp = element.getAttribute("timestamp");
  if (timestamp !== null) return `[${timestamp}]`;
  const start = element.getAttribute("start") ?? element.getAttribute("startopen") ?? "-Infinity";
  const end = element.getAttribute("end") ?? element.getAttribute("endopen") ?? "Infinity";
  return `[${start}, ${end}]`;
}

interface GexfContext {
  models: Map<string, AttributeModel>;
  /** Titles of attributes whose value changes over time, for one warning per file. */
  changing: Set<string>;
}

/** The attvalues of one node or edge, typed, with defaults for the ones it leaves out. */
function readValues(element: XmlElement, context: GexfContext, bag: ValueBag): void {
  const dated = new Map<string, string[]>();
  for (const attvalue of descendantElements(element, "attvalue")) {
    if (ownerOf(attvalue) !== element) continue;
    const id = attvalue.getAttribute("for") ?? attvalue.getAttribute("id");
    if (id === null) continue;
    const model = context.models.get(id) ?? { title: id, type: "string" };
    const text = attvalue.getAttribute("value") ?? "";
    if (isDated(attvalue))
      dated.set(model.title, [
        ...(dated.get(model.title) ?? []),
        `${text} ${boundsText(attvalue)}`,
      ]);
    else bag.set(model.title, typedValue(model.type, text));
  }
  for (const [title, values] of dated) {
    // Values that change over time have no field of their own: keep them all, as text.
    bag.set(title, values.join("; "));
    context.changing.add(title);
  }
  for (const model of context.models.values())
    if (model.defaultValue !== undefined && !bag.has(model.title))
      bag.set(model.title, typedValue(model.type, model.defaultValue));
}

const spellsOf = (element: XmlElement): XmlElement[] =>
  descendantElements(element, "spell").filter((spell) => ownerOf(spell) === element);

/** The dates of an edge: start/end or timestamp, intervals or timestamps lists, and <spells>. */
function readTime(element: XmlElement): ForeignTime | undefined {
  const spans: DateBounds[] = [];
  const attribute = (name: string) => element.getAttribute(name);
  const dateOf = (text: string | null) => (text === null ? undefined : partialDateOf(text));
  const addSpan = (start: string | null, end: string | null) => {
    const startDate = dateOf(start);
    const endDate = dateOf(end);
    spans.push({
      ...(startDate !== undefined ? { start: startDate } : {}),
      ...(endDate !== undefined ? { end: endDate } : {}),
    });
  };
  const timestamp = attribute("timestamp");
  if (timestamp !== null) addSpan(timestamp, timestamp);
  const start = attribute("start") ?? attribute("startopen");
  const end = attribute("end") ?? attribute("endopen");
  if (start !== null || end !== null) addSpan(start, end);
  for (const [name, points] of [
    ["intervals", false],
    ["timestamps", true],
  ] as const) {
    const list = attribute(name);
    if (list !== null) spans.push(...(parseTimeSet(list, points) ?? []));
  }
  const spells = spellsOf(element).map((spell) => {
    const at = spell.getAttribute("timestamp");
    const from = at ?? spell.getAttribute("start") ?? spell.getAttribute("startopen");
    const to = at ?? spell.getAttribute("end") ?? spell.getAttribute("endopen");
    addSpan(from, to);
    return { ...(from !== null ? { start: from } : {}), ...(to !== null ? { end: to } : {}) };
  });
  if (spans.length === 0) return undefined;
  const cover = coverOf(spans);
  return {
    ...(cover.start !== undefined ? { start: cover.start } : {}),
    ...(cover.end !== undefined ? { end: cover.end } : {}),
    ...(spells.length > 0 ? { spells: formatTimeSet(spells) } : {}),
  };
}

/** Times that are no dates (numeric, or on a node: actors have no time) stay attributes. */
function keepTimesAsValues(element: XmlElement, bag: ValueBag): void {
  for (const name of [...TIME_ATTRIBUTES, "intervals", "timestamps"]) {
    const text = element.getAttribute(name);
    if (text === null) continue;
    const number = Number(text);
    bag.set(name, text.trim() !== "" && Number.isFinite(number) ? number : text);
  }
  const spells = spellsOf(element);
  if (spells.length > 0) bag.set("spells", `<${spells.map(boundsText).join("; ")}>`);
}

export interface GexfReadOptions {
  /**
   * Called as soon as the actors are read (a GEXF lists them before its ties), with the kind of
   * each actor the document will have, in order: enough to show them while the ties are read.
   */
  onActors?: (kinds: ActorKind[]) => void;
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
function parseActorsFirst(file: ImportFile, onActors: (kinds: ActorKind[]) => void): XmlTreeResult {
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
    const nodes = readNodes(graph, file, readModels(graph).node, new Set(), []);
    const kinds = actorKindsOf(nodes);
    if (kinds.length > 0) onActors(kinds);
  }
  parser.write(file.text.slice(cut));
  return parser.close();
}

function readNodes(
  graph: XmlElement,
  file: ImportFile,
  models: Map<string, AttributeModel>,
  changing: Set<string>,
  warnings: string[],
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
    keepTimesAsValues(element, values);
    nodes.push({ id, origin: `${file.name} node "${id}"`, values });
  });
  return nodes;
}

function readGexf(
  file: ImportFile,
  options: GexfReadOptions,
): ForeignGraph | Extract<ImportResult, { ok: false }> {
  const tree = options.onActors ? parseActorsFirst(file, options.onActors) : undefined;
  const opened = openGraphXml(file.name, file.text, "gexf", "GEXF", tree);
  if (!opened.ok) return opened;
  const { root, graph } = opened;

  const timeformat = (graph.getAttribute("timeformat") ?? "").toLowerCase();
  const defaultEdgeType = graph.getAttribute("defaultedgetype") ?? "undirected";
  const models = readModels(graph);
  const changing = new Set<string>();
  const looksDated = (element: XmlElement) =>
    [element, ...spellsOf(element)].some((timed) =>
      TIME_ATTRIBUTES.some((name) => /^\d{4}-\d\d/.test(timed.getAttribute(name) ?? "")),
    );
  const datedFor = (element: XmlElement) =>
    timeformat === "date" ||
    timeformat === "datetime" ||
    (timeformat === "" && looksDated(element));
  const warnings: string[] = [];
  const nodes = readNodes(graph, file, models.node, changing, warnings);

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
    readValues(element, { models: models.edge, changing }, values);
    const type = element.getAttribute("type") ?? defaultEdgeType;
    const dated = datedFor(element);
    const time = dated ? readTime(element) : undefined;
    // Numeric times, or dates nobody can read, stay as they were written.
    if (!time?.start && !time?.end) keepTimesAsValues(element, values);
    edges.push({
      ...(id !== undefined ? { id } : {}),
      source,
      target,
      directed: type === "directed",
      file: file.name,
      origin,
      values,
      ...(time ? { time } : {}),
    });
  });

  if (changing.size > 0)
    warnings.push(
      `${file.name}: the values of ${[...changing].map((t) => `"${t}"`).join(", ")} change over time; every dated value was kept as text`,
    );
  const meta = childElements(root, "meta")[0];
  const text = (name: string) =>
    (meta && childElements(meta, name)[0]?.textContent?.trim()) || undefined;
  const title = graph.getAttribute("name")?.trim() || text("title");
  const description = text("description");
  return {
    files: [file.name],
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    nodes,
    edges,
    warnings,
  };
}
