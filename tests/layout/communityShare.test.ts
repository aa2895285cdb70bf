import { describe, expect, it } from "vitest";
import { communityShare, nearestNeighbours } from "../../src/layout/communityShare";
import { seededRandom } from "../fixtures/largeNetwork";

const line = (...xs: number[]) => Float64Array.from(xs.flatMap((x) => [x, 0]));

describe("the 10-NN community share", () => {
  it("is 1 when every actor's nearest actors are in its group", () => {
    // Two groups of three, far apart; with k = 2 each actor's two nearest are its own group's.
    const positions = Float64Array.of(0, 0, 1, 0, 0, 1, 10, 0, 11, 0, 10, 1);
    expect(communityShare(positions, [0, 0, 0, 1, 1, 1], 2)).toBe(1);
  });

  it("counts neighbours on a line, equal distances going to the earlier actor", () => {
    // x = 0 … 5, groups 0 0 1 1 0 1, k = 1. Nearest: 0→1 (same), 1→0 (0 and 2 tie; 0 is earlier,
    // same), 2→1 (tie 1/3 → 1, other), 3→2 (tie 2/4 → 2, same), 4→3 (tie → 3, other),
    // 5→4 (other): (1 + 1 + 0 + 1 + 0 + 0) / 6.
    expect(communityShare(line(0, 1, 2, 3, 4, 5), [0, 0, 1, 1, 0, 1], 1)).toBeCloseTo(0.5, 12);
    // k = 2: 0→{1,2} ½, 1→{0,2} ½, 2→{1,3} ½, 3→{2,4} ½, 4→{3,5} 0, 5→{4,3} ½ — 2.5 / 6.
    expect(communityShare(line(0, 1, 2, 3, 4, 5), [0, 0, 1, 1, 0, 1], 2)).toBeCloseTo(2.5 / 6, 12);
  });

  it("is about 1 / groups for a random placement", () => {
    const random = seededRandom(4);
    const positions = Float64Array.from({ length: 8000 }, () => random() * 1000);
    const groups = Array.from({ length: 4000 }, (_, i) => i % 20);
    const share = communityShare(positions, groups);
    expect(share).toBeGreaterThan(0.04);
    expect(share).toBeLessThan(0.06);
  });
});

describe("nearest neighbours on a grid", () => {
  it("finds what comparing every pair finds, clumps and outliers included", () => {
    const random = seededRandom(9);
    const n = 700;
    const xs = Float64Array.from({ length: n }, (_, i) =>
      i < 600 ? random() * 300 : i < 690 ? 150 + random() : 5000 * random(),
    );
    const ys = Float64Array.from({ length: n }, (_, i) =>
      i < 600 ? random() * 300 : i < 690 ? 80 + random() : -3000 * random(),
    );
    const k = 7;
    const fast = nearestNeighbours(xs, ys, k);
    for (let i = 0; i < n; i++) {
      const slow = Array.from({ length: n }, (_, j) => j)
        .filter((j) => j !== i)
        .sort(
          (a, b) =>
            (xs[i]! - xs[a]!) ** 2 +
              (ys[i]! - ys[a]!) ** 2 -
              ((xs[i]! - xs[b]!) ** 2 + (ys[i]! - ys[b]!) ** 2) || a - b,
        )
        .slice(0, k);
      expect([...fast.subarray(i * k, (i + 1) * k)]).toEqual(slow);
    }
  });
});
