import { describe, expect, it } from "vitest";
import { radialArtefacts } from "../../src/layout/radialArtefacts";

const centre = { x: 0, y: 0 };

/** `count` points evenly spaced on a circle of radius `r` (starting at `phase`). */
function circle(count: number, r: number, phase = 0): number[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = phase + (2 * Math.PI * i) / count;
    return [r * Math.cos(angle), r * Math.sin(angle)];
  }).flat();
}

describe("ring and symmetry scores", () => {
  // A disc whose 40 annuli of width 1 hold 20 points per unit of area each: density 20 × (2b + 1)
  // in annulus b, evenly spaced around its middle.
  const disc = (extra: number) =>
    Float64Array.from(
      Array.from({ length: 40 }, (_, b) =>
        circle(20 * (2 * b + 1) * (b === 20 ? extra : 1), b + 0.5, b / 7),
      ).flat(),
    );

  it("gives 0 for an even disc: no ring, no angular pattern", () => {
    const { ring, symmetry } = radialArtefacts(disc(1), { centre, radius: 40 });
    expect(ring).toBeCloseTo(0, 9);
    expect(symmetry).toBeCloseTo(0, 6);
  });

  it("scores a dense ring by hand", () => {
    // Annulus 20 doubled: count 1 640 against 820 expected → 820. Its six neighbours expect
    // (5 · 20 + 40) / 6 per unit area and hold 20: (10/3)² / (70/3) · a = 10a / 21, with
    // a = 35, 37, 39, 43, 45, 47 (Σ 246). 34 annuli have six neighbours (b = 3 … 36).
    const { ring } = radialArtefacts(disc(2), { centre, radius: 40 });
    expect(ring).toBeCloseTo((820 + 2460 / 21) / 34, 6);
  });

  it("scores a cross: 25 actors on each half-axis give z = 100 / √100 at k = 2, 4, 8", () => {
    const arms = Array.from({ length: 25 }, (_, i) => [
      [i + 1, 0],
      [0, i + 1],
      [-(i + 1), 0],
      [0, -(i + 1)],
    ]).flat(2);
    const { symmetry } = radialArtefacts(Float64Array.from(arms), {
      centre,
      radius: 26,
      bands: 1,
      minimumPerBand: 1,
    });
    expect(symmetry).toBeCloseTo(10, 9);
  });
});
