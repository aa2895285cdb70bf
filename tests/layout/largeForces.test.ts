import { describe, expect, it } from "vitest";
import { forceManyBody, forceSimulation, type SimulationNodeDatum } from "d3-force";
import { forceGridCollide, forceManyBodyReuse } from "../../src/layout/largeForces";
import { computeLayout } from "../../src/layout/forceLayout";
import { layoutQuality } from "../../src/layout/layoutQuality";
import { buildGraph } from "../../src/model/actorGraph";
import { layoutInput } from "../../src/layout/layoutInput";
import { largeNetworkDocument, seededRandom } from "../fixtures/largeNetwork";

interface Point extends SimulationNodeDatum {
  r: number;
}

function points(count: number, spread: number, seed = 1): Point[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    x: (random() - 0.5) * spread,
    y: (random() - 0.5) * spread,
    vx: 0,
    vy: 0,
    r: 5 + random() * 5,
  }));
}

describe("the many-body force with a reused quadtree", () => {
  it("pushes exactly like d3's forceManyBody when the tree is rebuilt every tick", () => {
    const options = { strength: -520, theta: 1.5, distanceMax: 900, rebuildEvery: 1 };
    const ours = points(800, 2000);
    const theirs = points(800, 2000);
    forceSimulation(ours).force("charge", forceManyBodyReuse<Point>(options)).stop().tick(5);
    forceSimulation(theirs)
      .force("charge", forceManyBody<Point>().strength(-520).theta(1.5).distanceMax(900))
      .stop()
      .tick(5);
    ours.forEach((p, i) => {
      expect(p.x).toBeCloseTo(theirs[i]!.x!, 6);
      expect(p.y).toBeCloseTo(theirs[i]!.y!, 6);
    });
  });

  it("gives as good a picture when the tree is reused for 13 ticks", () => {
    const doc = largeNetworkDocument({ actors: 600, ties: 1800, seed: 5 });
    const { nodes, links } = layoutInput(buildGraph(doc));
    const quality = (quadtreeReuse: number) =>
      layoutQuality(
        computeLayout(nodes, links, { profile: "large", multilevel: false, quadtreeReuse }),
        links,
      );
    const everyTick = quality(1);
    const reused = quality(13);
    expect(reused.stress).toBeLessThanOrEqual(everyTick.stress * 1.05);
    expect(reused.neighbourhood).toBeGreaterThanOrEqual(everyTick.neighbourhood * 0.9);
  });

  it("separates coincident nodes with the simulation's seeded random source", () => {
    const run = () => {
      const nodes = Array.from({ length: 20 }, () => ({ x: 5, y: 5, r: 9 }));
      forceSimulation<Point>(nodes)
        .force(
          "charge",
          forceManyBodyReuse<Point>({
            strength: -30,
            theta: 0.9,
            distanceMax: 900,
            rebuildEvery: 13,
          }),
        )
        .stop()
        .tick(10);
      return nodes.map((p) => [p.x, p.y]);
    };
    const first = run();
    expect(new Set(first.map(([x, y]) => `${x},${y}`)).size).toBe(20);
    expect(run()).toEqual(first);
  });
});

describe("circle collision on a grid", () => {
  it("pushes overlapping circles apart until none overlap", () => {
    const nodes = points(600, 250);
    forceSimulation(nodes)
      .force(
        "collide",
        forceGridCollide<Point>((p) => p.r + 1),
      )
      .velocityDecay(0.4)
      .stop()
      .tick(200);
    let worst = 0;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        const overlap = a.r + b.r - Math.hypot(a.x! - b.x!, a.y! - b.y!);
        worst = Math.max(worst, overlap);
      }
    expect(worst).toBeLessThan(1);
  });

  it("is deterministic, coincident circles included", () => {
    const run = () => {
      const nodes = [
        ...points(50, 100),
        ...Array.from({ length: 5 }, () => ({ x: 0, y: 0, r: 9 })),
      ];
      forceSimulation<Point>(nodes)
        .force(
          "collide",
          forceGridCollide<Point>((p) => p.r),
        )
        .stop()
        .tick(30);
      return nodes.map((p) => [p.x, p.y]);
    };
    expect(run()).toEqual(run());
  });
});

describe("the many-body force with a charge per node", () => {
  it("pushes exactly like d3's forceManyBody with the same per-node strengths", () => {
    const charge = (p: Point) => -10 * p.r;
    const ours = points(500, 1500, 3);
    const theirs = points(500, 1500, 3);
    forceSimulation(ours)
      .force(
        "charge",
        forceManyBodyReuse<Point>({
          strength: charge,
          theta: 1.2,
          distanceMax: Infinity,
          rebuildEvery: 1,
        }),
      )
      .stop()
      .tick(5);
    forceSimulation(theirs)
      .force("charge", forceManyBody<Point>().strength(charge).theta(1.2))
      .stop()
      .tick(5);
    ours.forEach((p, i) => {
      expect(p.x).toBeCloseTo(theirs[i]!.x!, 6);
      expect(p.y).toBeCloseTo(theirs[i]!.y!, 6);
    });
  });
});
