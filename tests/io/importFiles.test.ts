import { describe, expect, it } from "vitest";
import { importFiles } from "../../src/io/importFiles";
import type { ImportFile, ImportResult } from "../../src/io/importResult";
import { buildGraph } from "../../src/model/actorGraph";
import { chainWithParallels, seedJson } from "../fixtures/documents";

function opened(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

const json = (name: string, data: unknown): ImportFile => ({ name, text: JSON.stringify(data) });

describe("importFiles", () => {
  it("opens a Backchannel document as it is", () => {
    const seed = seedJson();
    expect(importFiles([json("seed.json", seed)])).toEqual({
      ok: true,
      document: seed,
      warnings: [],
    });
  });

  it("gives the schema's problems for a broken Backchannel document", () => {
    const broken = { ...chainWithParallels(), format: "backchannel/9" };
    const result = importFiles([json("old.json", broken)]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toEqual({
      path: "format",
      message: 'must be "backchannel/1", got the text "backchannel/9"',
    });
  });

  it("fails on an unknown format with a message naming the file", () => {
    const result = importFiles([{ name: "minutes.docx", text: "PK\u0003\u0004 binary" }]);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "minutes.docx",
          message: expect.stringContaining('cannot open "minutes.docx"') as unknown,
        },
      ],
    });
  });

  it("opens one network file at a time, or CSV tables together", () => {
    const seed = json("seed.json", seedJson());
    const result = importFiles([seed, seed]);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "seed.json, seed.json",
          message:
            "open one network file at a time, or CSV tables only (a table of actors and a table of ties)",
        },
      ],
    });
    expect(importFiles([]).ok).toBe(false);
  });
});

describe("graphology JSON", () => {
  it("rebuilds a graph exported from Backchannel's own model exactly", () => {
    const seed = seedJson();
    const exported = buildGraph(seed).export();
    expect(importFiles([json("graph.json", exported)])).toEqual({
      ok: true,
      document: seed,
      warnings: [],
    });
  });

  it("passes a rebuilt graph through the schema's gate", () => {
    const exported = buildGraph(chainWithParallels()).export();
    const [first, ...rest] = exported.edges;
    const broken = { ...exported, edges: [{ ...first, target: "nobody" }, ...rest] };
    const result = importFiles([json("graph.json", broken)]);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(["ties[0].target"]);
  });

  it("maps any other graphology graph: keys to slugs, kinds, direction, summary", () => {
    const graph = {
      options: { type: "undirected", multi: true, allowSelfLoops: true },
      attributes: { name: "Talks", description: "Who met whom" },
      nodes: [
        { key: "Alice Smith", attributes: { label: "Alice", kind: "organization", x: 1.5 } },
        { key: "bob", attributes: { name: "Bob", aliases: ["B", "Bobby"], kind: "Person" } },
        { key: "alice-smith", attributes: { label: "Another Alice" } },
      ],
      edges: [
        {
          key: "e 1",
          source: "Alice Smith",
          target: "bob",
          attributes: { kind: "Envoy of", description: "They met", date: "2025-04" },
        },
        { source: "bob", target: "bob", attributes: {} },
        {
          source: "bob",
          target: "alice-smith",
          attributes: { label: "phone call", status: "Denied" },
        },
      ],
    };
    const result = opened(importFiles([json("talks.json", graph)]));
    const { document } = result;
    expect(document.title).toBe("Talks");
    expect(document.description).toBe("Who met whom");
    expect(document.actors).toEqual([
      {
        id: "alice-smith-2",
        name: "Alice",
        kind: "organisation",
        attributes: { x: 1.5, originalId: "Alice Smith" },
      },
      { id: "bob", name: "Bob", aliases: ["B", "Bobby"], kind: "person" },
      { id: "alice-smith", name: "Another Alice", kind: "other" },
    ]);
    expect(document.ties).toEqual([
      {
        id: "e-1",
        source: "alice-smith-2",
        target: "bob",
        kind: "envoy-of",
        directed: false,
        time: { start: "2025-04" },
        summary: "They met",
        evidence: [
          {
            source: "import-talks.json",
            attribution: "imported from talks.json; no attribution in the file",
          },
        ],
        attributes: { originalId: "e 1" },
      },
      // A tie from an actor to itself is kept (graphology allows self-loops; so does the app).
      {
        id: "tie-2",
        source: "bob",
        target: "bob",
        kind: "other",
        directed: false,
        evidence: [
          {
            source: "import-talks.json",
            attribution: "imported from talks.json; no attribution in the file",
          },
        ],
      },
      {
        id: "tie-3",
        source: "bob",
        target: "alice-smith",
        kind: "call",
        label: "phone call",
        directed: false,
        status: "denied",
        evidence: [
          {
            source: "import-talks.json",
            attribution: "imported from talks.json; no attribution in the file",
          },
        ],
      },
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe("node-link JSON", () => {
  it("reads d3's numeric indices and the node objects d3-force leaves in links", () => {
    const d3 = {
      nodes: [
        { name: "A", group: 1, index: 0, x: 3, y: 4, vx: 0.1, vy: 0.2 },
        { name: "B", group: 2, index: 1 },
        { name: "C", group: 2, index: 2 },
      ],
      links: [
        { source: 0, target: 1, value: 5 },
        { source: { name: "B", index: 1 }, target: { name: "C", index: 2 }, value: 1 },
        { source: 2 },
      ],
    };
    const result = opened(importFiles([json("miserables.json", d3)]));
    expect(result.document.actors).toEqual([
      { id: "0", name: "A", kind: "other", attributes: { group: 1 } },
      { id: "1", name: "B", kind: "other", attributes: { group: 2 } },
      { id: "2", name: "C", kind: "other", attributes: { group: 2 } },
    ]);
    expect(result.document.ties.map((t) => [t.source, t.target, t.attributes])).toEqual([
      ["0", "1", { value: 5 }],
      ["1", "2", { value: 1 }],
    ]);
    // Where d3-force left A is its place (B and C are placed by the app).
    expect(result.document.layout).toEqual({ positions: { "0": { x: 3, y: 4 } } });
    expect(result.warnings).toEqual([
      "miserables.json links[2]: no target; skipped",
      "miserables.json: 1 of 3 actors have a position in the file; Backchannel placed the others among them",
    ]);
  });

  it("reads numeric node ids as ids (NetworkX integer nodes), not as indices", () => {
    const networkx = {
      directed: false,
      multigraph: false,
      graph: {},
      nodes: [{ id: 20 }, { id: 10 }],
      edges: [{ source: 10, target: 20, attribution: "two officials told the paper" }],
    };
    const result = opened(importFiles([json("g.json", networkx)]));
    expect(result.document.ties).toEqual([
      {
        id: "tie-1",
        source: "10",
        target: "20",
        kind: "other",
        directed: false,
        evidence: [{ source: "import-g.json", attribution: "two officials told the paper" }],
      },
    ]);
  });

  it("adds actors that ties name but the node list lacks, and says so", () => {
    const data = { nodes: [{ id: "a" }], links: [{ source: "a", target: "b" }] };
    const result = opened(importFiles([json("g.json", data)]));
    expect(result.document.actors.map((a) => a.id)).toEqual(["a", "b"]);
    expect(result.warnings).toEqual([
      '1 actor(s) named by ties but not listed as nodes were added: "b"',
    ]);
  });

  it("fails on a file with nothing in it", () => {
    expect(importFiles([json("g.json", { nodes: [], links: [] })])).toEqual({
      ok: false,
      problems: [{ path: "g.json", message: "no actors or ties to import" }],
    });
  });
});
