import { describe, expect, it } from "vitest";
import { forceSimulation } from "d3-force";
import { forceTieClearance, tiePairs } from "../../src/layout/tieClearance";
import { simNodeSize } from "../../src/layout/boxCollide";
import type { SimNode } from "../../src/layout/layoutTypes";
import { computeLayout } from "../../src/layout/forceLayout";
import { layoutInput } from "../../src/layout/layoutInput";
import { seedActorGraph } from "../fixtures/seedGraph";

const sim = (id: string, x: number, y: number, fixed = false): SimNode => ({
  id,
  ...simNodeSize({ id, r: 9, labelWidth: 60, labelHeight: 14 }),
  x,
  y,
  ...(fixed ? { fx: x, fy: y } : {}),
});

describe("keeping ties off other actors' labels", () => {
  it("pushes an actor whose label a tie runs through off the line; pinned ends stay", () => {
    // a and b pinned 200 px apart on y = 0; c at y = −15 has its symbol above the line (y −24…−6)
    // but its label under it (13…27 px below its centre: y −2…12) across the line
    const a = sim("a", -100, 0, true);
    const b = sim("b", 100, 0, true);
    const c = sim("c", 0, -15);
    forceSimulation<SimNode>([a, b, c])
      .force("ties", forceTieClearance([{ source: "a", target: "b" }]))
      .stop()
      .tick(60);
    const y = c.y!;
    const across = (top: number, bottom: number) => top < 0 && bottom > 0;
    expect(across(y - 9, y + 9)).toBe(false); // the symbol
    expect(across(y + 13, y + 27)).toBe(false); // the label
    expect(y).not.toBe(-15);
    expect([a.x, a.y, b.x, b.y]).toEqual([-100, 0, 100, 0]);
  });

  it("counts parallel ties between one pair once", () => {
    const nodes = [sim("a", 0, 0), sim("b", 10, 0)];
    const pairs = tiePairs(nodes, [
      { source: "a", target: "b" },
      { source: "b", target: "a" },
      { source: "a", target: "a" },
    ]);
    expect(pairs.map(([p, q]) => [p.id, q.id])).toEqual([["a", "b"]]);
  });
});

describe("the seed network's layout", () => {
  it("is still deterministic with ties kept off labels", () => {
    const input = layoutInput(seedActorGraph());
    expect([...computeLayout(input.nodes, input.links)]).toEqual([
      ...computeLayout(input.nodes, input.links),
    ]);
  });
});
