import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { forEachMovingPair, forEachPair } from "../../src/layout/forEachPair";

describe("pairs with a node that moves", () => {
  it("are forEachPair's pairs without those of two fixed nodes, in the same order", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 12 }), (moving) => {
        const items = moving.map((moves, index) => ({ index, moves }));
        const expected: [number, number][] = [];
        forEachPair(items, (a, b) => {
          if (a.moves || b.moves) expected.push([a.index, b.index]);
        });
        const visited: [number, number][] = [];
        forEachMovingPair(
          items,
          (item) => item.moves,
          (a, b) => visited.push([a.index, b.index]),
        );
        expect(visited).toEqual(expected);
      }),
    );
  });

  it("visits one moving node's pairs only, among fixed ones", () => {
    const items = ["fixed", "fixed", "moves", "fixed"];
    const visited: string[] = [];
    forEachMovingPair(
      items.map((kind, i) => ({ kind, i })),
      (item) => item.kind === "moves",
      (a, b) => visited.push(`${a.i}-${b.i}`),
    );
    expect(visited).toEqual(["0-2", "1-2", "2-3"]);
  });
});
