import { describe, expect, it } from "vitest";
import {
  computeLayout,
  createLayoutSimulation,
  initialPositions,
  layoutSettings,
  type LayoutLink,
  type LayoutNode,
} from "../../src/layout/forceLayout";
import { layoutInput } from "../../src/layout/layoutInput";
import { buildGraph } from "../../src/model/actorGraph";
import { seedActorGraph } from "../fixtures/seedGraph";
import { largeNetworkDocument } from "../fixtures/largeNetwork";

const generated = (actors: number) =>
  layoutInput(buildGraph(largeNetworkDocument({ actors, ties: 3 * actors, seed: 7 })));

function runStepped(
  nodes: LayoutNode[],
  links: LayoutLink[],
  chunks: number[],
  options = {},
): Map<string, { x: number; y: number }> {
  const simulation = createLayoutSimulation(nodes, links, options);
  for (let i = 0; !simulation.done(); i++) simulation.tick(chunks[i % chunks.length]);
  return simulation.positions();
}

describe("the steppable layout", () => {
  it("gives computeLayout's positions exactly, however the ticks are split (seed)", () => {
    const { nodes, links } = layoutInput(seedActorGraph());
    const whole = [...computeLayout(nodes, links)];
    expect([...runStepped(nodes, links, [1])]).toEqual(whole);
    expect([...runStepped(nodes, links, [7, 1, 30])]).toEqual(whole);
  });

  it("gives computeLayout's positions exactly without labels and with the earlier large settings", () => {
    const { nodes, links } = generated(450); // above the labelled limit: circle collision
    const earlier = { profile: "large" as const, multilevel: false, ticks: 60 };
    for (const options of [{ ticks: 60 }, earlier]) {
      const whole = [...computeLayout(nodes, links, options)];
      expect([...runStepped(nodes, links, [5, 13], options)]).toEqual(whole);
    }
  });

  it("reports progress and stops at the planned number of ticks", () => {
    const { nodes, links } = layoutInput(seedActorGraph());
    const simulation = createLayoutSimulation(nodes, links, { ticks: 10 });
    expect(simulation.progress()).toBe(0);
    simulation.tick(4);
    expect(simulation.progress()).toBeCloseTo(0.4);
    expect(simulation.done()).toBe(false);
    simulation.tick(100);
    expect(simulation.progress()).toBe(1);
    expect(simulation.done()).toBe(true);
    const after = [...simulation.positions()];
    simulation.tick(5);
    expect([...simulation.positions()]).toEqual(after);
  });

  it("writes positions interleaved in node order", () => {
    const { nodes, links } = layoutInput(seedActorGraph());
    const simulation = createLayoutSimulation(nodes, links, { ticks: 3 });
    simulation.tick(3);
    const array = simulation.positionArray();
    const positions = simulation.positions();
    expect(array).toHaveLength(nodes.length * 2);
    nodes.forEach((node, i) => {
      expect(array[2 * i]).toBe(positions.get(node.id)!.x);
      expect(array[2 * i + 1]).toBe(positions.get(node.id)!.y);
    });
    expect(simulation.ids).toEqual(nodes.map((node) => node.id));
  });

  it("starts from initialPositions: d3's phyllotaxis, pinned nodes where pinned", () => {
    const { nodes, links } = generated(200);
    nodes[3] = { ...nodes[3]!, fixed: { x: 500, y: -40 } };
    const simulation = createLayoutSimulation(nodes, links);
    expect([...simulation.positions()]).toEqual([...initialPositions(nodes)]);
    expect(initialPositions(nodes).get(nodes[3]!.id)).toEqual({ x: 500, y: -40 });
    // The free nodes' spiral is about the pinned ones' centre (d3's would be about the origin):
    // the first at radius 10·√0.5 = 7.0711, angle 0.
    const first = initialPositions(nodes).get(nodes[0]!.id)!;
    expect(first.x).toBeCloseTo(507.0711, 4);
    expect(first.y).toBeCloseTo(-40, 9);
  });

  it("takes the drawing plan's settings by default: large above 1,000 actors", () => {
    expect(layoutSettings(15)).toMatchObject({ profile: "standard", ticks: 300, theta: 0.9 });
    expect(layoutSettings(15)).toMatchObject({
      boxes: true,
      collidePadding: undefined,
      exactCharge: true,
    });
    expect(layoutSettings(1000)).toMatchObject({
      profile: "standard",
      boxes: false,
      collidePadding: 2,
      exactCharge: false,
    });
    expect(layoutSettings(1001)).toMatchObject({
      profile: "large",
      multilevel: true,
      ticks: 100,
      theta: 1.5,
      quadtreeReuse: 13,
    });
    expect(layoutSettings(1001, { multilevel: false })).toMatchObject({
      profile: "large",
      multilevel: false,
      ticks: 150,
    });
    expect(layoutSettings(5000, { profile: "standard", multilevel: true }).multilevel).toBe(false);
    expect(layoutSettings(5000, { profile: "standard" }).profile).toBe("standard");
    expect(layoutSettings(10, { profile: "large", ticks: 40 })).toMatchObject({
      profile: "large",
      ticks: 40,
    });
  });

  it("follows the options over the plan for label room and exact repulsion", () => {
    expect(layoutSettings(15, { labelRoom: false, exactCharge: false })).toMatchObject({
      boxes: false,
      collidePadding: 2,
      exactCharge: false,
    });
    expect(layoutSettings(2000, { labelRoom: true })).toMatchObject({
      boxes: true,
      collidePadding: undefined,
    });
  });
});
