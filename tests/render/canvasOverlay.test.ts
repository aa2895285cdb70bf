// @vitest-environment jsdom
// The canvas's accessible overlay: elements only for the actors and the tie that need one.
import { describe, expect, it } from "vitest";
import { createCanvasOverlay, type OverlaySource } from "../../src/render/canvasOverlay";
import { createNetworkSvg } from "../../src/render/networkSvg";
import type { DrawOptions } from "../../src/render/networkRenderer";
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
const sceneOf = (state: Partial<ReturnType<typeof initialState>> = {}): Scene =>
  buildScene({ graph, positions, state: { ...initialState(), ...state }, geometry: false });

/** An overlay over a detached page, reading a scene the test can change. */
function overlayOn(first: Scene, onActorElements?: (layer: SVGGElement) => void) {
  const container = document.createElement("div");
  const parts = createNetworkSvg(container, "Network", { overlay: true });
  const current = {
    scene: first,
    options: { activeActor: undefined, activeTie: undefined } as DrawOptions,
  };
  const source: OverlaySource = {
    scene: () => current.scene,
    options: () => current.options,
    index: () => indexScene(current.scene),
    viewport: () => ({ x: 0, y: 0, k: 1 }),
  };
  const overlay = createCanvasOverlay(parts, source, onActorElements);
  const actors = () =>
    [...parts.element.querySelectorAll("g.actor")].map((g) => g.getAttribute("data-actor"));
  return { overlay, current, element: parts.element, actors };
}

describe("the canvas overlay", () => {
  it("has the tab stop's actor and tie, reachable and named, and nothing else", () => {
    const { overlay, element, actors } = overlayOn(sceneOf());
    overlay.sceneChanged();
    expect(actors()).toEqual(["a"]);
    const a = element.querySelector('[data-actor="a"]')!;
    expect(a.getAttribute("tabindex")).toBe("0");
    expect(a.getAttribute("aria-label")).toMatch(/^Alpha, person/);
    const ties = element.querySelectorAll("path.tie-target");
    expect(ties).toHaveLength(1);
    expect(ties[0]!.getAttribute("data-for-tie")).toBe("t1");
    expect(ties[0]!.getAttribute("d")).toBe("M0,0L200,0");
    expect(ties[0]!.getAttribute("tabindex")).toBe("0");
  });

  it("adds the selected actor, and follows the pointer onto an actor and off it", () => {
    const { overlay, current, element, actors } = overlayOn(sceneOf());
    current.scene = sceneOf({ selection: { kind: "actor", id: "c" } });
    overlay.sceneChanged();
    expect(actors()).toEqual(["a", "c"]);
    element.dispatchEvent(new MouseEvent("pointermove", { clientX: 201, clientY: 2 }));
    expect(actors()).toEqual(["a", "c", "b"]);
    expect(element.querySelector('[data-actor="b"]')!.getAttribute("tabindex")).toBe("-1");
    element.dispatchEvent(new MouseEvent("pointermove", { clientX: 100, clientY: 100 }));
    expect(actors()).toEqual(["a", "c"]);
  });

  it("runs an update asked for during another one again, with the newest scene", () => {
    let nested = true;
    const state = overlayOn(sceneOf(), () => {
      if (!nested) return;
      nested = false;
      state.current.scene = sceneOf({ selection: { kind: "actor", id: "b" } });
      state.overlay.sceneChanged();
      // Not yet: the outer update is still under way.
      expect(state.actors()).toEqual(["a"]);
    });
    state.overlay.sceneChanged();
    expect(nested).toBe(false);
    expect(state.actors()).toEqual(["a", "b"]);
  });
});
