// What the canvas's pointer is over, and which actors and tie get an element over the picture.
import { describe, expect, it } from "vitest";
import { hitAt, overlayTargets } from "../../src/render/canvasTargets";
import { buildGraph } from "../../src/model/actorGraph";
import { initialState } from "../../src/state/appState";
import { buildScene, type Scene } from "../../src/view/scene";
import { indexScene } from "../../src/view/sceneIndex";
import { chainWithParallels } from "../fixtures/documents";

const graph = buildGraph(chainWithParallels());
const positions = new Map([
  ["a", { x: 0, y: 0 }],
  ["b", { x: 200, y: 0 }],
  ["c", { x: 200, y: 200 }],
]);
const sceneOf = (
  state: Partial<ReturnType<typeof initialState>> = {},
  extra: { mergedTies?: boolean } = {},
): Scene =>
  buildScene({
    graph,
    positions,
    state: { ...initialState(), ...state },
    geometry: false,
    ...extra,
  });
const none = { activeActor: undefined, activeTie: undefined };
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe("the actors that get an element on the canvas", () => {
  it("are the first actor when nothing holds the tab stop", () => {
    const scene = sceneOf();
    const targets = overlayTargets(scene, indexScene(scene).byId, none, undefined);
    expect(targets.active).toBe("a");
    expect(ids(targets.actors)).toEqual(["a"]);
  });

  it("are the tab stop, the selected actor and the one under the pointer, in that order", () => {
    const scene = sceneOf({ selection: { kind: "actor", id: "c" } });
    const { byId } = indexScene(scene);
    const targets = overlayTargets(scene, byId, { ...none, activeActor: "b" }, "a");
    expect(targets.active).toBe("b");
    expect(ids(targets.actors)).toEqual(["b", "c", "a"]);
  });

  it("hold each actor once, and nothing for an actor the scene no longer has", () => {
    const scene = sceneOf({ selection: { kind: "actor", id: "c" } });
    const { byId } = indexScene(scene);
    expect(ids(overlayTargets(scene, byId, { ...none, activeActor: "c" }, "c").actors)).toEqual([
      "c",
    ]);
    expect(ids(overlayTargets(scene, byId, { ...none, activeActor: "c" }, "gone").actors)).toEqual([
      "c",
    ]);
  });
});

describe("the tie that gets an element on the canvas", () => {
  it("is the one holding the tab stop, else the first", () => {
    const scene = sceneOf();
    const { byId } = indexScene(scene);
    expect(ids(overlayTargets(scene, byId, { ...none, activeTie: "t3" }, undefined).ties)).toEqual([
      "t3",
    ]);
    expect(ids(overlayTargets(scene, byId, none, undefined).ties)).toEqual(["t1"]);
  });

  it("is none when ties are merged and have no names", () => {
    const scene = sceneOf({}, { mergedTies: true });
    const { byId } = indexScene(scene);
    expect(overlayTargets(scene, byId, { ...none, activeTie: "t3" }, undefined).ties).toEqual([]);
  });
});

describe("what the pointer is over", () => {
  const scene = sceneOf();
  const index = indexScene(scene);
  const view = { x: 100, y: 50, k: 2 };
  const at = (x: number, y: number) => hitAt(index, view, 100 + 2 * x, 50 + 2 * y);

  it("is an actor before the ties that end in it", () => {
    expect(at(0, 0)).toEqual({ kind: "actor", id: "a" });
    expect(at(203, 198)).toEqual({ kind: "actor", id: "c" });
  });

  it("is a tie where its line passes and no actor is", () => {
    expect(at(100, 1)).toEqual({ kind: "tie", id: "t1" });
  });

  it("is nothing over empty space", () => {
    expect(at(60, 140)).toBeUndefined();
  });
});
