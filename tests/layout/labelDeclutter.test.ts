import { describe, expect, it } from "vitest";
import { computeLayout, type LayoutLink, type LayoutNode } from "../../src/layout/forceLayout";
import { DECLUTTER_LIMIT } from "../../src/layout/labelDeclutter";

// Three labelled actors: a pair tied by many parallel ties (both ways) and a third tied to one.
const nodes: LayoutNode[] = ["Alpha", "Bravo", "Charlie"].map((name) => ({
  id: name.toLowerCase(),
  r: 9,
  labelWidth: name.length * 7,
  labelHeight: 15,
  fixed: undefined,
}));
const links = (parallel: number): LayoutLink[] => [
  ...Array.from({ length: parallel }, (_, i) =>
    i % 2 ? { source: "alpha", target: "bravo" } : { source: "bravo", target: "alpha" },
  ),
  { source: "charlie", target: "alpha" },
];

describe("the layout's last nudges", () => {
  it("see a bundle too large to fan as the one line the picture draws", () => {
    expect(nodes.length).toBeLessThanOrEqual(DECLUTTER_LIMIT);
    // Springs and clearance count a pair once; the nudges, given every tie, score the picture's
    // lines: 100,000 parallel ties are laid out exactly as 11 (and fanned, they spanned 1.6 Mpx).
    expect(computeLayout(nodes, links(100_000))).toEqual(computeLayout(nodes, links(11)));
  });
});
