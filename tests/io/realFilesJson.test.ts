// JSON networks as other tools write them: small excerpts of real files, each with where it came
// from. Ends, directions and fields are read as the tool means them, and nothing is added.
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/io/detectFormat";
import { importFiles } from "../../src/io/importFiles";

function open(name: string, data: unknown) {
  const result = importFiles([{ name, text: JSON.stringify(data) }]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

const ends = (ties: { source: string; target: string; directed?: boolean | undefined }[]) =>
  ties.map((t) => [t.source, t.target, t.directed ?? true]);

describe("vis-network JSON", () => {
  it("reads ties whose ends are from and to, and their arrows as the direction", () => {
    // The node and edge lists of vis-network's "basic usage" example (visjs.github.io/vis-network),
    // with arrows as its edge options document them ("to", "from", both, or none).
    const { document, warnings } = open("vis.json", {
      nodes: [
        { id: 1, label: "Node 1" },
        { id: 2, label: "Node 2" },
        { id: 3, label: "Node 3" },
      ],
      edges: [
        { from: 1, to: 3, arrows: "to" },
        { from: 1, to: 2, arrows: "from" },
        { from: 2, to: 3, arrows: { to: { enabled: true }, from: { enabled: true } } },
        { from: 3, to: 1 },
      ],
    });
    expect(warnings).toEqual([]);
    expect(document.actors.map((a) => a.name)).toEqual(["Node 1", "Node 2", "Node 3"]);
    expect(ends(document.ties)).toEqual([
      ["1", "3", true],
      // Only the "from" end has an arrowhead: the tie points at 1.
      ["2", "1", true],
      ["2", "3", false],
      // Drawn without an arrowhead in a file that draws them.
      ["3", "1", false],
    ]);
    expect(document.ties[1]?.attributes).toEqual({ arrows: "from" });
  });

  it("keeps the file's direction when no edge says how it is drawn", () => {
    const { document } = open("vis.json", {
      nodes: [{ id: "a" }, { id: "b" }],
      edges: [{ from: "a", to: "b", label: "calls" }],
    });
    expect(ends(document.ties)).toEqual([["a", "b", true]]);
    expect(document.ties[0]?.label).toBe("calls");
  });
});

describe("Kumu JSON (a blueprint)", () => {
  it("reads elements and connections named by label, not as Cytoscape elements", () => {
    // The blueprint of docs.kumu.io/guides/import/blueprints, with the fields of Kumu's import.
    const data = {
      elements: [{ label: "A", type: "Person", description: "First" }, { label: "B" }],
      connections: [{ from: "A", to: "B", type: "Funding", direction: "mutual" }],
    };
    expect(detectFormat({ name: "kumu.json", text: JSON.stringify(data) })).toEqual({
      ok: true,
      format: "node-link-json",
    });
    const { document, warnings } = open("kumu.json", data);
    expect(warnings).toEqual([]);
    expect(document.actors.map((a) => [a.id, a.name, a.kind, a.description])).toEqual([
      ["a", "A", "person", "First"],
      ["b", "B", "other", undefined],
    ]);
    expect(ends(document.ties)).toEqual([["a", "b", false]]);
    expect(document.ties[0]?.label).toBe("Funding");
  });

  it("reads Kumu's own export: ids, fields in attributes, ends by id", () => {
    const { document } = open("kumu-project.json", {
      elements: [
        { _id: "elem-1", attributes: { label: "Alice", tags: ["x", "y"] } },
        { _id: "elem-2", attributes: { label: "Bob" } },
      ],
      connections: [{ _id: "conn-1", from: "elem-1", to: "elem-2", attributes: {} }],
    });
    expect(document.actors.map((a) => [a.id, a.name])).toEqual([
      ["elem-1", "Alice"],
      ["elem-2", "Bob"],
    ]);
    expect(document.actors[0]?.attributes).toEqual({ tags: "x|y" });
    expect(document.ties.map((t) => [t.id, t.source, t.target])).toEqual([
      ["conn-1", "elem-1", "elem-2"],
    ]);
  });
});

describe("NetworkX's cytoscape_data", () => {
  it("keeps an undirected graph undirected", () => {
    // json.dumps(nx.cytoscape_data(G)) of an undirected nx.Graph, NetworkX 3.6.1.
    const { document } = open("g.cyjs", {
      data: [],
      directed: false,
      multigraph: false,
      elements: {
        nodes: [
          { data: { id: "Napoleon", value: "Napoleon", name: "Napoleon" } },
          { data: { id: "Myriel", value: "Myriel", name: "Myriel" } },
        ],
        edges: [{ data: { weight: 1, source: "Napoleon", target: "Myriel" } }],
      },
    });
    expect(ends(document.ties)).toEqual([["napoleon", "myriel", false]]);
    expect(document.ties[0]?.attributes).toEqual({ weight: 1 });
  });
});
