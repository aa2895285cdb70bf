import { describe, expect, it } from "vitest";
import { actorHitRadius, actorOutline } from "../../src/view/actorOutline";

/** The outline's corners, read back from its path data. */
const corners = (d: string) =>
  d
    .slice(1, -1)
    .split("L")
    .map((pair) => pair.split(",").map(Number) as [number, number]);

/** Whether a point is inside a convex polygon (corners in order, either way round). */
function inside(polygon: [number, number][], x: number, y: number): boolean {
  let sign = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [ax, ay] = polygon[i]!;
    const [bx, by] = polygon[(i + 1) % polygon.length]!;
    const cross = Math.sign((bx - ax) * (y - ay) - (by - ay) * (x - ax));
    if (cross === 0) continue;
    if (sign === 0) sign = cross;
    else if (cross !== sign) return false;
  }
  return true;
}

// a 9 px actor with a 100 px, one-line name up and to the left: box x −110…−10, y −40…−26
const node = {
  r: 9,
  lines: ["A name"],
  labelDx: -10,
  labelDy: -40 + 10.2,
  labelAnchor: "end" as const,
  labelWidth: 100,
};

describe("an actor's outline", () => {
  it("holds the hit circle, the name's box and what lies between them", () => {
    const polygon = corners(actorOutline(node));
    expect(actorHitRadius(9)).toBe(13);
    expect(inside(polygon, 0, 12.9)).toBe(true); // the circle's bottom
    expect(inside(polygon, -109, -39)).toBe(true); // the name's far corner
    expect(inside(polygon, -60, -33)).toBe(true); // the middle of the name
    // halfway from the symbol's centre to the name's near corner
    expect(inside(polygon, -5, -20)).toBe(true);
  });

  it("holds nothing beyond them", () => {
    const polygon = corners(actorOutline(node));
    expect(inside(polygon, 14, 0)).toBe(false); // right of the circle
    expect(inside(polygon, -111, -33)).toBe(false); // left of the name
    expect(inside(polygon, -60, 0)).toBe(false); // under the name, far from the circle
  });
});
