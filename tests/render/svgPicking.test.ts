// @vitest-environment jsdom
// Picking in the SVG renderer: a click selects the tie drawn nearest the pointer, whatever hit
// stroke is painted on top; actors win over ties; keyboard-made clicks name their element.
import { describe, expect, it } from "vitest";
import { createSvgRenderer } from "../../src/render/svgRenderer";
import { buildScene } from "../../src/view/scene";
import { buildGraph } from "../../src/model/actorGraph";
import { initialState } from "../../src/state/appState";
import { chainWithParallels } from "../fixtures/documents";

// a → b twice (fanned 8 px each side of the line y = 0), b → c, c → b (fanned around x = 200)
const graph = buildGraph(chainWithParallels());
const positions = new Map([
  ["a", { x: 0, y: 0 }],
  ["b", { x: 200, y: 0 }],
  ["c", { x: 200, y: 200 }],
]);

function setUp() {
  const container = document.createElement("div");
  const renderer = createSvgRenderer(container, "Network");
  const scene = buildScene({ graph, positions, state: initialState() });
  renderer.draw(scene, { activeActor: undefined, activeTie: undefined });
  renderer.setViewport({ x: 0, y: 0, k: 1 }); // jsdom's boxes are at 0,0: client = world
  return { container, renderer, scene };
}

const click = (target: Element, x: number, y: number, detail = 1) => {
  const event = new MouseEvent("click", { clientX: x, clientY: y, detail, bubbles: true });
  Object.defineProperty(event, "target", { value: target });
  return event;
};

describe("picking in the SVG renderer", () => {
  it("selects the tie whose curve is nearest the pointer, not the hit stroke on top", () => {
    const { container, renderer, scene } = setUp();
    const [t1, t2] = ["t1", "t2"].map((id) => scene.edges.find((edge) => edge.id === id)!);
    // t1 and t2 fan to opposite sides of a–b: their middles are 16 px apart
    expect(Math.abs(t1!.middle.y - t2!.middle.y)).toBe(16);
    // the event lands on t2's hit path (painted last, on top) but 1 px from t1's middle
    const onTop = container.querySelector('g.tie[data-tie="t2"] .tie-hit')!;
    const near = { x: t1!.middle.x, y: t1!.middle.y + Math.sign(t2!.middle.y - t1!.middle.y) };
    expect(renderer.hit(click(onTop, near.x, near.y))).toEqual({ kind: "tie", id: "t1" });
    expect(renderer.hit(click(onTop, t2!.middle.x, t2!.middle.y))).toEqual({
      kind: "tie",
      id: "t2",
    });
  });

  it("selects nothing more than a few pixels from every tie", () => {
    const { container, renderer } = setUp();
    const backdrop = container.querySelector("rect.backdrop")!;
    // 100 px below the middle of a–b, far from every tie
    expect(renderer.hit(click(backdrop, 100, 100))).toBeUndefined();
  });

  it("lets an actor under the pointer win over a tie passing there", () => {
    const { container, renderer } = setUp();
    const symbol = container.querySelector('[data-actor="b"] .actor-symbol')!;
    // b's centre: every tie of b starts within a few pixels of it
    expect(renderer.hit(click(symbol, 200, 0))).toEqual({ kind: "actor", id: "b" });
  });

  it("counts the outline around an actor and its name as the actor, not only the letters", () => {
    const { container, renderer } = setUp();
    const outline = container.querySelector('[data-actor="a"] .actor-label-hit')!;
    expect(outline.tagName).toBe("path");
    expect(outline.getAttribute("d")).toMatch(/^M.*Z$/);
    expect(renderer.hit(click(outline, 0, 20))).toEqual({ kind: "actor", id: "a" });
  });

  it("reads a keyboard-made click (detail 0) from its element", () => {
    const { container, renderer } = setUp();
    const target = container.querySelector('[data-for-tie="t3"]')!;
    expect(renderer.hit(click(target, 0, 0, 0))).toEqual({ kind: "tie", id: "t3" });
  });
});
