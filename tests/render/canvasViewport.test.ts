// The canvas's pixel arithmetic: bitmap sizes and moving the last picture to a new viewport.
import { describe, expect, it } from "vitest";
import { bitmapSize, pictureTransform, type Matrix } from "../../src/render/canvasViewport";
import type { Viewport } from "../../src/state/appState";

/** Where a world point lands on a bitmap of `ratio` device pixels per CSS pixel. */
const onBitmap = (viewport: Viewport, ratio: number, x: number, y: number) => [
  (x * viewport.k + viewport.x) * ratio,
  (y * viewport.k + viewport.y) * ratio,
];
const apply = ([a, b, c, d, e, f]: Matrix, [x, y]: number[]) => [
  a * x! + c * y! + e,
  b * x! + d * y! + f,
];

describe("the canvas bitmap", () => {
  it("counts device pixels, rounded, and never fewer than one", () => {
    expect(bitmapSize(800, 600, 1)).toEqual({ width: 800, height: 600 });
    expect(bitmapSize(800.4, 600, 1.5)).toEqual({ width: 1201, height: 900 });
    expect(bitmapSize(0, 0.2, 2)).toEqual({ width: 1, height: 1 });
  });
});

describe("moving the last picture to the viewport", () => {
  it("copies the picture as it is when the viewport has not moved", () => {
    expect(pictureTransform({ x: 5, y: 6, k: 2 }, { x: 5, y: 6, k: 2 }, 2)).toBeUndefined();
  });

  it("scales by the zoom's change and shifts by the pan, in device pixels", () => {
    // Worked by hand: scale 3 / 2 = 1.5; e = (40 − 10 · 1.5) · 2 = 50; f = (−10 − 20 · 1.5) · 2 = −80.
    expect(pictureTransform({ x: 10, y: 20, k: 2 }, { x: 40, y: -10, k: 3 }, 2)).toEqual([
      1.5, 0, 0, 1.5, 50, -80,
    ]);
    expect(pictureTransform({ x: 0, y: 0, k: 1 }, { x: 30, y: 0, k: 1 }, 1)).toEqual([
      1, 0, 0, 1, 30, 0,
    ]);
  });

  it("puts every world point where a picture painted at the new viewport would have it", () => {
    const painted = { x: -120, y: 35, k: 0.4 };
    const now = { x: 64, y: -7, k: 1.7 };
    const matrix = pictureTransform(painted, now, 1.25)!;
    for (const [x, y] of [
      [0, 0],
      [310, -42],
      [-1000, 2000],
    ]) {
      const moved = apply(matrix, onBitmap(painted, 1.25, x!, y!));
      const expected = onBitmap(now, 1.25, x!, y!);
      expect(moved[0]).toBeCloseTo(expected[0]!, 9);
      expect(moved[1]).toBeCloseTo(expected[1]!, 9);
    }
  });
});
