import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../src/analysis/metrics";
import { sizeScale } from "../../src/analysis/sizeScale";
import { graphOf, pairWithIsolate, squareWithTail } from "../fixtures/analysisNetworks";

describe("size actors by", () => {
  const graph = graphOf(squareWithTail());
  const metrics = computeMetrics(graph);

  // Worked out by hand from the fixture (see analysisNetworks.ts) and the rule "a square root from
  // 0 to the largest value, onto [1, 2.2]":
  // Ties: a has 5 (ab-message, ab-call, ba-meeting, ad-negotiation, ha-member-of: the largest),
  //   b 4 (three with a, bc-relay), c 2 (bc, dc), g 0.
  //   a: 1 + 1.2 × √(5/5) = 2.2
  //   b: 1 + 1.2 × √(4/5) = 1 + 1.2 × 0.8944271910 = 1 + 1.0733126292 = 2.0733126292
  //   c: 1 + 1.2 × √(2/5) = 1 + 1.2 × 0.6324555320 = 1 + 0.7589466384 = 1.7589466384
  //   g: 1 + 1.2 × 0 = 1
  // Betweenness ×21 (metrics.test.ts): d 9 (the largest), e 5, f 0.
  //   d: 2.2
  //   e: 1 + 1.2 × √(5/9) = 1 + 1.2 × 0.7453559925 = 1 + 0.8944271910 = 1.8944271910
  //   f: 1
  it.each([
    ["ties", "a", 2.2],
    ["ties", "b", 2.0733126292],
    ["ties", "c", 1.7589466384],
    ["ties", "g", 1],
    ["betweenness", "d", 2.2],
    ["betweenness", "e", 1.894427191],
    ["betweenness", "f", 1],
    ["none", "a", 1],
    ["none", "d", 1],
  ] as const)("by %s gives %s a multiplier of %f", (by, node, expected) => {
    expect(sizeScale(metrics, by)(node)).toBeCloseTo(expected, 9);
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
