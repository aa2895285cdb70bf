import { describe, expect, it } from "vitest";
import { UndirectedGraph, MultiGraph } from "graphology";
import { allSimplePaths } from "graphology-simple-path";
import { createBudgetMeter, listSimplePaths, UNLIMITED } from "../../src/analysis/pathBudget";
import { simplePaths } from "../../src/analysis/paths";
import { buildGraph } from "../../src/model/actorGraph";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { seededRandom } from "../fixtures/largeNetwork";

/** Every pair of `n` actors tied once: the network that made path search explode. */
function completeGraph(n: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) graph.addEdge(`n${i}`, `n${j}`);
  return graph;
}

const key = (paths: string[][]) => paths.map((path) => path.join(">")).sort();

describe("listing chains within a budget", () => {
  it("lists every chain of a complete graph, shortest first", () => {
    // Between two of 6 actors: 1 direct chain, 4 of two hops, 4·3 of three, 4·3·2 of four and five.
    const { paths, complete } = listSimplePaths(
      completeGraph(6),
      "n0",
      "n1",
      5,
      createBudgetMeter(UNLIMITED),
    );
    expect(complete).toBe(true);
    expect(paths.map((path) => path.length - 1)).toEqual([
      1,
      ...Array(4).fill(2),
      ...Array(12).fill(3),
      ...Array(24).fill(4),
      ...Array(24).fill(5),
    ]);
  });

  it("finds the same chains as graphology's allSimplePaths on random networks", () => {
    const random = seededRandom(15);
    for (let round = 0; round < 30; round++) {
      const graph = new MultiGraph();
      const n = 4 + Math.floor(random() * 6);
      for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
      const ties = Math.floor(random() * n * 2.5);
      for (let t = 0; t < ties; t++) {
        const a = `n${Math.floor(random() * n)}`;
        const b = `n${Math.floor(random() * n)}`;
        if (random() < 0.3) graph.addUndirectedEdge(a, b);
        else graph.addDirectedEdge(a, b);
      }
      const hops = 1 + Math.floor(random() * 4);
      const mine = listSimplePaths(graph, "n0", "n1", hops, createBudgetMeter(UNLIMITED));
      const reference = allSimplePaths(graph, "n0", "n1", { maxDepth: hops });
      expect(key(mine.paths), `round ${round}`).toEqual(key(reference));
      expect(mine.complete).toBe(true);
    }
  });

  it("stops after its most chains, having found every shorter chain first", () => {
    const meter = createBudgetMeter({ chains: 10, ms: Infinity });
    const { paths, complete } = listSimplePaths(completeGraph(6), "n0", "n1", 5, meter);
    expect(complete).toBe(false);
    expect(meter.stopped).toBe("chains");
    expect(meter.found).toBe(10);
    // The direct chain and the four two-hop chains, then five of the twelve three-hop ones.
    expect(paths.map((path) => path.length - 1)).toEqual([1, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
  });

  it("stops when its time is up (the clock is read every 1,024 steps)", () => {
    let clock = 0;
    const meter = createBudgetMeter({ chains: Infinity, ms: 3 }, () => clock++);
    // 40 actors, up to 5 hops: 1.8 million chains; the clock passes 3 ms at its first reading.
    const { paths, complete } = listSimplePaths(completeGraph(40), "n0", "n1", 5, meter);
    expect(complete).toBe(false);
    expect(meter.stopped).toBe("time");
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThan(1024);
    expect(paths[0]).toEqual(["n0", "n1"]);
  });

  it("shares one budget between the searches of one question", () => {
    const meter = createBudgetMeter({ chains: 3, ms: Infinity });
    const first = listSimplePaths(completeGraph(5), "n0", "n1", 2, meter);
    expect(first.paths).toHaveLength(3);
    expect(first.complete).toBe(false);
    const second = listSimplePaths(completeGraph(5), "n2", "n3", 2, meter);
    expect(second).toEqual({ paths: [], complete: false });
  });

  it("has nothing to list when the target cannot be reached in the hops allowed", () => {
    const graph = new UndirectedGraph();
    for (const node of ["a", "b", "c", "d"]) graph.addNode(node);
    graph.addEdge("a", "b");
    graph.addEdge("b", "c");
    const meter = createBudgetMeter(UNLIMITED);
    expect(listSimplePaths(graph, "a", "c", 1, meter)).toEqual({ paths: [], complete: true });
    expect(listSimplePaths(graph, "a", "d", 3, meter)).toEqual({ paths: [], complete: true });
    expect(listSimplePaths(graph, "a", "c", 2, meter).paths).toEqual([["a", "b", "c"]]);
  });
});

describe("simple paths with a budget", () => {
  /** 40 actors, every pair tied: the 5.9 kB CSV that froze the page for 16 s. */
  function allPairs(n: number): NetworkDocument {
    const actors = Array.from({ length: n }, (_, i) => ({
      id: `a${String(i).padStart(2, "0")}`,
      name: `Actor ${String(i).padStart(2, "0")}`,
      kind: "person" as const,
    }));
    const ties = actors.flatMap((a, i) =>
      actors.slice(i + 1).map((b) => ({
        id: `${a.id}-${b.id}`,
        source: a.id,
        target: b.id,
        kind: "message" as const,
        evidence: [],
      })),
    );
    return { format: "backchannel/1", title: "All pairs", sources: [], actors, ties };
  }

  it("says the list is incomplete and lists the shortest chains by name", () => {
    const graph = buildGraph(allPairs(40));
    const budget = createBudgetMeter({ chains: 2_000, ms: Infinity });
    const result = simplePaths(graph, "a00", "a01", {
      directed: false,
      maxHops: 5,
      limit: 3,
      budget,
    });
    expect(result.complete).toBe(false);
    expect(result.total).toBe(2_000);
    expect(result.truncated).toBe(true);
    // 1 + 38 + 38·37 = 1,445 chains of up to 3 hops… all found before the budget ran out.
    expect(result.paths.map((path) => path.nodes)).toEqual([
      ["a00", "a01"],
      ["a00", "a02", "a01"],
      ["a00", "a03", "a01"],
    ]);
  });

  it("is complete when the budget suffices", () => {
    const graph = buildGraph(allPairs(6));
    const result = simplePaths(graph, "a00", "a01", {
      directed: false,
      maxHops: 5,
      budget: createBudgetMeter({ chains: 1_000, ms: Infinity }),
    });
    expect(result).toMatchObject({ total: 65, complete: true, truncated: false });
  });
});
