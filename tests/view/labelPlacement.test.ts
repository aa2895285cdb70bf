import { describe, expect, it } from "vitest";
import { placeBelow, placeLabels, type PlacementNode } from "../../src/view/labelPlacement";
import { labelBoxAt, polylineCrossesBox } from "../../src/view/labelCrossings";
import type { Point } from "../../src/view/edgeGeometry";

const node = (id: string, x: number, y: number, labelWidth = 60): PlacementNode => ({
  id,
  x,
  y,
  r: 9,
  labelWidth,
  lineCount: 1,
});
const line = (from: Point, to: Point) => ({
  curve: { start: from, control: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }, end: to },
});

function boxOf(n: PlacementNode, places: ReturnType<typeof placeLabels>) {
  const place = places.get(n.id)!;
  return labelBoxAt(n.x + place.dx, n.y + place.dy, place.anchor, n.labelWidth, n.lineCount);
}

describe("placing labels", () => {
  it("puts a label under its actor when nothing is in the way", () => {
    const places = placeLabels({ nodes: [node("a", 0, 0)], edges: [] });
    // 9 px symbol, 4 px gap, first baseline 0.85 × 12 px below the box's top
    expect(places.get("a")).toEqual({ dx: 0, dy: 23.2, anchor: "middle" });
    expect(placeBelow(9)).toEqual({ dx: 0, dy: 23.2, anchor: "middle" });
  });

  it("moves a label off a tie that runs down through the place under its actor", () => {
    const a = node("a", 0, 0);
    const down = line({ x: 0, y: 0 }, { x: 0, y: 200 });
    const places = placeLabels({ nodes: [a], edges: [down] });
    const box = boxOf(a, places);
    expect(
      polylineCrossesBox(
        [
          { x: 0, y: 0 },
          { x: 0, y: 200 },
        ],
        box,
      ),
    ).toBe(false);
    // the next place in order of preference is above
    expect(places.get("a")).toEqual({ dx: 0, dy: -13 - 14 + 10.2, anchor: "middle" });
  });

  it("finds the free side of an actor with ties below, above and to the left", () => {
    const a = node("a", 0, 0);
    const edges = [
      line({ x: 0, y: 0 }, { x: 0, y: 200 }),
      line({ x: 0, y: 0 }, { x: 0, y: -200 }),
      line({ x: 0, y: 0 }, { x: -200, y: 0 }),
    ];
    const place = placeLabels({ nodes: [a], edges }).get("a")!;
    expect(place.anchor).toBe("start");
    expect(place.dx).toBeGreaterThan(9);
  });

  it("keeps a label off another actor's symbol and off another label", () => {
    // b sits right under a, where a's label would go
    const a = node("a", 0, 0);
    const b = node("b", 0, 20);
    const places = placeLabels({ nodes: [a, b], edges: [] });
    const boxA = boxOf(a, places);
    const boxB = boxOf(b, places);
    const symbolB = { x0: -9, y0: 11, x1: 9, y1: 29 };
    const overlap = (p: typeof boxA, q: typeof boxA) =>
      p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
    expect(overlap(boxA, symbolB)).toBe(false);
    expect(overlap(boxA, boxB)).toBe(false);
  });

  it("is deterministic", () => {
    const nodes = [node("a", 0, 0), node("b", 80, 10), node("c", 30, 70)];
    const edges = [line({ x: 0, y: 0 }, { x: 80, y: 10 }), line({ x: 0, y: 0 }, { x: 30, y: 70 })];
    expect([...placeLabels({ nodes, edges })]).toEqual([...placeLabels({ nodes, edges })]);
  });
});
