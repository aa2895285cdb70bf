// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { exportGraphml } from "../../src/io/exportGraphml";
import { importGraphml } from "../../src/io/importGraphml";
import { importFiles } from "../../src/io/importFiles";
import type { ImportResult } from "../../src/io/importResult";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { chainWithParallels, seedJson } from "../fixtures/documents";
import { validDocument } from "./arbitraries";
import { afterExchange } from "./exchange";

function opened(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

function reopen(document: NetworkDocument) {
  const file = exportGraphml(document);
  return opened(importFiles([{ name: file.fileName, text: file.text }]));
}

const sourceIdOf = (document: NetworkDocument) => `import-${exportGraphml(document).fileName}`;

describe("GraphML export", () => {
  it("re-opens the seed with every actor, tie, time and field, and the title", () => {
    const seed = seedJson();
    const { document, warnings } = reopen(seed);
    expect(warnings).toEqual([]);
    expect([document.title, document.description, document.asOf]).toEqual([
      seed.title,
      seed.description,
      seed.asOf,
    ]);
    expect({ actors: document.actors, ties: document.ties }).toEqual(
      afterExchange(seed, sourceIdOf(seed), "xml"),
    );
  });

  it("re-opens generated documents with every actor, tie, time and attribute", () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        const { document: back } = reopen(document);
        expect(back.title).toBe(document.title);
        expect({ actors: back.actors, ties: back.ties }).toEqual(
          afterExchange(document, sourceIdOf(document), "xml"),
        );
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it("declares typed keys by attr.name and marks undirected ties per edge", () => {
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
        "node:label:string",
        "node:kind:string",
        "edge:kind:string",
        "edge:time start:string",
        "edge:weight:double",
        "edge:secret:boolean",
      ]),
    );
    const edges = Array.from(xml.getElementsByTagName("edge"));
    // t1 made undirected here; t4 is undirected in the fixture.
    expect(edges.map((e) => e.getAttribute("directed"))).toEqual(["false", null, null, "false"]);
    const back = reopen(withExtras).document.ties[0];
    expect(back?.directed).toBe(false);
    expect(back?.attributes).toEqual({ weight: 2, secret: false, sources: "report" });
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
