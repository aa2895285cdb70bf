import { describe, expect, it } from "vitest";
import { createStore } from "../../src/state/store";
import { initialState, type AppState } from "../../src/state/appState";
import { detailsIntents, timelineIntents } from "../../src/interact/panelIntents";
import { chooseActor, zoomStep, type PictureFrame } from "../../src/interact/pictureIntents";

const storeWith = (state: Partial<AppState> = {}) => createStore({ ...initialState(), ...state });

/** A picture 800 × 600 px at zoom 0.5, with one actor drawn at (100, 50). */
const frame: PictureFrame = {
  position: (id) => (id === "qatar" ? { x: 100, y: 50 } : undefined),
  viewport: () => ({ x: 10, y: 20, k: 0.5 }),
  size: () => ({ width: 800, height: 600 }),
};

describe("the timeline's requests", () => {
  const TOTAL = 5;

  it("plays from the first tie when nothing is replayed yet, or the replay is over", () => {
    for (const playhead of [null, 5]) {
      const store = storeWith({ playhead });
      timelineIntents(store, TOTAL).onPlay();
      expect(store.getState()).toMatchObject({ playhead: 0, playing: true });
    }
  });

  it("plays on from where the replay stands", () => {
    const store = storeWith({ playhead: 3 });
    timelineIntents(store, TOTAL).onPlay();
    expect(store.getState()).toMatchObject({ playhead: 3, playing: true });
  });

  it("steps one tie at a time, pausing, within 0 … total", () => {
    const cases: [number | null, 1 | -1, number][] = [
      [null, 1, 1],
      [null, -1, 4],
      [2, 1, 3],
      [2, -1, 1],
      [5, 1, 5],
      [0, -1, 0],
    ];
    for (const [playhead, delta, expected] of cases) {
      const store = storeWith({ playhead, playing: true });
      timelineIntents(store, TOTAL).onStep(delta);
      expect(store.getState()).toMatchObject({ playhead: expected, playing: false });
    }
  });

  it("pauses, shows every tie again, and sets or clears the date window", () => {
    const store = storeWith({ playhead: 2, playing: true });
    const intents = timelineIntents(store, TOTAL);
    intents.onPause();
    expect(store.getState()).toMatchObject({ playhead: 2, playing: false });
    intents.onShowAll();
    expect(store.getState().playhead).toBeNull();
    intents.onWindow({ from: "2025-04", to: "2025-05-13" });
    expect(store.getState().filters.window).toEqual({ from: "2025-04", to: "2025-05-13" });
    intents.onWindow(null);
    expect(store.getState().filters.window).toBeNull();
  });
});

describe("the details panel's requests", () => {
  it("selects a counterpart and centres on it at 1× at least", () => {
    const store = storeWith();
    detailsIntents(store, frame, () => undefined).onSelectActor("qatar");
    expect(store.getState().selection).toEqual({ kind: "actor", id: "qatar" });
    // centre (400, 300) on (100, 50) at k = 1
    expect(store.getState().viewport).toEqual({ k: 1, x: 300, y: 250 });
  });

  it("selects a tie, closes, and sets or clears a neighbourhood", () => {
    const store = storeWith();
    const intents = detailsIntents(store, frame, () => undefined);
    intents.onSelectTie("t-4");
    expect(store.getState().selection).toEqual({ kind: "tie", id: "t-4" });
    intents.onClose();
    expect(store.getState().selection).toBeNull();
    intents.onEgo("qatar", 2);
    expect(store.getState().ego).toEqual({ center: "qatar", hops: 2 });
    intents.onEgo("qatar", null);
    expect(store.getState().ego).toBeNull();
  });

  it("starts a path from an actor and opens the path finder; clears it", () => {
    const store = storeWith();
    let opened = 0;
    const intents = detailsIntents(store, frame, () => opened++);
    intents.onPathFrom("qatar");
    expect(store.getState().path.from).toBe("qatar");
    expect(opened).toBe(1);
    store.dispatch({ type: "setPath", path: { to: "egypt" } });
    intents.onClearPath();
    expect(store.getState().path).toMatchObject({ from: null, to: null });
  });

  it("asks the path question another way: every tie kind, then ignoring time", () => {
    const store = storeWith();
    const intents = detailsIntents(store, frame, () => undefined);
    expect(store.getState().path).toMatchObject({ kinds: "communication", respectTime: true });
    intents.onPathOptions({ kinds: "all" });
    expect(store.getState().path).toMatchObject({ kinds: "all", respectTime: true });
    intents.onPathOptions({ respectTime: false });
    expect(store.getState().path).toMatchObject({ kinds: "all", respectTime: false });
  });
});

describe("intents that depend on where the picture is", () => {
  it("zooms a step about the middle of the picture", () => {
    const store = storeWith();
    zoomStep(store, { ...frame, viewport: () => ({ x: 0, y: 0, k: 1 }) }, 2);
    // the middle (400, 300) stays put: 400 − 400·2, 300 − 300·2
    expect(store.getState().viewport).toEqual({ k: 2, x: -400, y: -300 });
  });

  it("keeps the zoom when choosing an actor at more than 1×", () => {
    const store = storeWith();
    chooseActor(store, { ...frame, viewport: () => ({ x: 0, y: 0, k: 3 }) }, "qatar");
    expect(store.getState().viewport).toEqual({ k: 3, x: 100, y: 150 });
  });

  it("centres on an actor together with its name when the picture knows where that is", () => {
    const store = storeWith();
    // qatar at (100, 50) with its name to its right: symbol and name span x 91…251, y 41…59
    const named = { ...frame, extent: () => ({ x0: 91, y0: 41, x1: 251, y1: 59 }) };
    chooseActor(store, named, "qatar");
    // the box's middle (171, 50) at the picture's middle (400, 300), at 1×
    expect(store.getState().viewport).toEqual({ k: 1, x: 229, y: 250 });
  });

  it("selects an actor that is not drawn without moving the picture", () => {
    const store = storeWith();
    chooseActor(store, frame, "hidden");
    expect(store.getState().selection).toEqual({ kind: "actor", id: "hidden" });
    expect(store.getState().viewport).toBeNull();
  });
});
