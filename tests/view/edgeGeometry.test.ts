import { describe, expect, it } from "vitest";
import {
  edgeShape,
  loopArc,
  loopDistance,
  loopShape,
  parallelOffsets,
  selfLoopIndices,
} from "../../src/view/edgeGeometry";

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

describe("self-loops", () => {
  it("number each actor's loops in order, and leave other ties out", () => {
    const indices = selfLoopIndices([
      { id: "aa1", source: "a", target: "a" },
      { id: "ab", source: "a", target: "b" },
      { id: "aa2", source: "a", target: "a" },
      { id: "bb", source: "b", target: "b" },
    ]);
    expect([...indices]).toEqual([
      ["aa1", 0],
      ["aa2", 1],
      ["bb", 0],
    ]);
  });

  // Worked by hand for an actor of radius 9 at the origin: the ring the loop meets lies 2.5 px
  // outside the symbol (radius 11.5); the first loop has radius 12 and its centre half a radius
  // beyond the ring, at (0, −17.5). Both circles meet where x² + y² = 132.25 and
  // x² + (y + 17.5)² = 144: y = −294.5 / 35 = −8.4143, x = ±√(132.25 − 70.8002) = ±7.8390.
  it("leaves the ring on the upper left and comes back on the upper right", () => {
    const shape = loopShape({ x: 0, y: 0 }, 9, 0, false);
    expect(shape.d).toBe("M-7.84,-8.41A12,12 0 1 1 7.84,-8.41");
    expect(shape.arrow).toBe("");
    expect(shape.middle).toEqual({ x: 0, y: -29.5 });
  });

  it("ends a directed loop with an arrowhead along the loop, its tip on the ring", () => {
    const shape = loopShape({ x: 100, y: 50 }, 9, 0, true);
    // The tip is the right-hand crossing, (100 + 7.8390, 50 − 8.4143). Seen from the loop's centre
    // (100, 32.5) it lies at (7.8390, 9.0857) / 12 = (cos, sin) = (0.6533, 0.7571); going round
    // clockwise the loop there runs along (−0.7571, 0.6533), so the arrow's base centre is 7 px
    // back: (107.8390 + 5.2998, 41.5857 − 4.5731) = (113.1388, 37.0126).
    const points = [...shape.arrow.matchAll(/([-\d.]+),([-\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(points[0]).toEqual([107.84, 41.59]);
    const [left, right] = [points[1]!, points[2]!];
    expect((left[0]! + right[0]!) / 2).toBeCloseTo(113.14, 1);
    expect((left[1]! + right[1]!) / 2).toBeCloseTo(37.01, 1);
    expect(Math.hypot(left[0]! - right[0]!, left[1]! - right[1]!)).toBeCloseTo(7, 1);
    // The line stops on the loop circle (centre 100, 32.5; r 12), 7 px of arc before the tip.
    const end = /A12,12 0 1 1 ([-\d.]+),([-\d.]+)$/.exec(shape.d);
    expect(end).not.toBeNull();
    const [x, y] = [Number(end![1]), Number(end![2])];
    expect(Math.hypot(x - 100, y - 32.5)).toBeCloseTo(12, 1);
    const chord = Math.hypot(x - 107.84, y - 41.59);
    expect(chord).toBeGreaterThan(6.5);
    expect(chord).toBeLessThan(7);
  });

  it("nests a second loop around the first: radius 18, centre 9 beyond the ring", () => {
    const arc = loopArc({ x: 0, y: 0 }, 9, 1);
    expect(arc).toMatchObject({ cx: 0, cy: -20.5, radius: 18 });
    expect(loopShape({ x: 0, y: 0 }, 9, 1, false).middle).toEqual({ x: 0, y: -38.5 });
  });

  it("measures how far a point is from the visible loop, for clicks on the canvas", () => {
    const arc = loopArc({ x: 0, y: 0 }, 9, 0);
    expect(loopDistance(arc, 0, -29.5)).toBeCloseTo(0, 9); // the loop's top
    expect(loopDistance(arc, 0, -17.5)).toBeCloseTo(12, 9); // its centre
    expect(loopDistance(arc, -12, -17.5)).toBeCloseTo(0, 9); // its left side
    // Inside the symbol the circle is not drawn: the nearest end counts. (0, −5) to (±7.8390,
    // −8.4143): √(61.4498 + 11.6573) = 8.5503.
    expect(loopDistance(arc, 0, -5)).toBeCloseTo(8.5503, 3);
  });
});
