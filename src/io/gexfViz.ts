// What a GEXF node or edge carries besides its values: its viz:color, viz:size, viz:thickness and
// viz:shape (Gephi's appearance, GEXF 1.1–1.3) and its parent in a hierarchy (a node nested in
// another's <nodes>, or GEXF's pid / parent attribute). The document has no field for them, so
// they are kept as attributes ("color", "size", "thickness", "shape", "parent"), never under a
// name a value of the file already has. viz:position is read apart (importGexf).
import type { ValueBag } from "./foreignGraph";
import { childElements, type XmlElement } from "./parseXml";

const hex2 = (value: number) => Math.round(value).toString(16).padStart(2, "0");

/** A viz:color as CSS hex: `#rrggbb`, with a fourth byte when it is not opaque (`#rrggbb80`). */
function colourOf(element: XmlElement): string | undefined {
  const hex = element.getAttribute("hex")?.trim();
  const alphaText = element.getAttribute("a")?.trim();
  const alpha = alphaText ? Number(alphaText) : 1;
  const alphaByte = Number.isFinite(alpha) && alpha >= 0 && alpha < 1 ? hex2(alpha * 255) : "";
  if (hex && /^#?[0-9a-f]{6}$/i.test(hex))
    return `#${hex.replace(/^#/, "").toLowerCase()}${alphaByte}`;
  const channels = ["r", "g", "b"].map((name) => Number(element.getAttribute(name)?.trim() || NaN));
  if (!channels.every((c) => Number.isInteger(c) && c >= 0 && c <= 255)) return undefined;
  return `#${channels.map(hex2).join("")}${alphaByte}`;
}

function numberOf(element: XmlElement | undefined): number | undefined {
  const text = element?.getAttribute("value")?.trim();
  const value = text ? Number(text) : NaN;
  return Number.isFinite(value) ? value : undefined;
}

function keep(values: ValueBag, name: string, value: string | number | undefined): void {
  if (value !== undefined && !values.has(name)) values.set(name, value);
}

/** The element's viz:color, viz:size (nodes), viz:thickness (edges) and viz:shape, as values. */
export function readVizValues(element: XmlElement, values: ValueBag): void {
  const colour = childElements(element, "color")[0];
  keep(values, "color", colour ? colourOf(colour) : undefined);
  keep(values, "size", numberOf(childElements(element, "size")[0]));
  keep(values, "thickness", numberOf(childElements(element, "thickness")[0]));
  keep(
    values,
    "shape",
    childElements(element, "shape")[0]?.getAttribute("value")?.trim() || undefined,
  );
}

/** The id of the node this one sits in: its pid / parent attribute, or the node it is nested in. */
export function readParent(element: XmlElement, values: ValueBag): void {
  const stated = element.getAttribute("pid") ?? element.getAttribute("parent");
  const list = element.parentElement;
  const outer = list?.localName === "nodes" ? list.parentElement : null;
  const nested = outer?.localName === "node" ? outer.getAttribute("id") : null;
  keep(values, "parent", stated?.trim() || nested || undefined);
}
