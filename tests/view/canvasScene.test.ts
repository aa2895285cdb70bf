// The canvas renderer's pure half: batches, hit testing, moving a scene, tracing symbols.
import { describe, expect, it } from "vitest";
import { buildScene, relocateScene, type Scene } from "../../src/view/scene";
import { buildGraph } from "../../src/model/actorGraph";
import { initialState } from "../../src/state/appState";
import {
  baseBatches as canvasBatches,
  DASHED_TIES_LIMIT,
  HAIRLINE,
  traceLoops,
} from "../../src/view/canvasBatches";
import { frontBatches, LABELS_IN_VIEW_LIMIT } from "../../src/view/canvasFront";
import { indexScene, segmentDistance } from "../../src/view/sceneIndex";
import { traceSymbols, type SymbolContext } from "../../src/view/symbols";
import { THEME } from "../../src/view/encodings";
import { chainWithParallels, statusesAndLoops } from "../fixtures/documents";
import { largeNetworkDocument } from "../fixtures/largeNetwork";
import { initialPositions } from "../../src/layout/forceLayout";
import { layoutInput } from "../../src/layout/layoutInput";

const graph = buildGraph(chainWithParallels());
const positions = new Map([
  ["a", { x: 0, y: 0 }],
  ["b", { x: 200, y: 0 }],
  ["c", { x: 200, y: 200 }],
]);
const sceneOf = (
  state: Partial<ReturnType<typeof initialState>> = {},
  at: ReadonlyMap<string, { x: number; y: number }> = positions,
): Scene =>
  buildScene({ graph, positions: at, state: { ...initialState(), ...state }, geometry: false });
const identity = { x: 0, y: 0, k: 1 };
const screen = { width: 800, height: 600 };

describe("a scene without geometry (for the canvas)", () => {
  it("has no tie paths, and middles halfway between the actors", () => {
    const scene = sceneOf();
    const t1 = scene.edges.find((edge) => edge.id === "t1")!;
    expect(t1.d).toBe("");
    expect(t1.arrow).toBe("");
    expect(t1.middle).toEqual({ x: 100, y: 0 });
  });

  it("moves to new positions exactly as a new scene would be built there, pins winning", () => {
    const moved = new Map([
      ["a", { x: -50, y: 10 }],
      ["b", { x: 300, y: 40 }],
      ["c", { x: 120, y: 260 }],
    ]);
    const pins = { b: { x: 5, y: 6 } };
    const before = sceneOf({ pins, selection: { kind: "actor", id: "a" } });
    expect(relocateScene(before, moved, pins)).toEqual(
      sceneOf({ pins, selection: { kind: "actor", id: "a" } }, moved),
    );
  });
  it("follows changed pins exactly as a new scene would: an actor pinned, another released", () => {
    const before = sceneOf({ pins: { b: { x: 5, y: 6 } } });
    const pins = { a: { x: -7, y: 3 } };
    expect(relocateScene(before, positions, pins)).toEqual(sceneOf({ pins }));
  });
});

describe("canvas batches", () => {
  it("draw every tie once, as a segment between its actors, in hairlines", () => {
    const scene = sceneOf();
    const { ties } = canvasBatches(scene, identity, screen);
    const segments = ties.flatMap((batch) =>
      Array.from({ length: batch.lines.length / 4 }, (_, i) =>
        Array.from(batch.lines.slice(4 * i, 4 * i + 4)),
      ),
    );
    expect(segments).toHaveLength(scene.edges.length);
    expect(segments).toContainEqual([0, 0, 200, 0]);
    expect(ties.every((batch) => batch.width === HAIRLINE)).toBe(true);
    // One batch per look: status dashes are kept apart.
    expect(new Set(ties.map((batch) => batch.dash.join(" "))).size).toBe(ties.length);
  });

  it("draw every mark plain in the base, whatever is selected (the front shows the highlight)", () => {
    const plain = canvasBatches(sceneOf(), identity, screen);
    const selected = canvasBatches(
      sceneOf({ selection: { kind: "actor", id: "c" } }),
      identity,
      screen,
    );
    expect(selected).toEqual(plain);
    expect(plain.veil).toBe(0);
    expect(
      plain.actors.every((batch) => batch.alpha === 1 && batch.stroke === THEME.nodeStroke),
    ).toBe(true);
  });
});

describe("the canvas's front layer", () => {
  it("holds nothing but names when nothing is highlighted", () => {
    const front = frontBatches(sceneOf(), identity, screen);
    expect(front.veil).toBe(0);
    expect(front.ties).toEqual([]);
    expect(front.actors).toEqual([]);
    expect(front.labels.map((label) => label.text).sort()).toEqual(["Alpha", "Bravo", "Charlie"]);
  });

  it("veils the base to SVG's dimmed opacity and draws a selected actor's ties and neighbours over it", () => {
    // c's ties in chainWithParallels: t3, t4 (b–c, parallel) — its neighbour is b, not a.
    const scene = sceneOf({ selection: { kind: "actor", id: "c" } });
    const front = frontBatches(scene, identity, screen);
    expect(front.veil).toBeCloseTo(1 - THEME.dimOpacity);
    const segments = front.ties.flatMap((batch) =>
      Array.from({ length: batch.lines.length / 4 }, (_, i) =>
        Array.from(batch.lines.slice(4 * i, 4 * i + 4)),
      ),
    );
    const highlighted = scene.edges.filter((edge) => !edge.dimmed);
    expect(highlighted.length).toBeGreaterThan(0);
    expect(segments).toHaveLength(highlighted.length);
    for (const segment of segments)
      expect([segment.slice(0, 2), segment.slice(2)]).toContainEqual([200, 200]);
    // At their SVG width and full opacity, not the base's faint hairlines.
    for (const batch of front.ties) {
      expect(batch.width).toBeGreaterThan(1);
      expect(batch.alpha).toBe(1);
    }
    const centres = front.actors.flatMap((batch) => batch.centres);
    expect(centres).toEqual(expect.arrayContaining([200, 0, 200, 200]));
    expect(centres).toHaveLength(4); // b and c, not a
    // The selected actor last, ringed in the selection colour.
    const last = front.actors[front.actors.length - 1]!;
    expect(last.centres).toEqual([200, 200]);
    expect(last.stroke).toBe(THEME.selection);
  });

  it("draws a selected tie last, in the highlight colour and wider", () => {
    const front = frontBatches(sceneOf({ selection: { kind: "tie", id: "t1" } }), identity, screen);
    const last = front.ties[front.ties.length - 1]!;
    expect(last.stroke).toBe(THEME.highlight);
    expect(Array.from(last.lines)).toEqual([0, 0, 200, 0]);
    expect(last.width).toBeGreaterThan(2);
  });

  it("show names only when few actors are in view, the highlighted ones, and always the selected", () => {
    const large = buildGraph(largeNetworkDocument({ actors: 1500, ties: 3000, seed: 3 }));
    const at = initialPositions(layoutInput(large).nodes);
    const chosen = large.nodes()[7]!;
    const scene = buildScene({
      graph: large,
      positions: at,
      state: { ...initialState(), selection: { kind: "actor", id: chosen } },
      labels: false,
      geometry: false,
    });
    const xs = scene.nodes.map((node) => node.x);
    const ys = scene.nodes.map((node) => node.y);
    const whole = {
      k: 0.1,
      x: 400 - 0.1 * (Math.min(...xs) + Math.max(...xs)) * 0.5,
      y: 300 - 0.1 * (Math.min(...ys) + Math.max(...ys)) * 0.5,
    };
    // Over the whole network: the selected actor and its neighbours, named.
    const overview = frontBatches(scene, whole, screen).labels.map((label) => label.text);
    const neighbours = [...new Set([chosen, ...large.neighbors(chosen)])].map((id) =>
      large.getNodeAttribute(id, "name").slice(0, 31),
    );
    expect(overview.sort()).toEqual(neighbours.sort());
    // Nothing selected: no names over the whole network.
    const none = buildScene({
      graph: large,
      positions: at,
      state: initialState(),
      labels: false,
      geometry: false,
    });
    expect(frontBatches(none, whole, screen).labels).toEqual([]);
    // Zoomed in on one actor: only its neighbourhood is in view, and named.
    const one = scene.nodes[100]!;
    const close = { k: 4, x: 400 - 4 * one.x, y: 300 - 4 * one.y };
    const labels = frontBatches(none, close, screen).labels;
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThanOrEqual(LABELS_IN_VIEW_LIMIT);
    expect(labels.map((label) => label.text)).toContain(one.name.slice(0, 31));
  });
});

describe("finding what is under the pointer", () => {
  const scene = sceneOf();
  const index = indexScene(scene);
  const view = { x: 100, y: 50, k: 2 };

  it("finds the actor drawn at a screen point, and nothing between actors", () => {
    expect(index.actorAt(view, 100 + 2 * 200, 50 + 2 * 200)?.id).toBe("c");
    expect(index.actorAt(view, 100 + 2 * 205, 50 + 2 * 195)?.id).toBe("c");
    expect(index.actorAt(view, 100 + 2 * 100, 50 + 2 * 100)).toBeUndefined();
  });

  it("finds the tie whose line passes within a few pixels", () => {
    const hit = index.tieAt(view, 100 + 2 * 100, 50 + 2 * 0 + 3);
    expect(hit?.source).toBe("a");
    expect(hit?.target).toBe("b");
    expect(index.tieAt(view, 100 + 2 * 100, 50 + 2 * 100)).toBeUndefined();
  });

  it("measures the distance from a point to a segment", () => {
    expect(segmentDistance(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(segmentDistance(-3, 4, 0, 0, 10, 0)).toBe(5);
    expect(segmentDistance(1, 1, 0, 0, 0, 0)).toBeCloseTo(Math.SQRT2);
  });
});

describe("tracing symbols on a canvas", () => {
  it("draws each shape centred where asked, with rect for squares", () => {
    const calls: string[] = [];
    const context: SymbolContext = {
      moveTo: (x, y) => calls.push(`M${x},${y}`),
      lineTo: (x, y) => calls.push(`L${x},${y}`),
      closePath: () => calls.push("Z"),
      arc: (x, y, r) => calls.push(`A${x},${y},${r}`),
      rect: (x, y, w, h) => calls.push(`R${x},${y},${w},${h}`),
    };
    traceSymbols(context, "circle", 9, [10, 20, 30, 40]);
    expect(calls).toEqual(["M19,20", "A10,20,9", "M39,40", "A30,40,9"]);
    calls.length = 0;
    traceSymbols(context, "square", 9, [100, 100]);
    // As large as the circle of radius 9: side = √(π × 9²) = 9 × 1.7724538509 = 15.9520846581,
    // so its corner is at 100 − 15.9520846581 / 2 = 100 − 7.9760423291 = 92.0239576709.
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^R/);
    const [x, y, w, h] = calls[0]!.slice(1).split(",").map(Number);
    expect(x).toBeCloseTo(92.0239576709, 9);
    expect(y).toBeCloseTo(92.0239576709, 9);
    expect(w).toBeCloseTo(15.9520846581, 9);
    expect(h).toBeCloseTo(15.9520846581, 9);
    // Shapes close with a line back to their start (closePath is slow on long canvas paths).
    calls.length = 0;
    traceSymbols(context, "triangle", 9, [50, 60]);
    expect(calls).not.toContain("Z");
    expect(calls[calls.length - 1]).toBe(`L${calls[0]!.slice(1)}`);
    expect(calls.length).toBe(4);
  });
});

describe("canvas batches on a large network", () => {
  const large = buildGraph(largeNetworkDocument({ actors: 2000, ties: 6000, seed: 5 }));
  const at = initialPositions(layoutInput(large).nodes);
  const scene = buildScene({
    graph: large,
    positions: at,
    state: initialState(),
    labels: false,
    geometry: false,
  });
  const tieCount = (batches: ReturnType<typeof canvasBatches>) =>
    batches.ties.reduce((sum, batch) => sum + batch.lines.length / 4, 0);

  it("leave out ties wholly outside the view, and keep those crossing it", () => {
    const whole = canvasBatches(scene, { k: 0.05, x: 400, y: 300 }, screen);
    expect(tieCount(whole)).toBe(scene.edges.length);
    const corner = canvasBatches(scene, { k: 3, x: 400, y: 300 }, screen);
    const drawn = tieCount(corner);
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(scene.edges.length);
    // Every tie left out has both ends beyond the same edge of the view.
    const view = { left: -400 / 3, top: -100, right: 400 / 3, bottom: 100 };
    const byId = new Map(scene.nodes.map((node) => [node.id, node]));
    const crossing = scene.edges.filter((edge) => {
      const a = byId.get(edge.source)!;
      const b = byId.get(edge.target)!;
      return !(
        (a.x < view.left && b.x < view.left) ||
        (a.x > view.right && b.x > view.right) ||
        (a.y < view.top && b.y < view.top) ||
        (a.y > view.bottom && b.y > view.bottom)
      );
    });
    expect(drawn).toBe(crossing.length);
  });

  it("draw status dashes only when few enough ties are in view", () => {
    const whole = canvasBatches(scene, { k: 0.05, x: 400, y: 300 }, screen);
    expect(scene.edges.length).toBeGreaterThan(DASHED_TIES_LIMIT);
    expect(whole.ties.every((batch) => batch.dash.length === 0)).toBe(true);
    const close = canvasBatches(scene, { k: 20, x: 400, y: 300 }, screen);
    expect(tieCount(close)).toBeLessThanOrEqual(DASHED_TIES_LIMIT);
    expect(close.ties.some((batch) => batch.dash.length > 0)).toBe(true);
  });
});

describe("self-loops on the canvas", () => {
  const loopGraph = buildGraph(statusesAndLoops());
  const at = new Map([
    ["o", { x: 300, y: 300 }],
    ["p", { x: 150, y: 400 }],
    ["q", { x: 450, y: 400 }],
  ]);
  const loopScene = () =>
    buildScene({ graph: loopGraph, positions: at, state: initialState(), geometry: false });

  it("are arcs, not zero-length segments, with their middle at the loop's top", () => {
    const scene = loopScene();
    expect(scene.edges.find((edge) => edge.id === "s3")!.middle).toEqual({ x: 300, y: 270.5 });
    const batches = canvasBatches(scene, identity, screen);
    const loops = batches.ties.flatMap((batch) => [...batch.loops]);
    const segments = batches.ties.reduce((n, batch) => n + batch.lines.length / 4, 0);
    expect(segments).toBe(3);
    // Two loops of five numbers each: centre (300, 282.5) radius 12, and (300, 279.5) radius 18.
    expect(loops).toHaveLength(10);
    const centres = [loops.slice(0, 3), loops.slice(5, 8)].sort((a, b) => a[2]! - b[2]!);
    expect(centres).toEqual([
      [300, 282.5, 12],
      [300, 279.5, 18],
    ]);
  });

  it("are found under the pointer by their arc, as a click on the canvas needs", () => {
    const index = indexScene(loopScene());
    // The first loop's top is 11.5 + 6 + 12 = 29.5 px above Org; the second's 38.5.
    expect(index.tieAt(identity, 300, 270.5)?.id).toBe("s3");
    expect(index.tieAt(identity, 300, 261.5)?.id).toBe("s4");
    expect(index.tieAt(identity, 300, 200)).toBeUndefined();
  });

  it("are traced as arcs from where they leave the actor", () => {
    const calls: string[] = [];
    traceLoops(
      {
        moveTo: (x, y) => calls.push(`M${x.toFixed(2)},${y.toFixed(2)}`),
        arc: (x, y, r) => calls.push(`A${x},${y},${r}`),
      },
      Float64Array.from([0, -17.5, 12, Math.PI / 2 + Math.PI / 3, Math.PI / 2 + (5 * Math.PI) / 3]),
    );
    // cos 150° = −0.8660 → x = −10.39; sin 150° = 0.5 → y = −17.5 + 6.
    expect(calls).toEqual(["M-10.39,-11.50", "A0,-17.5,12"]);
  });
});
