// A GEXF node's or edge's values: the attribute declarations (<attributes> with their titles,
// types and defaults) and each element's <attvalues>, typed as declared. Values that change over
// time have no field of their own and are kept as text.
import type { ForeignValue, ValueBag } from "./foreignGraph";
import { childElements, descendantElements, type XmlElement } from "./parseXml";

export interface AttributeModel {
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
export function typedValue(type: string, text: string): ForeignValue {
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

export function readModels(
  graph: XmlElement,
): Record<"node" | "edge", Map<string, AttributeModel>> {
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
export function ownerOf(element: XmlElement): XmlElement | null {
  let parent = element.parentElement;
  while (parent && parent.localName !== "node" && parent.localName !== "edge")
    parent = parent.parentElement;
  return parent;
}

/** The attributes GEXF dates an element, an attvalue or a spell with (1.1–1.3). */
export const TIME_ATTRIBUTES = ["start", "startopen", "end", "endopen", "timestamp"] as const;

const isDated = (element: XmlElement): boolean =>
  TIME_ATTRIBUTES.some((name) => element.hasAttribute(name));

/** An element's time as GEXF writes a span: `[start, end]` or `[timestamp]`, open as ±Infinity. */
export function boundsText(element: XmlElement): string {
  const timestamp = element.getAttribute("timestamp");
  if (timestamp !== null) return `[${timestamp}]`;
  const start = element.getAttribute("start") ?? element.getAttribute("startopen") ?? "-Infinity";
  const end = element.getAttribute("end") ?? element.getAttribute("endopen") ?? "Infinity";
  return `[${start}, ${end}]`;
}

export interface GexfContext {
  models: Map<string, AttributeModel>;
  /** Titles of attributes whose value changes over time, for one warning per file. */
  changing: Set<string>;
}

/** The attvalues of one node or edge, typed, with defaults for the ones it leaves out. */
export function readValues(element: XmlElement, context: GexfContext, bag: ValueBag): void {
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
