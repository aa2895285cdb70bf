// The generators behind the layout-quality bench and tests (tests/fixtures/randomGraphs.ts).
import { describe, expect, it } from "vitest";
import { barabasiAlbert, plantedPartition } from "../fixtures/randomGraphs";

describe("the planted-partition generator", () => {
  const graph = plantedPartition({ actors: 600, blocks: 6, inside: 5, across: 0.6, seed: 2 });
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));

  it("makes equal blocks, numbered block by block", () => {
    expect(graph.nodes).toHaveLength(600);
    expect(graph.blocks[0]).toBe(0);
    expect(graph.blocks[99]).toBe(0);
    expect(graph.blocks[100]).toBe(1);
    expect(graph.blocks[599]).toBe(5);
  });

  it("draws 100 · 5 / 2 distinct ties inside each block and 600 · 0.6 / 2 across", () => {
    const keys = graph.links.map((l) => [l.source, l.target].sort().join(" "));
    expect(new Set(keys).size).toBe(graph.links.length);
    expect(graph.links.every((l) => l.source !== l.target)).toBe(true);
    const inside = graph.links.filter(
      (l) => graph.blocks[index.get(l.source)!] === graph.blocks[index.get(l.target)!],
    );
    expect(inside).toHaveLength(6 * 250);
    expect(graph.links.length - inside.length).toBe(180);
  });

  it("is the same for the same seed and different for another", () => {
    const again = plantedPartition({ actors: 600, blocks: 6, inside: 5, across: 0.6, seed: 2 });
    const other = plantedPartition({ actors: 600, blocks: 6, inside: 5, across: 0.6, seed: 3 });
    expect(again.links).toEqual(graph.links);
    expect(other.links).not.toEqual(graph.links);
  });
});

describe("the Barabási–Albert generator", () => {
  it("starts from a star of m + 1 and ties each newcomer to m distinct earlier actors", () => {
    const graph = barabasiAlbert({ actors: 50, m: 3, seed: 1 });
    expect(graph.links).toHaveLength(3 + (50 - 4) * 3);
    const byNewcomer = new Map<string, string[]>();
    for (const link of graph.links.slice(3)) {
      expect(link.target < link.source).toBe(true); // ids are zero-padded: order is age
      byNewcomer.set(link.source, [...(byNewcomer.get(link.source) ?? []), link.target]);
    }
    for (const targets of byNewcomer.values()) expect(new Set(targets).size).toBe(3);
  });
});
