import { describe, expect, it } from "vitest";
import { computeLayout, nodeBox, type LayoutNode } from "../../src/layout/forceLayout";
import { layoutInput } from "../../src/layout/layoutInput";
import { buildGraph } from "../../src/model/actorGraph";
import { seedActorGraph, seedDocument } from "../fixtures/seedGraph";

function boxesOverlap(
  nodes: LayoutNode[],
  positions: Map<string, { x: number; y: number }>,
): string[] {
  const found: string[] = [];
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      const pa = positions.get(a.id)!;
      const pb = positions.get(b.id)!;
      const ba = nodeBox(a);
      const bb = nodeBox(b);
      // the boxes include 6 px padding each; the drawn parts must not touch
      const x =
        Math.min(pa.x + ba.right, pb.x + bb.right) - Math.max(pa.x + ba.left, pb.x + bb.left);
      const y =
        Math.min(pa.y + ba.bottom, pb.y + bb.bottom) - Math.max(pa.y + ba.top, pb.y + bb.top);
      if (x > 12 && y > 12) found.push(`${a.id} × ${b.id}`);
    }
  return found;
}

describe("the force layout", () => {
  it("gives the same positions for the same network", () => {
    const { nodes, links } = layoutInput(seedActorGraph());
    const first = computeLayout(nodes, links);
    const second = computeLayout(nodes, links);
    expect([...second]).toEqual([...first]);
  });

  it("places every actor at finite coordinates", () => {
    const { nodes, links } = layoutInput(seedActorGraph());
    const positions = computeLayout(nodes, links);
    expect(positions.size).toBe(15);
    for (const p of positions.values())
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("keeps actors and their labels apart", () => {
    const { nodes, links } = layoutInput(seedActorGraph());
    expect(boxesOverlap(nodes, computeLayout(nodes, links))).toEqual([]);
  });

  it("keeps pinned positions from the document's layout section exactly", () => {
    const doc = seedDocument();
    doc.layout = {
      positions: { hamas: { x: 400, y: -300 }, "steve-witkoff": { x: -250, y: 120 } },
    };
    const { nodes, links } = layoutInput(buildGraph(doc));
    const positions = computeLayout(nodes, links);
    expect(positions.get("hamas")).toEqual({ x: 400, y: -300 });
    expect(positions.get("steve-witkoff")).toEqual({ x: -250, y: 120 });
  });

  it("lays the actors a file leaves unplaced out among the ones it places, far from the origin", () => {
    const doc = seedDocument();
    const fixed = {
      hamas: { x: 5000, y: 4000 },
      "steve-witkoff": { x: 5300, y: 4150 },
      "donald-trump": { x: 5150, y: 3700 },
    };
    doc.layout = { positions: fixed };
    const { nodes, links } = layoutInput(buildGraph(doc));
    const positions = computeLayout(nodes, links);
    // The fixed actors' centre is (5150, 3950); d3's pull to the origin left the others between.
    for (const [id, { x, y }] of positions)
      if (!(id in fixed)) expect(Math.hypot(x - 5150, y - 3950), id).toBeLessThan(600);
    expect(boxesOverlap(nodes, positions)).toEqual([]);
  });

  it("keeps a tie's ends closer than unrelated actors on average", () => {
    const graph = seedActorGraph();
    const { nodes, links } = layoutInput(graph);
    const positions = computeLayout(nodes, links);
    const distance = (a: string, b: string) => {
      const pa = positions.get(a)!;
      const pb = positions.get(b)!;
      return Math.hypot(pa.x - pb.x, pa.y - pb.y);
    };
    const linked = graph.mapEdges((_e, _a, s, t) => distance(s, t));
    const ids = graph.nodes();
    const all = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => distance(a, b)));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked)).toBeLessThan(mean(all));
  });
});
