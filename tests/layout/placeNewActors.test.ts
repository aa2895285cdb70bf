import { describe, expect, it } from "vitest";
import { placeNewActors } from "../../src/layout/placeNewActors";
import { nodeBox, type LayoutNode, type Positions } from "../../src/layout/forceLayout";

const node = (id: string): LayoutNode => ({ id, r: 10, labelWidth: 60, labelHeight: 14 });

/**
 * A ring of six actors as a layout once arranged them (written out, so the test does not depend
 * on how today's layout happens to fold a ring): the arrangement a user already has.
 */
const ring = ["a", "b", "c", "d", "e", "f"];
const ringLinks = ring.map((id, i) => ({ source: id, target: ring[(i + 1) % ring.length]! }));
const arranged: Positions = new Map([
  ["a", { x: 50, y: 83 }],
  ["b", { x: -78, y: 79 }],
  ["c", { x: -140, y: -29 }],
  ["d", { x: -26, y: -26 }],
  ["e", { x: 60, y: -101 }],
  ["f", { x: 135, y: -6 }],
]);

function overlaps(
  p: { x: number; y: number },
  q: { x: number; y: number },
  n: LayoutNode,
): boolean {
  const box = nodeBox(n);
  return (
    Math.min(p.x + box.right, q.x + box.right) > Math.max(p.x + box.left, q.x + box.left) &&
    Math.min(p.y + box.bottom, q.y + box.bottom) > Math.max(p.y + box.top, q.y + box.top)
  );
}

describe("placing new actors", () => {
  const nodes = [...ring.map(node), node("new")];
  const links = [...ringLinks, { source: "new", target: "a" }, { source: "new", target: "b" }];

  it("moves no actor already placed, by even a fraction of a pixel", () => {
    const result = placeNewActors(nodes, links, arranged);
    for (const id of ring) expect(result.get(id)).toEqual(arranged.get(id));
  });

  it("puts a new actor near the actors it is tied to, overlapping no one", () => {
    const result = placeNewActors(nodes, links, arranged);
    const p = result.get("new")!;
    // its two nearest placed actors are the two it is tied to
    const byDistance = [...ring].sort(
      (m, n) =>
        Math.hypot(arranged.get(m)!.x - p.x, arranged.get(m)!.y - p.y) -
        Math.hypot(arranged.get(n)!.x - p.x, arranged.get(n)!.y - p.y),
    );
    expect(byDistance.slice(0, 2).sort()).toEqual(["a", "b"]);
    for (const id of ring) expect(overlaps(p, arranged.get(id)!, node("x"))).toBe(false);
  });

  it("lines up actors with no placed neighbour at the right edge", () => {
    const result = placeNewActors([...ring.map(node), node("p"), node("q")], ringLinks, arranged);
    const maxX = Math.max(...ring.map((id) => arranged.get(id)!.x));
    expect(result.get("p")!.x).toBeGreaterThan(maxX);
    expect(result.get("q")!.x).toBeGreaterThan(maxX);
    expect(overlaps(result.get("p")!, result.get("q")!, node("x"))).toBe(false);
  });

  it("gives the same places for the same input", () => {
    expect([...placeNewActors(nodes, links, arranged)]).toEqual([
      ...placeNewActors(nodes, links, arranged),
    ]);
  });

  it("places the first actor of an empty network at the origin's edge", () => {
    const result = placeNewActors([node("solo")], [], new Map());
    expect(result.get("solo")).toEqual({ x: 135, y: 0 });
  });
});
