// XML text → DOM Document with the browser's DOMParser, and the parser's complaint turned into a
// problem that names the line (Chrome, Firefox and jsdom each word it their own way).
import type { Problem } from "../schema/parseDocument";

export type XmlResult = { ok: true; document: Document } | { ok: false; problems: Problem[] };

/** "error on line 5 at column 10: …" (Chrome), "Line Number 5, Column 10" (Firefox), "5:10: …" (jsdom). */
function describeParserError(text: string): { line?: number; message: string } {
  const chrome = /error on line (\d+) at column \d+:\s*([^\n]*)/i.exec(text);
  if (chrome?.[1]) return { line: Number(chrome[1]), message: chrome[2]?.trim() ?? "" };
  const firefox = /Line Number (\d+)/i.exec(text);
  if (firefox?.[1]) {
    const first = text.split("\n")[0] ?? "";
    return { line: Number(firefox[1]), message: first.replace(/^XML Parsing Error:\s*/i, "") };
  }
  const jsdom = /^\s*(\d+):\d+:\s*([^\n]*)/.exec(text);
  if (jsdom?.[1]) return { line: Number(jsdom[1]), message: jsdom[2]?.trim() ?? "" };
  return { message: text.trim().split("\n")[0] ?? "" };
}

export function parseXml(fileName: string, text: string): XmlResult {
  if (typeof DOMParser === "undefined")
    return {
      ok: false,
      problems: [{ path: fileName, message: "XML files can only be opened in a browser" }],
    };
  const document = new DOMParser().parseFromString(text.replace(/^\uFEFF/, ""), "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (!error) return { ok: true, document };
  const { line, message } = describeParserError(error.textContent ?? "");
  const clean = message.replace(/\.$/, "") || "the file is not well-formed";
  return {
    ok: false,
    problems: [
      {
        path: line === undefined ? fileName : `${fileName} line ${line}`,
        message: `not valid XML: ${clean}`,
      },
    ],
  };
}

/** The element children of a node with this local name (any namespace, or none). */
export function childElements(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((child) => child.localName === localName);
}

/** Every element below a node with this local name, in document order. */
export function descendantElements(parent: Element | Document, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS("*", localName));
}

/**
 * An edge element's id, its place for messages ("edges.gexf edge \"e3\"", or its position when it
 * has no id) and its two ends; undefined, with a warning, when an end is missing.
 */
export function readEdgeEnds(
  element: Element,
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
): { ok: true; root: Element; graph: Element } | { ok: false; problems: Problem[] } {
  const parsed = parseXml(fileName, text);
  if (!parsed.ok) return parsed;
  const root = parsed.document.documentElement;
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
