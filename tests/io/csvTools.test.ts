// Tables of ties and actors as other tools and people write them (tests/fixtures/foreign/): R
// igraph's as_data_frame saved by write.csv (from, to; name), Kumu's spreadsheet (From, To,
// Direction; Label), and the column names a table may use instead of Gephi's Source and Target.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { importFiles } from "../../src/io/importFiles";
import type { ImportFile, ImportResult } from "../../src/io/importResult";

const fixture = (name: string): ImportFile => ({
  name,
  text: readFileSync(`tests/fixtures/foreign/${name}`, "utf8"),
});

function opened(result: ImportResult): ImportResult & { ok: true } {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

const ends = (result: ImportResult & { ok: true }) =>
  result.document.ties.map((tie) => [tie.source, tie.target, tie.kind, tie.label]);

describe("tables from other tools", () => {
  it("R igraph's as_data_frame: from and to, and a vertices table keyed by name", () => {
    const result = opened(
      importFiles([fixture("igraph-vertices.csv"), fixture("igraph-edges.csv")]),
    );
    expect(result.warnings).toEqual([]);
    expect(ends(result)).toEqual([
      ["envoy", "broker", "call", "phoned"],
      ["broker", "minister", "meeting", "met"],
      ["minister", "envoy", "message", "letter"],
    ]);
    expect(result.document.actors).toEqual([
      {
        id: "envoy",
        name: "Envoy",
        kind: "person",
        affiliations: ["US"],
        attributes: { originalId: "Envoy" },
      },
      {
        id: "broker",
        name: "Broker",
        kind: "other",
        affiliations: ["Palestinian-American"],
        attributes: { kind: "businessman", originalId: "Broker" },
      },
      {
        id: "minister",
        name: "Minister",
        kind: "government",
        affiliations: ["Qatar"],
        attributes: { kind: "ministry", originalId: "Minister" },
      },
    ]);
  });

  it("R igraph's edges alone: every end becomes an actor", () => {
    const result = opened(importFiles([fixture("igraph-edges.csv")]));
    expect(result.document.actors.map((actor) => actor.name)).toEqual([
      "Envoy",
      "Broker",
      "Minister",
    ]);
  });

  it("Kumu: From and To, Direction in words, elements keyed by Label", () => {
    const result = opened(
      importFiles([fixture("kumu-elements.csv"), fixture("kumu-connections.csv")]),
    );
    expect(result.warnings).toEqual([]);
    expect(
      result.document.ties.map((tie) => [tie.source, tie.target, tie.kind, tie.directed]),
    ).toEqual([
      ["hamas-official", "bishara-bahbah", "message", undefined],
      ["bishara-bahbah", "steve-witkoff", "relay", undefined],
      ["steve-witkoff", "bishara-bahbah", "meeting", false],
    ]);
    expect(result.document.ties.every((tie) => tie.attributes === undefined)).toBe(true);
    expect(result.document.actors[0]).toEqual({
      id: "hamas-official",
      name: "Hamas official",
      kind: "armed-group",
      description: "Official outside Gaza, unnamed",
      attributes: { originalId: "Hamas official" },
    });
  });
});

describe("the columns a table of ties is read by", () => {
  const table = (header: string, row: string) =>
    importFiles([{ name: "ties.csv", text: `${header}\n${row}\n` }]);

  it.each([
    ["Source,Target,Kind", "A,B,call"],
    ["FROM,To,Kind", "A,B,call"],
    ["sender,receiver,kind", "A,B,call"],
    ["Vertex 1,Vertex 2,Kind", "A,B,call"],
  ])("%s", (header, row) => {
    expect(ends(opened(table(header, row)))).toEqual([["a", "b", "call", undefined]]);
  });

  it("takes the first pair it finds; another end word stays the tie's data", () => {
    // A journalist's table: who talked to whom, and the news source that says so.
    const result = opened(table("from,to,source", "A,B,Axios"));
    expect(ends(result)).toEqual([["a", "b", "other", undefined]]);
    expect(result.document.ties[0]?.attributes).toEqual({ source: "Axios" });
  });

  it("names a missing end by the file's own column", () => {
    const result = opened(importFiles([{ name: "ties.csv", text: "From,To\nA,B\nC,\n" }]));
    expect(result.warnings).toEqual(["ties.csv row 3: no To"]);
  });

  it("refuses a table with neither, listing what it reads", () => {
    const result = importFiles([{ name: "ties.csv", text: "Who,Whom\nA,B\n" }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toMatch(
      /its first row has no columns it reads\. .*Source and Target, From and To, Sender and Receiver, or Vertex 1 and Vertex 2 \(a table of ties\), or Id, Name or Label \(a table of actors\)$/,
    );
  });
});
