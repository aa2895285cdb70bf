import { describe, expect, it } from "vitest";
import { competitionRanks, formatRank, ordinal } from "../../src/analysis/ranking";

describe("ranking", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [23, "23rd"],
    [101, "101st"],
    [111, "111th"],
    [112, "112th"],
    [0, "0th"],
  ])("writes %i as %s", (n, word) => {
    expect(ordinal(n)).toBe(word);
  });

  it("gives equal values the same, better position and skips the positions they fill", () => {
    const ranks = competitionRanks(
      new Map([
        ["p", 0.5],
        ["q", 7],
        ["r", 0.5],
        ["s", 2],
        ["t", 0.5],
        ["u", 0],
      ]),
    );
    expect(Object.fromEntries([...ranks].map(([node, rank]) => [node, formatRank(rank)]))).toEqual({
      q: "1st of 6",
      s: "2nd of 6",
      p: "joint 3rd of 6",
      r: "joint 3rd of 6",
      t: "joint 3rd of 6",
      u: "6th of 6",
    });
  });

  it("treats values that differ only by rounding as equal", () => {
    const ranks = competitionRanks(
      new Map([
        ["x", 0.1 + 0.2],
        ["y", 0.3],
      ]),
    );
    expect(ranks.get("x")).toEqual({ position: 1, of: 2, shared: true });
    expect(ranks.get("y")).toEqual({ position: 1, of: 2, shared: true });
  });
});
