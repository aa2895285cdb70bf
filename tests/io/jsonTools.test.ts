// JSON written by JavaScript tools after a layout (tests/fixtures/foreign/make_js_fixtures.ts):
// d3-force leaves x and y on its nodes (SVG's axes, y down); sigma.js reads graphology nodes'
// x and y with the y axis pointing up.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { importFiles } from "../../src/io/importFiles";
import type { ImportResult } from "../../src/io/importResult";

const FOREIGN = "tests/fixtures/foreign";

function open(name: string): ImportResult & { ok: true } {
  const result = importFiles([{ name, text: readFileSync(`${FOREIGN}/${name}`, "utf8") }]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

describe("JSON after a layout", () => {
  it("d3-force's node-link JSON: x and y as they are, velocities and indices dropped", () => {
    const { document, warnings } = open("d3-force-simulated.json");
    expect(warnings).toEqual([]);
    const saved = JSON.parse(readFileSync(`${FOREIGN}/d3-force-simulated.json`, "utf8")) as {
      nodes: { id: string; x: number; y: number }[];
    };
    // The ids become slugs: "Envoy" → "envoy".
    expect(document.layout).toEqual({
      positions: Object.fromEntries(
        saved.nodes.map(({ id, x, y }) => [id.toLowerCase(), { x, y }]),
      ),
    });
    expect(document.actors[0]?.attributes).toEqual({ group: 0, originalId: "Envoy" });
  });

  it("graphology's export drawn by sigma.js: y turned over, size and colour kept", () => {
    const { document, warnings } = open("graphology-sigma.json");
    expect(warnings).toEqual([]);
    expect(document.layout).toEqual({
      positions: {
        ministry: { x: -120.5, y: -33.2 },
        jane: { x: 50, y: 80 },
        harbour: { x: 210.75, y: -140.5 },
      },
    });
    expect(document.actors[0]).toEqual({
      id: "ministry",
      name: "Ministry of Finance",
      kind: "other",
      attributes: { size: 10, color: "#994499" },
    });
  });

  it("places the nodes that have x and y and lets the app place the others", () => {
    const graph = JSON.parse(readFileSync(`${FOREIGN}/graphology-sigma.json`, "utf8")) as {
      nodes: { attributes: Record<string, unknown> }[];
    };
    const jane = graph.nodes[1];
    if (!jane) throw new Error("fixture has three nodes");
    delete jane.attributes.x;
    delete jane.attributes.y;
    const result = importFiles([{ name: "partial.json", text: JSON.stringify(graph) }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.document.layout).toEqual({
      positions: { ministry: { x: -120.5, y: -33.2 }, harbour: { x: 210.75, y: -140.5 } },
    });
    expect(result.warnings).toEqual([
      "partial.json: 2 of 3 actors have a position in the file; Backchannel placed the others among them",
    ]);
  });
});

describe("Cytoscape's JSON", () => {
  it("a .cyjs export: names, places (screen axes), the network's name, tie types as kinds", () => {
    const { document, warnings } = open("cytoscape-3.10.cyjs");
    expect(warnings).toEqual([]);
    expect(document.title).toBe("Contacts in the talks");
    expect(document.actors.map((actor) => [actor.id, actor.name])).toEqual([
      ["104", "Bishara Bahbah"],
      ["106", "Steve Witkoff"],
      ["108", "Hamas official"],
    ]);
    expect(document.layout).toEqual({
      positions: {
        "104": { x: -120.5, y: 40 },
        "106": { x: 80.25, y: -60 },
        "108": { x: -200, y: 150 },
      },
    });
    // "message" is a message; "relayed" is the vocabulary's relay, the file's word kept
    expect(document.ties.map((tie) => [tie.id, tie.source, tie.target, tie.kind])).toEqual([
      ["110", "108", "104", "message"],
      ["112", "104", "106", "relay"],
    ]);
    // Cytoscape's own bookkeeping is kept, as the file's data
    expect(document.actors[0]?.attributes).toMatchObject({
      SUID: 104,
      shared_name: "Bishara Bahbah",
    });
  });

  it("a Cytoscape.js element list: nodes and edges told apart by group or by their ends", () => {
    const elements = [
      { group: "nodes", data: { id: "a", name: "Alice" } },
      { data: { id: "b", name: "Bob" }, position: { x: 1, y: 2 } },
      { data: { id: "e", source: "a", target: "b" } },
      { group: "edges", data: { id: "f", source: "b", target: "a", interaction: "called" } },
    ];
    const result = importFiles([{ name: "cy.json", text: JSON.stringify({ elements }) }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.actors.map((actor) => actor.name)).toEqual(["Alice", "Bob"]);
    expect(result.document.ties.map((tie) => [tie.source, tie.target, tie.kind])).toEqual([
      ["a", "b", "other"],
      ["b", "a", "call"],
    ]);
    expect(result.document.layout?.positions).toEqual({ b: { x: 1, y: 2 } });
  });
});
