// GraphML written by other tools (tests/fixtures/foreign/): yEd keeps names, places and tie labels
// in its graphics, Gephi writes its coordinates as x and y data (y pointing up) and its tie labels
// as "Edge Label".
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { importFiles } from "../../src/io/importFiles";
import type { ImportResult } from "../../src/io/importResult";

function open(name: string): ImportResult & { ok: true } {
  const text = readFileSync(`tests/fixtures/foreign/${name}`, "utf8");
  const result = importFiles([{ name, text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

describe("yEd 3.23's GraphML", () => {
  it("names each actor by its label, one line, and keeps no empty description", () => {
    const { document, warnings } = open("yed-3.23.graphml");
    expect(warnings).toEqual([]);
    // Each shape's <y:Fill color> is kept as the actor's colour.
    expect(document.actors).toEqual([
      { id: "n0", name: "Alice", kind: "other", role: "envoy", attributes: { color: "#FFCC00" } },
      {
        id: "n1",
        name: "Bob Smith",
        kind: "other",
        description: "Businessman who carried the messages",
        attributes: { color: "#FFCC00" },
      },
      {
        id: "n2",
        name: "Ministry",
        kind: "other",
        attributes: { url: "https://example.org/ministry", color: "#E8EEF7" },
      },
      // An image without a label keeps its id as its name.
      { id: "n3", name: "n3", kind: "other", attributes: { color: "#CCCCFF" } },
    ]);
  });

  it("places each actor at the centre of its box, as yEd draws it (y down)", () => {
    const { document } = open("yed-3.23.graphml");
    // x + width / 2, y + height / 2: (100 + 15, 50 + 15), (300 + 40, 80 + 20), (160 + 60,
    // 240 + 20), (−20 + 24, 180 + 24).
    expect(document.layout).toEqual({
      positions: {
        n0: { x: 115, y: 65 },
        n1: { x: 340, y: 100 },
        n2: { x: 220, y: 260 },
        n3: { x: 4, y: 204 },
      },
    });
  });

  it("reads each tie's label as its kind and own word", () => {
    const { document } = open("yed-3.23.graphml");
    expect(document.ties.map((tie) => [tie.id, tie.kind, tie.label, tie.summary])).toEqual([
      ["e0", "call", "called", undefined],
      ["e1", "other", undefined, "Passed the proposal on"],
      ["e2", "meeting", "Réunion", undefined],
    ]);
  });

  it("lets a name or label key win over the drawn label, which is kept beside it", () => {
    const text = readFileSync("tests/fixtures/foreign/yed-3.23.graphml", "utf8")
      .replace(
        '<key attr.name="url"',
        '<key attr.name="name" attr.type="string" for="node" id="d99"/>\n  <key attr.name="url"',
      )
      .replace('<node id="n0">', '<node id="n0">\n      <data key="d99">Alice Jones</data>')
      .replace('<node id="n2">', '<node id="n2">\n      <data key="d99">Ministry</data>');
    const result = importFiles([{ name: "named.graphml", text }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [alice, , ministry] = result.document.actors;
    expect([alice?.name, alice?.attributes]).toEqual([
      "Alice Jones",
      { "yEd label": "Alice", color: "#FFCC00" },
    ]);
    expect([ministry?.name, ministry?.attributes]).toEqual([
      "Ministry",
      { url: "https://example.org/ministry", color: "#E8EEF7" },
    ]);
  });
});

describe("Gephi 0.10's GraphML export", () => {
  it("keeps the arrangement from x and y, turned the right way up, and the tie labels", () => {
    const { document, warnings } = open("gephi-0.10-export.graphml");
    expect(warnings).toEqual([]);
    expect(document.layout).toEqual({
      positions: {
        "0": { x: -120.5, y: -33.2 },
        "1": { x: 50, y: 80 },
        "2": { x: 210.75, y: -140.5 },
      },
    });
    expect(document.ties.map((tie) => [tie.kind, tie.label, tie.attributes])).toEqual([
      ["other", "paid", { weight: 3 }],
      ["meeting", "met", { weight: 1 }],
    ]);
    // Colours and sizes stay the actors' attributes; x and y are the position only.
    expect(document.actors[1]).toEqual({
      id: "1",
      name: "Jane Roe",
      kind: "person",
      attributes: { "Modularity Class": 1, size: 10, r: 0, g: 153, b: 0 },
    });
  });

  it("keeps x and y as attributes when they are not numbers on every node that has them", () => {
    const text = readFileSync("tests/fixtures/foreign/gephi-0.10-export.graphml", "utf8").replace(
      '<data key="x">50.0</data>',
      '<data key="x">left</data>',
    );
    const result = importFiles([{ name: "x-words.graphml", text }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.document.layout).toBeUndefined();
    expect(result.document.actors[1]?.attributes).toMatchObject({ x: "left", y: -80 });
  });
});
