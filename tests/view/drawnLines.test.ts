import { describe, expect, it } from "vitest";
import { drawnLineCount, drawnLines, FAN_UP_TO } from "../../src/view/drawnLines";

/** `n` ties from `source` to `target`, ids `prefix0`, `prefix1`… */
const ties = (n: number, source: string, target: string, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, source, target }));
const ids = (lines: { id: string }[][]) => lines.map((line) => line.map((tie) => tie.id));

const mixed = [
  { id: "x", source: "c", target: "d" },
  ...ties(6, "a", "b", "ab"),
  { id: "y", source: "d", target: "c" },
  ...ties(6, "b", "a", "ba"),
  ...ties(3, "c", "c", "loop"),
];

describe("the lines the picture draws", () => {
  it("fans up to 10 ties between a pair, one line each, and bundles 11 or more into one", () => {
    expect(FAN_UP_TO).toBe(10);
    expect(drawnLines(ties(10, "a", "b", "t"), false)).toHaveLength(10);
    expect(ids(drawnLines(ties(11, "a", "b", "t"), false))).toEqual([
      ["t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10"],
    ]);
  });

  it("counts both directions and an actor's loops as one pair, and keeps the first tie's place", () => {
    // a–b has 12 ties (one line, where a → b's first tie was); c–d has 2 and the loops 3: fanned
    expect(ids(drawnLines(mixed, false))).toEqual([
      ["x"],
      [...ties(6, "", "", "ab"), ...ties(6, "", "", "ba")].map((tie) => tie.id),
      ["y"],
      ["loop0"],
      ["loop1"],
      ["loop2"],
    ]);
    expect(drawnLineCount(mixed)).toBe(6);
  });

  it("stops counting once more pairs are tied than a caller needs to know", () => {
    // 3 pairs (c–d, a–b, c's loops) drawn as 6 lines: past 2 pairs, the count says 3, over 2
    expect(drawnLineCount(mixed, 2)).toBe(3);
    expect(drawnLineCount(mixed, 6)).toBe(6);
    const chain = Array.from({ length: 10_000 }, (_, i) => ({
      id: `t${i}`,
      source: `n${i}`,
      target: `n${i + 1}`,
    }));
    let read = 0;
    const counted = drawnLineCount(
      (function* () {
        for (const tie of chain) {
          read++;
          yield tie;
        }
      })(),
      4000,
    );
    expect([counted, read]).toEqual([4001, 4001]);
  });

  it("bundles every pair when the reader collapses parallel ties", () => {
    const two = [...ties(2, "a", "b", "ab"), { id: "ba", source: "b", target: "a" }];
    expect(ids(drawnLines(two, true))).toEqual([["ab0", "ab1", "ba"]]);
  });

  it("draws 100,000 parallel ties and 200,000 loops as two lines", () => {
    const flood = [...ties(100_000, "a", "b", "p"), ...ties(200_000, "a", "a", "l")];
    const lines = drawnLines(flood, false);
    expect(lines.map((line) => line.length)).toEqual([100_000, 200_000]);
    expect(drawnLineCount(flood)).toBe(2);
  });

  it("treats ids that are Object.prototype's keys like any other", () => {
    const odd = [...ties(11, "constructor", "__proto__", "p"), ...ties(2, "toString", "a", "q")];
    expect(drawnLines(odd, false).map((line) => line.length)).toEqual([11, 1, 1]);
  });
});
