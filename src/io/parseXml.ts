// XML text → an element tree (saxes, in plain JavaScript: it runs in the import worker and in
// Node), and the parser's complaint turned into a problem that names the line.
import type { Problem } from "../schema/parseDocument";
import { parseXmlTree, type XmlElement, type XmlTreeResult } from "./xmlTree";

export type { XmlElement } from "./xmlTree";

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; problems: Problem[] };

/** The text's tree, or the problem; `parsed` is a tree already read from the text. */
export function parseXml(fileName: string, text: string, parsed = parseXmlTree(text)): XmlResult {
  if (parsed.ok) return parsed;
  const clean = parsed.message.replace(/\.$/, "") || "the file is not well-formed";
  return {
    ok: false,
    problems: [
      {
        path: parsed.line === undefined ? fileName : `${fileName} line ${parsed.line}`,
        message: `not valid XML: ${clean}`,
      },
    ],
  };
}

/** The element children of a node with this local name (any namespace, or none). */
export function childElements(parent: XmlElement, localName: string): XmlElement[] {
  return parent.children.filter((child) => child.localName === localName);
}

/** Every element below a node with this local name, in document order. */
export function descendantElements(parent: XmlElement, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  const stack = parent.children.slice().reverse();
  for (let element = stack.pop(); element; element = stack.pop()) {
    if (element.localName === localName) found.push(element);
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
  return found;
}

/**
 * An edge element's id, its place for messages ("edges.gexf edge \"e3\"", or its position when it
 * has no id) and its two ends; undefined, with a warning, when an end is missing.
 */
export function readEdgeEnds(
  element: XmlElement,
  index: number,
  fileName: string,
  warnings: string[],
): { id: string | undefined; origin: string; source: string; target: string } | undefined {
  const id = element.getAttribute("id") ?? undefined;
  const origin = `${fileName} edge ${id === undefined ? String(index + 1) : `"${id}"`}`;
  const source = element.getAttribute("source");
  const target = element.getAttribute("target");
  if (source === null || target === null) {
    warnings.push(`${origin}: no ${source === null ? "source" : "target"}; skipped`);
    return undefined;
  }
  return { id, origin, source, target };
}

/** A network file's root (`<gexf>`, `<graphml>`) and its first `<graph>`, or the problem why not. */
export function openGraphXml(
  fileName: string,
  text: string,
  rootName: string,
  formatName: string,
  tree?: XmlTreeResult,
): { ok: true; root: XmlElement; graph: XmlElement } | { ok: false; problems: Problem[] } {
  const parsed = parseXml(fileName, text, tree);
  if (!parsed.ok) return parsed;
  const root = parsed.root;
  if (root.localName !== rootName)
    return {
      ok: false,
      problems: [
        {
          path: fileName,
          message: `is not ${formatName}: the file starts with <${root.localName}>`,
        },
      ],
    };
  const graph = childElements(root, "graph")[0];
  if (!graph)
    return { ok: false, problems: [{ path: fileName, message: "has no <graph> element" }] };
  return { ok: true, root, graph };
}
