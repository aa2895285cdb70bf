import { describe, expect, it } from "vitest";
import { edgeShape, parallelOffsets } from "../../src/view/edgeGeometry";

describe("parallel ties", () => {
  it("draws a lone tie straight", () => {
    expect(parallelOffsets([{ id: "t", source: "a", target: "b" }]).get("t")).toBe(0);
  });

  it("fans n ties between one pair evenly around the line", () => {
    const offsets = parallelOffsets([
      { id: "t1", source: "a", target: "b" },
      { id: "t2", source: "a", target: "b" },
      { id: "t3", source: "a", target: "b" },
    ]);
    expect([offsets.get("t1"), offsets.get("t2"), offsets.get("t3")]).toEqual([-16, 0, 16]);
  });

  it("bends a reciprocal tie to its own side", () => {
    const offsets = parallelOffsets([
      { id: "ab", source: "a", target: "b" },
      { id: "ba", source: "b", target: "a" },
    ]);
    // opposite directions flip the normal, so equal signed offsets would overlap: they must differ
    expect(offsets.get("ab")).toBe(-8);
    expect(offsets.get("ba")).toBe(-8);
    const ab = edgeShape({ x: 0, y: 0 }, { x: 100, y: 0 }, 9, 9, offsets.get("ab")!, true);
    const ba = edgeShape({ x: 100, y: 0 }, { x: 0, y: 0 }, 9, 9, offsets.get("ba")!, true);
    expect(Math.sign(ab.middle.y)).not.toBe(Math.sign(ba.middle.y));
  });
});

describe("edge shapes", () => {
  it("stop at the symbols' edges and put the arrow tip just outside the target", () => {
    const shape = edgeShape({ x: 0, y: 0 }, { x: 100, y: 0 }, 9, 12, 0, true);
    expect(shape.d).toBe("M11.5,0L76.5,0");
    expect(shape.arrow).toBe("M85.5,0L76.5,4.5L76.5,-4.5Z");
  });

  it("draw no arrowhead for an undirected tie and reach the target's edge", () => {
    const shape = edgeShape({ x: 0, y: 0 }, { x: 0, y: 100 }, 9, 9, 0, false);
    expect(shape.arrow).toBe("");
    expect(shape.d).toBe("M0,11.5L0,88.5");
  });

  it("curve away from the line by the offset", () => {
    const shape = edgeShape({ x: 0, y: 0 }, { x: 100, y: 0 }, 9, 9, 16, true);
    expect(shape.d.startsWith("M")).toBe(true);
    expect(shape.d).toContain("Q50,32");
    expect(shape.middle).toEqual({ x: 50, y: 16 });
  });
});
