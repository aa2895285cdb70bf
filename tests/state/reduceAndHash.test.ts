import { describe, expect, it } from "vitest";
import { reduce } from "../../src/state/reduce";
import { initialState } from "../../src/state/appState";
import { decodeHash, encodeHash, isNavigation } from "../../src/state/urlHash";
import { createStore } from "../../src/state/store";

const context = {
  hasActor: (id: string) => ["a", "b"].includes(id),
  hasTie: (id: string) => id === "t1",
};

describe("reduce", () => {
  it("selects, clears and keeps the same object when nothing changes", () => {
    const s0 = initialState();
    const s1 = reduce(s0, { type: "select", selection: { kind: "actor", id: "a" } });
    expect(s1.selection).toEqual({ kind: "actor", id: "a" });
    expect(s0.selection).toBeNull();
    const s2 = reduce(s1, { type: "clearSelection" });
    expect(s2.selection).toBeNull();
    expect(reduce(s2, { type: "clearSelection" })).toBe(s2);
    expect(reduce(s2, { type: "hoverActor", id: null })).toBe(s2);
  });

  it("pins and unpins actors", () => {
    const pinned = reduce(initialState(), { type: "pinActor", id: "a", position: { x: 1, y: 2 } });
    expect(pinned.pins).toEqual({ a: { x: 1, y: 2 } });
    expect(reduce(pinned, { type: "unpinActor", id: "a" }).pins).toEqual({});
    expect(reduce(pinned, { type: "unpinActor", id: "zzz" })).toBe(pinned);
    expect(reduce(pinned, { type: "unpinAll" }).pins).toEqual({});
  });

  it("fits by forgetting the viewport", () => {
    const zoomed = reduce(initialState(), { type: "setViewport", viewport: { x: 1, y: 2, k: 3 } });
    expect(reduce(zoomed, { type: "fitToView" }).viewport).toBeNull();
  });
});

describe("the URL hash", () => {
  it("round-trips selection, search, viewport and options", () => {
    const state = {
      selection: { kind: "actor" as const, id: "a" },
      query: "witkof",
      viewport: { x: 10.04, y: -3.5, k: 1.23456 },
      collapseParallel: true,
      view: "table" as const,
    };
    const hash = encodeHash(state);
    expect(hash).toBe("actor=a&q=witkof&view=10%2C-3.5%2C1.235&collapse=1&table=1");
    expect(decodeHash(`#${hash}`, context)).toEqual({
      ...state,
      viewport: { x: 10, y: -3.5, k: 1.235 },
    });
  });

  it("is empty for the default view", () => {
    expect(encodeHash(initialState())).toBe("");
  });

  it("drops unknown ids and malformed viewports", () => {
    const decoded = decodeHash("#actor=zzz&tie=t1&view=1,2", context);
    expect(decoded.selection).toEqual({ kind: "tie", id: "t1" });
    expect(decoded.viewport).toBeNull();
    expect(decodeHash("#view=0,0,-1", context).viewport).toBeNull();
    expect(decodeHash("#view=NaN,0,1", context).viewport).toBeNull();
  });

  it("makes history entries for selections, not for pans", () => {
    const a = { ...initialState() };
    expect(isNavigation(a, { ...a, viewport: { x: 1, y: 1, k: 1 } })).toBe(false);
    expect(isNavigation(a, { ...a, selection: { kind: "actor", id: "a" } })).toBe(true);
  });
});

describe("the store", () => {
  it("notifies subscribers with the new and previous state, only on change", () => {
    const store = createStore(initialState());
    const seen: string[] = [];
    store.subscribe((state, previous) => seen.push(`${previous.query}→${state.query}`));
    store.dispatch({ type: "setQuery", query: "x" });
    store.dispatch({ type: "clearSelection" });
    expect(seen).toEqual(["→x"]);
  });
});
