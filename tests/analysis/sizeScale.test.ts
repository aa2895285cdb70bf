import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../src/analysis/metrics";
import { sizeScale } from "../../src/analysis/sizeScale";
import { graphOf, pairWithIsolate, squareWithTail } from "../fixtures/analysisNetworks";

describe("size actors by", () => {
  const graph = graphOf(squareWithTail());
  const metrics = computeMetrics(graph);

  // Degrees: a 5 (the largest), b 4, g 0. Betweenness ×21: d 9 (the largest), e 5, g 0.
  it.each([
    ["ties", "a", 2.2],
    ["ties", "b", 1 + 1.2 * Math.sqrt(4 / 5)],
    ["ties", "g", 1],
    ["betweenness", "d", 2.2],
    ["betweenness", "e", 1 + 1.2 * Math.sqrt(5 / 9)],
    ["betweenness", "f", 1],
    ["none", "a", 1],
    ["none", "d", 1],
  ] as const)("by %s gives %s a multiplier of %f", (by, node, expected) => {
    expect(sizeScale(metrics, by)(node)).toBeCloseTo(expected, 12);
  });

  it("stays within [1, 2.2] for every actor", () => {
    for (const by of ["none", "ties", "betweenness"] as const) {
      const size = sizeScale(metrics, by);
      for (const node of graph.nodes()) {
        expect(size(node)).toBeGreaterThanOrEqual(1);
        expect(size(node)).toBeLessThanOrEqual(2.2);
      }
    }
  });

  it("gives every actor the base size when nobody has a value, and unknown actors too", () => {
    const flat = computeMetrics(graphOf(pairWithIsolate()));
    expect(flat.maxBetweenness).toBe(0);
    expect(sizeScale(flat, "betweenness")("a")).toBe(1);
    expect(sizeScale(metrics, "ties")("nobody")).toBe(1);
  });
});
