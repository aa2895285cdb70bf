// Every intent through reduce(): what it changes, and that it leaves the rest of the state alone.
// The states are written out by hand; `examples` must name every intent type (tsc fails when an
// intent is added without one).
import { describe, expect, it } from "vitest";
import { reduce } from "../../src/state/reduce";
import { initialState, type AppState } from "../../src/state/appState";
import type { Intent } from "../../src/state/intents";
import { decodeHash, encodeHash } from "../../src/state/urlHash";

/** A state where every field differs from the initial one. */
function busyState(): AppState {
  return {
    selection: { kind: "actor", id: "a" },
    hover: "b",
    focus: { actor: "b", tie: "t0" },
    query: "wit",
    viewport: { x: 10, y: -20, k: 1.5 },
    collapseParallel: true,
    pins: { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } },
    view: "table",
    filters: {
      kinds: ["message", "call"],
      statuses: ["confirmed"],
      sources: ["axios"],
      window: { from: "2025-04-01", to: "2025-04-30" },
    },
    sizeBy: "ties",
    colourBy: "attribute:club",
    path: {
      from: "a",
      to: "c",
      directed: true,
      maxHops: 3,
      kinds: "all",
      respectTime: false,
    },
    ego: { center: "b", hops: 2 },
    playhead: 4,
    playing: true,
  };
}

/** Freezes the state and everything in it: a reducer that writes into its input throws. */
function frozen<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

const busy = frozen(busyState());
const apply = (intent: Intent, from: AppState = busy) => reduce(from, intent);

/** One of each intent, applied to the busy state by the checks every intent must pass. */
const examples: { [T in Intent["type"]]: Extract<Intent, { type: T }> } = {
  select: { type: "select", selection: { kind: "tie", id: "t1" } },
  clearSelection: { type: "clearSelection" },
  hoverActor: { type: "hoverActor", id: "c" },
  focusActor: { type: "focusActor", id: "c" },
  focusTie: { type: "focusTie", id: "t2" },
  setQuery: { type: "setQuery", query: "hamas" },
  setViewport: { type: "setViewport", viewport: { x: 0, y: 0, k: 2 } },
  fitToView: { type: "fitToView" },
  pinActor: { type: "pinActor", id: "c", position: { x: 5, y: 6 } },
  unpinActor: { type: "unpinActor", id: "a" },
  unpinAll: { type: "unpinAll" },
  setCollapseParallel: { type: "setCollapseParallel", collapse: false },
  setView: { type: "setView", view: "graph" },
  setFilters: { type: "setFilters", filters: { kinds: null } },
  setSizeBy: { type: "setSizeBy", sizeBy: "betweenness" },
  setColourBy: { type: "setColourBy", colourBy: "community" },
  setPath: { type: "setPath", path: { to: "d" } },
  clearPath: { type: "clearPath" },
  setEgo: { type: "setEgo", ego: null },
  setPlayhead: { type: "setPlayhead", playhead: 7 },
  setPlaying: { type: "setPlaying", playing: false },
  restore: { type: "restore", state: { query: "" } },
  reset: { type: "reset" },
};

describe("every intent", () => {
  it.each(Object.values(examples))("$type leaves its input untouched", (intent) => {
    const before = busyState();
    const after = apply(intent); // `busy` is frozen: writing into it would throw
    expect(busy).toEqual(before);
    expect(after).not.toBe(busy);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  });
});

describe("selection and hover", () => {
  it("select replaces the selection, actor or tie, and moves the keyboard's place there", () => {
    expect(apply(examples.select)).toEqual({
      ...busyState(),
      selection: { kind: "tie", id: "t1" },
      focus: { actor: "b", tie: "t1" },
    });
    const actor = apply({ type: "select", selection: { kind: "actor", id: "c" } });
    expect(actor).toEqual({
      ...busyState(),
      selection: { kind: "actor", id: "c" },
      focus: { actor: "c", tie: "t0" },
    });
    expect(apply({ type: "select", selection: null })).toEqual({ ...busyState(), selection: null });
  });

  it("clearSelection empties the selection only", () => {
    expect(apply(examples.clearSelection)).toEqual({ ...busyState(), selection: null });
  });

  it("hoverActor sets and clears the hovered actor, keeping the selection", () => {
    const hovered = apply(examples.hoverActor);
    expect(hovered).toEqual({ ...busyState(), hover: "c" });
    expect(apply({ type: "hoverActor", id: null }, hovered)).toEqual({
      ...busyState(),
      hover: null,
    });
    // The same actor again is no change: the store tells nobody.
    expect(apply({ type: "hoverActor", id: "b" })).toBe(busy);
  });

  it("focusActor moves the actors' tab stop and highlights the actor, keeping the selection", () => {
    expect(apply(examples.focusActor)).toEqual({
      ...busyState(),
      focus: { actor: "c", tie: "t0" },
      hover: "c",
    });
    // Already there and highlighted (b is both in the busy state): no change.
    expect(apply({ type: "focusActor", id: "b" })).toBe(busy);
  });

  it("focusTie moves the ties' tab stop only", () => {
    expect(apply(examples.focusTie)).toEqual({ ...busyState(), focus: { actor: "b", tie: "t2" } });
    expect(apply({ type: "focusTie", id: "t0" })).toBe(busy);
  });
});

describe("search and viewport", () => {
  it("setQuery replaces the query, and an empty one clears it", () => {
    expect(apply(examples.setQuery)).toEqual({ ...busyState(), query: "hamas" });
    expect(apply({ type: "setQuery", query: "" })).toEqual({ ...busyState(), query: "" });
  });

  it("setViewport replaces the whole transform; fitToView forgets it", () => {
    expect(apply(examples.setViewport)).toEqual({ ...busyState(), viewport: { x: 0, y: 0, k: 2 } });
    expect(apply(examples.fitToView)).toEqual({ ...busyState(), viewport: null });
    const fitted = apply(examples.fitToView, initialState());
    expect(fitted).toEqual(initialState());
  });
});

describe("pins", () => {
  it("pinActor adds a pin beside the others and moves one already pinned", () => {
    expect(apply(examples.pinActor).pins).toEqual({
      a: { x: 1, y: 2 },
      b: { x: 3, y: 4 },
      c: { x: 5, y: 6 },
    });
    const moved = apply({ type: "pinActor", id: "a", position: { x: -1, y: 0 } });
    expect(moved).toEqual({ ...busyState(), pins: { a: { x: -1, y: 0 }, b: { x: 3, y: 4 } } });
  });

  it("unpinActor frees one actor; an actor not pinned changes nothing", () => {
    expect(apply(examples.unpinActor)).toEqual({ ...busyState(), pins: { b: { x: 3, y: 4 } } });
    expect(apply({ type: "unpinActor", id: "c" })).toBe(busy);
    // "constructor" is a valid actor id, and a property of every object: not a pin here.
    expect(apply({ type: "unpinActor", id: "constructor" })).toBe(busy);
    expect(apply({ type: "unpinActor", id: "a" }, initialState())).toEqual(initialState());
  });

  it("unpinAll frees every actor and keeps the rest", () => {
    expect(apply(examples.unpinAll)).toEqual({ ...busyState(), pins: {} });
  });
});

describe("view options", () => {
  it("setCollapseParallel sets merging of parallel ties either way", () => {
    expect(apply(examples.setCollapseParallel)).toEqual({
      ...busyState(),
      collapseParallel: false,
    });
    expect(apply({ type: "setCollapseParallel", collapse: true }, initialState())).toEqual({
      ...initialState(),
      collapseParallel: true,
    });
  });

  it("setView switches between the picture and the table, keeping the selection", () => {
    const graph = apply(examples.setView);
    expect(graph).toEqual({ ...busyState(), view: "graph" });
    expect(apply({ type: "setView", view: "table" }, graph)).toEqual(busyState());
  });

  it("setColourBy chooses what actors are coloured by", () => {
    expect(apply(examples.setColourBy)).toEqual({ ...busyState(), colourBy: "community" });
    expect(apply({ type: "setColourBy", colourBy: "kind" })).toEqual({
      ...busyState(),
      colourBy: "kind",
    });
  });

  it("setSizeBy chooses what actors are sized by", () => {
    expect(apply(examples.setSizeBy)).toEqual({ ...busyState(), sizeBy: "betweenness" });
    expect(apply({ type: "setSizeBy", sizeBy: "none" })).toEqual({
      ...busyState(),
      sizeBy: "none",
    });
  });
});

describe("filters", () => {
  it("setFilters replaces only the filters it names", () => {
    expect(apply(examples.setFilters).filters).toEqual({
      kinds: null,
      statuses: ["confirmed"],
      sources: ["axios"],
      window: { from: "2025-04-01", to: "2025-04-30" },
    });
    const windowOnly = apply({
      type: "setFilters",
      filters: { window: { from: "2025-05-01", to: "2025-05-12" } },
    });
    expect(windowOnly).toEqual({
      ...busyState(),
      filters: { ...busyState().filters, window: { from: "2025-05-01", to: "2025-05-12" } },
    });
  });

  it("an empty list is kept as 'none of them', not dropped like null", () => {
    const none = apply({ type: "setFilters", filters: { statuses: [] } });
    expect(none.filters.statuses).toEqual([]);
    expect(none.filters.kinds).toEqual(["message", "call"]);
  });

  it("setFilters with nothing named changes no filter", () => {
    expect(apply({ type: "setFilters", filters: {} })).toEqual(busyState());
  });
});

describe("the path question", () => {
  it("setPath replaces only the parts it names", () => {
    expect(apply(examples.setPath).path).toEqual({
      from: "a",
      to: "d",
      directed: true,
      maxHops: 3,
      kinds: "all",
      respectTime: false,
    });
    const undirected = apply({ type: "setPath", path: { directed: false, maxHops: 6 } });
    expect(undirected).toEqual({
      ...busyState(),
      path: { ...busyState().path, directed: false, maxHops: 6 },
    });
    const inTime = apply({ type: "setPath", path: { kinds: "communication", respectTime: true } });
    expect(inTime.path).toEqual({
      ...busyState().path,
      kinds: "communication",
      respectTime: true,
    });
  });

  it("clearPath forgets both ends and keeps how the question is read", () => {
    expect(apply(examples.clearPath)).toEqual({
      ...busyState(),
      path: { ...busyState().path, from: null, to: null },
    });
    expect(apply(examples.clearPath).path).toMatchObject({ kinds: "all", respectTime: false });
  });
});

describe("the ego network", () => {
  it("setEgo sets the centre and hops, and null shows everyone again", () => {
    const ego = apply({ type: "setEgo", ego: { center: "c", hops: 1 } });
    expect(ego).toEqual({ ...busyState(), ego: { center: "c", hops: 1 } });
    expect(apply(examples.setEgo, ego)).toEqual({ ...busyState(), ego: null });
  });
});

describe("timeline playback", () => {
  it("setPlayhead moves the playhead and keeps playing", () => {
    expect(apply(examples.setPlayhead)).toEqual({ ...busyState(), playhead: 7 });
  });

  it("a playhead of 0 is the start (no tie yet), not 'all': playback goes on", () => {
    expect(apply({ type: "setPlayhead", playhead: 0 })).toEqual({ ...busyState(), playhead: 0 });
  });

  it("a playhead of null shows every tie and stops playback", () => {
    expect(apply({ type: "setPlayhead", playhead: null })).toEqual({
      ...busyState(),
      playhead: null,
      playing: false,
    });
    const paused = { ...busyState(), playing: false };
    expect(apply({ type: "setPlayhead", playhead: null }, paused)).toEqual({
      ...paused,
      playhead: null,
    });
  });

  it("keeps a playhead past the last tie as given: the view, which knows the ties, bounds it", () => {
    // The reducer has no network; deriveNetworkView reads 99 of 12 ties as all 12 (its test).
    expect(apply({ type: "setPlayhead", playhead: 99 }).playhead).toBe(99);
  });

  it("setPlaying starts and stops without moving the playhead", () => {
    expect(apply(examples.setPlaying)).toEqual({ ...busyState(), playing: false });
    const started = apply(
      { type: "setPlaying", playing: true },
      { ...initialState(), playhead: 2 },
    );
    expect(started).toEqual({ ...initialState(), playhead: 2, playing: true });
  });
});

describe("restore and reset", () => {
  it("restore replaces the fields it is given and keeps every other one", () => {
    expect(apply(examples.restore)).toEqual({ ...busyState(), query: "" });
    const two = apply({
      type: "restore",
      state: { selection: null, viewport: { x: 1, y: 1, k: 1 } },
    });
    expect(two).toEqual({ ...busyState(), selection: null, viewport: { x: 1, y: 1, k: 1 } });
    expect(apply({ type: "restore", state: {} })).toEqual(busyState());
  });

  it("restoring a URL hash (back, forward) keeps what the hash does not hold: pins, hover, focus, playback", () => {
    const hash = "actor=b&q=alpha&collapse=1";
    const context = { hasActor: (id: string) => id === "b", hasTie: () => false };
    const restored = apply({ type: "restore", state: decodeHash(hash, context) });
    expect(restored).toEqual({
      ...initialState(),
      selection: { kind: "actor", id: "b" },
      query: "alpha",
      collapseParallel: true,
      hover: "b",
      focus: { actor: "b", tie: "t0" },
      pins: { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } },
      playhead: 4,
      playing: true,
    });
    expect(encodeHash(restored)).toBe(hash);
  });

  it("reset goes back to the initial state from anywhere", () => {
    expect(apply(examples.reset)).toEqual(initialState());
    expect(apply(examples.reset, initialState())).toEqual(initialState());
    expect(initialState()).toEqual({
      selection: null,
      hover: null,
      focus: { actor: null, tie: null },
      query: "",
      viewport: null,
      collapseParallel: false,
      pins: {},
      view: "graph",
      filters: { kinds: null, statuses: null, sources: null, window: null },
      sizeBy: "none",
      colourBy: "kind",
      path: {
        from: null,
        to: null,
        directed: false,
        maxHops: 4,
        kinds: "communication",
        respectTime: true,
      },
      ego: null,
      playhead: null,
      playing: false,
    });
  });
});
