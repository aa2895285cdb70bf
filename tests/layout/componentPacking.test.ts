import { describe, expect, it } from "vitest";
import { packComponents } from "../../src/layout/componentPacking";

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe("packing components", () => {
  it("centres the largest and puts the others in a centred row under it", () => {
    // Largest 100 × 50 → centred: (−50, −25) … (50, 25). Three 10 × 10 boxes with gaps of 5 make
    // a row 40 wide, centred on x = 0 (from −20), 5 under the largest (y = 30).
    const offsets = packComponents(
      [box(0, 0, 100, 50), box(0, 0, 10, 10), box(0, 0, 10, 10), box(0, 0, 10, 10)],
      [false, false, false, false],
      5,
    );
    expect([...offsets]).toEqual([-50, -25, -20, 30, -5, 30, 10, 30]);
  });

  it("starts a new row when the next box would pass the width of the largest", () => {
    // Width 30: boxes 20 wide, gap 5 → one per row; rows 5 apart.
    const offsets = packComponents(
      [box(0, 0, 30, 30), box(0, 0, 20, 10), box(0, 0, 20, 10)],
      [false, false, false],
      5,
    );
    expect([...offsets]).toEqual([-15, -15, -10, 20, -10, 35]);
  });

  it("leaves components with pins where they are and packs the rest under them", () => {
    const offsets = packComponents([box(100, 100, 200, 140), box(-5, -5, 5, 5)], [true, false], 10);
    // Under the anchored box (y up to 140, centre x 150): the small box's top at 150.
    expect([...offsets]).toEqual([0, 0, 150, 155]);
  });
});
