// yEd's GraphML keeps what a reader sees in its graphics data (keys with `yfiles.type`
// "nodegraphics" and "edgegraphics"): a node's label (<y:NodeLabel> inside <y:ShapeNode>,
// <y:GenericNode>, <y:ImageNode>, <y:SVGNode>, a group's realizers…) and its box (<y:Geometry x y
// width height>, y pointing down as on screen) and fill (<y:Fill color>), an edge's label
// (<y:EdgeLabel>), line colour (<y:LineStyle color>) and arrowheads (<y:Arrows source target>,
// "none" for none). Read here as the actor's name, place and colour and the tie's label, colour
// and direction. Described by yWorks' GraphML extension schema (ygraphml.xsd). Pure.
import { childElements, descendantElements, type XmlElement } from "./parseXml";

/** The ids of the file's graphics keys. */
export function yedGraphicsKeys(root: XmlElement): Set<string> {
  const ids = new Set<string>();
  for (const key of childElements(root, "key")) {
    const type = key.getAttribute("yfiles.type");
    const id = key.getAttribute("id");
    if (id !== null && (type === "nodegraphics" || type === "edgegraphics")) ids.add(id);
  }
  return ids;
}

/** The element's own graphics data (not a nested node's). */
function graphicsOf(element: XmlElement, keys: ReadonlySet<string>): XmlElement[] {
  return childElements(element, "data").filter((data) => keys.has(data.getAttribute("key") ?? ""));
}

/** The first label with text, its lines joined by spaces (yEd wraps long names). */
function firstLabel(graphics: readonly XmlElement[], labelName: string): string | undefined {
  for (const data of graphics)
    for (const label of descendantElements(data, labelName)) {
      const text = label.ownText.replace(/\s+/g, " ").trim();
      if (text !== "") return text;
    }
  return undefined;
}

const numberAt = (element: XmlElement, name: string): number => {
  const text = element.getAttribute(name)?.trim() ?? "";
  return text === "" ? NaN : Number(text);
};

/** The colour of the first such element in the graphics, as written ("#FFCC00"). */
function firstColour(graphics: readonly XmlElement[], name: string): string | undefined {
  const element = graphics.flatMap((data) => descendantElements(data, name))[0];
  if (!element || element.getAttribute("transparent") === "true") return undefined;
  return element.getAttribute("color")?.trim() || undefined;
}

export interface YedNode {
  label?: string;
  /** The fill colour of the node's shape. */
  colour?: string;
  /** The centre of the node's box. */
  position?: { x: number; y: number };
}

export function yedNode(element: XmlElement, keys: ReadonlySet<string>): YedNode {
  const graphics = graphicsOf(element, keys);
  if (graphics.length === 0) return {};
  const label = firstLabel(graphics, "NodeLabel");
  const geometry = graphics.flatMap((data) => descendantElements(data, "Geometry"))[0];
  let position: YedNode["position"];
  if (geometry) {
    const [x, y] = [numberAt(geometry, "x"), numberAt(geometry, "y")];
    const width = numberAt(geometry, "width");
    const height = numberAt(geometry, "height");
    const [cx, cy] = [
      x + (Number.isFinite(width) ? width / 2 : 0),
      y + (Number.isFinite(height) ? height / 2 : 0),
    ];
    if (Number.isFinite(cx) && Number.isFinite(cy)) position = { x: cx, y: cy };
  }
  const colour = firstColour(graphics, "Fill");
  return {
    ...(label !== undefined ? { label } : {}),
    ...(colour !== undefined ? { colour } : {}),
    ...(position ? { position } : {}),
  };
}

export interface YedEdge {
  label?: string;
  /** The line's colour. */
  colour?: string;
  /** Which ends yEd draws an arrowhead at, when the edge says. */
  arrows?: { source: boolean; target: boolean };
}

export function yedEdge(element: XmlElement, keys: ReadonlySet<string>): YedEdge {
  const graphics = graphicsOf(element, keys);
  if (graphics.length === 0) return {};
  const label = firstLabel(graphics, "EdgeLabel");
  const colour = firstColour(graphics, "LineStyle");
  const arrowsElement = graphics.flatMap((data) => descendantElements(data, "Arrows"))[0];
  const drawn = (end: string) => {
    const shape = arrowsElement?.getAttribute(end)?.trim() ?? "none";
    return shape !== "" && shape !== "none";
  };
  return {
    ...(label !== undefined ? { label } : {}),
    ...(colour !== undefined ? { colour } : {}),
    ...(arrowsElement ? { arrows: { source: drawn("source"), target: drawn("target") } } : {}),
  };
}
