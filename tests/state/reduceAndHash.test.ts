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
      ...initialState(),
      selection: { kind: "actor" as const, id: "a" },
      query: "witkof",
      viewport: { x: 10.04, y: -3.5, k: 1.23456 },
      collapseParallel: true,
      view: "table" as const,
    };
    const hash = encodeHash(state);
    expect(hash).toBe("actor=a&q=witkof&view=10%2C-3.5%2C1.235&collapse=1&table=1");
    const decoded = decodeHash(`#${hash}`, context);
    expect(decoded).toEqual({
      selection: state.selection,
      query: "witkof",
      viewport: { x: 10, y: -3.5, k: 1.235 },
      collapseParallel: true,
      view: "table",
      filters: state.filters,
      sizeBy: "none",
      colourBy: "kind",
      path: state.path,
      ego: null,
    });
  });

  it("round-trips colouring by community and by an attribute the file offers, kind left out", () => {
    const offered = { ...context, hasColourAttribute: (key: string) => key === "club" };
    expect(encodeHash(initialState())).toBe("");
    for (const colourBy of ["community", "attribute:club"] as const) {
      const hash = encodeHash({ ...initialState(), colourBy });
      expect(hash).toBe(colourBy === "community" ? "colour=community" : "colour=attribute%3Aclub");
      expect(decodeHash(`#${hash}`, offered).colourBy).toBe(colourBy);
    }
    // An attribute the network does not offer, or anything else, colours by kind.
    expect(decodeHash("#colour=attribute%3Ablock", offered).colourBy).toBe("kind");
    expect(decodeHash("#colour=attribute%3Aclub", context).colourBy).toBe("kind");
    expect(decodeHash("#colour=rainbow", offered).colourBy).toBe("kind");
    // A new colouring is a step Back returns from.
    const hashOf = (colourBy: "kind" | "community") => ({ ...initialState(), colourBy });
    expect(isNavigation(hashOf("kind"), hashOf("community"))).toBe(true);
  });

  it("round-trips filters, the time window, the path, the ego network and sizing", () => {
    const state = {
      ...initialState(),
      filters: {
        kinds: ["message" as const, "call" as const],
        statuses: ["confirmed" as const],
        sources: ["s1"],
        window: { from: "2025-04-21", to: "2025-05-12" },
      },
      sizeBy: "betweenness" as const,
      path: {
        from: "a",
        to: "b",
        directed: true,
        maxHops: 3,
        kinds: "all" as const,
        respectTime: false,
      },
      ego: { center: "b", hops: 2 },
    };
    const hash = encodeHash(state);
    expect(hash).toContain("pathkinds=all&pathtime=ignore");
    const decoded = decodeHash(hash, context);
    expect(decoded.filters).toEqual(state.filters);
    expect(decoded.sizeBy).toBe("betweenness");
    expect(decoded.path).toEqual(state.path);
    expect(decoded.ego).toEqual(state.ego);
  });

  it("drops filter values it does not know and windows that end before they start", () => {
    const decoded = decodeHash(
      "#kinds=message,zzz&status=&from=2025-05-01&to=2025-04-01&path=a,nobody&ego=a,99",
      context,
    );
    expect(decoded.filters.kinds).toEqual(["message"]);
    expect(decoded.filters.statuses).toEqual([]);
    expect(decoded.filters.window).toBeNull();
    expect(decoded.path.to).toBeNull();
    expect(decoded.ego).toBeNull();
  });

  it("asks paths over communications in time order unless the hash says otherwise", () => {
    const decoded = decodeHash("#path=a,b&hops=2", context);
    expect(decoded.path).toEqual({
      from: "a",
      to: "b",
      directed: false,
      maxHops: 2,
      kinds: "communication",
      respectTime: true,
    });
    expect(encodeHash({ ...initialState(), path: decoded.path })).toBe("path=a%2Cb&hops=2");
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

  it("reads a path's hop count only up to what the path finder offers (6)", () => {
    const hops = (value: string) => decodeHash(`#path=a,b&hops=${value}`, context).path.maxHops;
    expect(hops("8")).toBe(6);
    expect(hops("1000000")).toBe(6);
    expect(hops("6")).toBe(6);
    expect(hops("1")).toBe(1);
    expect(hops("0")).toBe(4);
    expect(hops("2.5")).toBe(4);
    expect(hops("x")).toBe(4);
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
