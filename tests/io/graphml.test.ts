// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { exportGraphml } from "../../src/io/exportGraphml";
import { importGraphml } from "../../src/io/importGraphml";
import { importFiles } from "../../src/io/importFiles";
import type { ImportResult } from "../../src/io/importResult";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { chainWithParallels } from "../fixtures/documents";

function opened(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

function reopen(document: NetworkDocument) {
  const file = exportGraphml(document);
  return opened(importFiles([{ name: file.fileName, text: file.text }]));
}

describe("GraphML export", () => {
  it("declares typed keys by attr.name; one edge default, each tie's direction in its data", () => {
    const document = chainWithParallels();
    const [first, ...rest] = document.ties;
    if (!first) throw new Error("fixture has ties");
    const withExtras: NetworkDocument = {
      ...document,
      ties: [{ ...first, directed: false, attributes: { weight: 2, secret: false } }, ...rest],
    };
    const xml = new DOMParser().parseFromString(exportGraphml(withExtras).text, "application/xml");
    expect(xml.documentElement.namespaceURI).toBe("http://graphml.graphdrawing.org/xmlns");
    expect(xml.getElementsByTagName("graph")[0]?.getAttribute("edgedefault")).toBe("directed");
    const keys = Array.from(xml.getElementsByTagName("key")).map(
      (key) =>
        `${key.getAttribute("for")}:${key.getAttribute("attr.name")}:${key.getAttribute("attr.type")}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        "graph:title:string",
        "graph:bc:document:string",
        "edge:directed:boolean",
        "node:label:string",
        "node:kind:string",
        "edge:kind:string",
        "edge:time start:string",
        "edge:weight:double",
        "edge:secret:boolean",
      ]),
    );
    const edges = Array.from(xml.getElementsByTagName("edge"));
    // NetworkX refuses directed="false" edges in a directed graph: the direction is data.
    expect(edges.map((e) => e.getAttribute("directed"))).toEqual([null, null, null, null]);
    const back = reopen(withExtras).document;
    expect(back.ties.map((tie) => tie.directed)).toEqual([false, undefined, undefined, false]);
    expect(back).toEqual(withExtras);
  });

  it('reads yEd-style files: graphics keys skipped, defaults and for="all" keys applied', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" yfiles.type="nodegraphics"/>
  <key id="d1" for="node" attr.name="name" attr.type="string"/>
  <key id="d2" for="all" attr.name="note" attr.type="string"><default>none</default></key>
  <key id="d3" for="edge" attr.name="weight" attr.type="int"/>
  <graph id="G" edgedefault="undirected">
    <node id="n0"><data key="d0"><y:ShapeNode><y:NodeLabel>Alpha</y:NodeLabel></y:ShapeNode></data><data key="d1">Alpha</data></node>
    <node id="n1"><data key="d1">Bravo</data><data key="d2">met twice</data></node>
    <edge id="e0" source="n0" target="n1"><data key="d3">3</data></edge>
    <edge id="e1" source="n1" target="n0" directed="true"/>
    <hyperedge><endpoint node="n0"/><endpoint node="n1"/></hyperedge>
  </graph>
</graphml>`;
    const result = importGraphml({ name: "yed.graphml", text });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.document.actors).toEqual([
      { id: "n0", name: "Alpha", kind: "other", attributes: { note: "none" } },
      { id: "n1", name: "Bravo", kind: "other", attributes: { note: "met twice" } },
    ]);
    expect(result.document.ties.map((t) => [t.id, t.directed, t.attributes])).toEqual([
      ["e0", false, { weight: 3, note: "none" }],
      ["e1", undefined, { note: "none" }],
    ]);
    expect(result.warnings).toEqual([
      "yed.graphml: 1 hyperedge(s) skipped; Backchannel ties join two actors",
    ]);
  });

  it("names the line of malformed XML", () => {
    const text =
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph>\n<node id="a">\n</graph>';
    const result = importGraphml({ name: "bad.graphml", text });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe("bad.graphml line 4");
  });
});
