import { describe, expect, it } from "vitest";
import {
  adjacency,
  componentLevels,
  components,
  groupGraph,
  louvainLevels,
} from "../../src/layout/communityLevels";

const pairs = (...list: [number, number][]) => Int32Array.from(list.flat());

describe("the coarse views of a network", () => {
  it("finds connected components, largest first, members ascending", () => {
    const graph = adjacency(6, pairs([1, 2], [0, 1], [4, 5]));
    expect(components(6, graph).map((c) => [...c])).toEqual([[0, 1, 2], [4, 5], [3]]);
  });

  it("groups two cliques joined by one tie into two communities, the same every time", () => {
    const cliques: [number, number][] = [];
    for (const base of [0, 4])
      for (let a = 0; a < 4; a++)
        for (let b = a + 1; b < 4; b++) cliques.push([base + a, base + b]);
    const network = pairs(...cliques, [3, 4]);
    const levels = louvainLevels(8, network, 1);
    expect([...levels.at(-1)!]).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(louvainLevels(8, network, 1)).toEqual(levels);
    const members = Int32Array.from({ length: 8 }, (_, i) => i);
    const kept = componentLevels(members, levels);
    expect(kept[0]!.units).toBe(8);
    expect(kept.at(-1)).toEqual({ unitOf: Int32Array.of(0, 0, 0, 0, 1, 1, 1, 1), units: 2 });
  });

  it("adds up charges and counts the ties between groups", () => {
    // Members 10…13 in units 0 0 1 1; ties 0–1 (inside), 1–2 and 0–3 (across), 2–3 (inside).
    const graph = groupGraph(
      Int32Array.of(0, 0, 1, 1),
      2,
      pairs([0, 1], [1, 2], [2, 3], [0, 3]),
      Float64Array.from({ length: 14 }, (_, i) => (i >= 10 ? i - 8 : 0)),
      Int32Array.of(10, 11, 12, 13),
    );
    expect([...graph.charges]).toEqual([2 + 3, 4 + 5]);
    expect([...graph.pairs]).toEqual([0, 1]);
    expect([...graph.weights]).toEqual([2]);
  });
});
