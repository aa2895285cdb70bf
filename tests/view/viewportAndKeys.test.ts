import { describe, expect, it } from "vitest";
import { centreOn, fitViewport, keepInView, zoomBy } from "../../src/view/viewport";
import { nextActor } from "../../src/view/keyboardNavigation";

describe("viewport arithmetic", () => {
  it("fits bounds into the screen, centred", () => {
    const v = fitViewport({ x0: 0, y0: 0, x1: 100, y1: 50 }, 300, 300, 50);
    expect(v.k).toBe(2);
    expect(v.x + 50 * v.k).toBe(150);
    expect(v.y + 25 * v.k).toBe(150);
  });

  it("keeps the fitted picture clear of insets", () => {
    const v = fitViewport({ x0: 0, y0: 0, x1: 100, y1: 100 }, 400, 200, 0, {
      left: 200,
      right: 0,
      top: 0,
      bottom: 0,
    });
    expect(v.k).toBe(2);
    expect(v.x).toBe(200);
  });

  it("centres a point and zooms around the screen centre", () => {
    const v = centreOn({ x: 10, y: 20 }, 2, 200, 100);
    expect(v).toEqual({ k: 2, x: 80, y: 10 });
    const zoomed = zoomBy(v, 2, 200, 100);
    expect(zoomed.k).toBe(4);
    expect((100 - zoomed.x) / zoomed.k).toBeCloseTo(10);
  });
});

describe("keeping the keyboard's actor in view", () => {
  const view = { x: 100, y: 50, k: 2 };
  it("leaves the view alone while the actor is well inside it", () => {
    expect(keepInView({ x: 100, y: 100 }, view, 800, 600)).toBeUndefined();
  });

  it("centres an actor that is off screen or at its edge, at the same zoom", () => {
    const offRight = keepInView({ x: 400, y: 100 }, view, 800, 600);
    // Centred at zoom 2 on an 800 × 600 screen: x = 800/2 − 400 × 2 = −400, y = 600/2 − 100 × 2 = 100.
    expect(offRight).toEqual({ k: 2, x: -400, y: 100 });
    const atTop = keepInView({ x: 100, y: -10 }, view, 800, 600);
    expect(atTop?.k).toBe(2);
    const screenY = -10 * atTop!.k + atTop!.y;
    expect(screenY).toBe(300);
  });
});

describe("arrow keys between actors", () => {
  const me = { id: "me", x: 0, y: 0 };
  const right = { id: "right", x: 100, y: 10 };
  const farRight = { id: "far-right", x: 300, y: 0 };
  const up = { id: "up", x: 0, y: -80 };
  const everyone = [me, right, farRight, up];

  it("goes to the neighbour in the arrow's direction", () => {
    expect(nextActor(me, [farRight, up], everyone, "right")).toBe("far-right");
    expect(nextActor(me, [farRight, up], everyone, "up")).toBe("up");
  });

  it("falls back to the nearest actor that way when no neighbour lies there", () => {
    expect(nextActor(me, [up], everyone, "right")).toBe("right");
    expect(nextActor(me, [], everyone, "left")).toBeUndefined();
  });
});
