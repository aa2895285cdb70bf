// yEd's GraphML keeps what a reader sees in its graphics data (keys with `yfiles.type`
// "nodegraphics" and "edgegraphics"): a node's label (<y:NodeLabel> inside <y:ShapeNode>,
// <y:GenericNode>, <y:ImageNode>, <y:SVGNode>, a group's realizers…) and its box (<y:Geometry x y
// width height>, y pointing down as on screen), an edge's label (<y:EdgeLabel>). Read here as the
// actor's name and place and the tie's label. Described by yWorks' GraphML extension schema
// (ygraphml.xsd). Pure.
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

export interface YedNode {
  label?: string;
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
  return { ...(label !== undefined ? { label } : {}), ...(position ? { position } : {}) };
}

export function yedEdgeLabel(element: XmlElement, keys: ReadonlySet<string>): string | undefined {
  return firstLabel(graphicsOf(element, keys), "EdgeLabel");
}
