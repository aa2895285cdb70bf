import { describe, expect, it } from "vitest";
import * as analysis from "../../src/analysis/questions";
import { reduce } from "../../src/state/reduce";
import { initialState } from "../../src/state/appState";
import { playOrderOf } from "../../src/view/networkView";
import { analysisShows, createViewCache, needMetrics } from "../../src/app/viewCache";
import { seedActorGraph } from "../fixtures/seedGraph";

const graph = seedActorGraph();
const start = initialState();

describe("the question's view, kept until its inputs change", () => {
  it("is the same object across hover, focus, zoom and a tie's selection", () => {
    const views = createViewCache(graph, playOrderOf(graph), true);
    const first = views.current(start);
    let state = reduce(start, { type: "hoverActor", id: "qatar" });
    state = reduce(state, { type: "focusActor", id: "egypt" });
    state = reduce(state, { type: "setViewport", viewport: { x: 1, y: 2, k: 3 } });
    state = reduce(state, { type: "select", selection: { kind: "tie", id: "x" } });
    expect(views.current(state)).toBe(first);
  });

  it("is derived again when a filter, the playhead or what needs metrics changes", () => {
    const views = createViewCache(graph, playOrderOf(graph), true);
    const first = views.current(start);
    const filtered = reduce(start, { type: "setFilters", filters: { kinds: ["message"] } });
    expect(views.current(filtered)).not.toBe(first);
    const played = reduce(start, { type: "setPlayhead", playhead: 2 });
    // two dated ties so far, and the thirteen undated ones the replay shows throughout
    expect(views.current(played).visibleEdges.size).toBe(2 + 13);
    const actor = reduce(start, { type: "select", selection: { kind: "actor", id: "qatar" } });
    expect(views.current(actor)).not.toBe(views.current(start));
  });

  it("has metrics once the analysis has arrived and an actor is selected, without betweenness if planned so", () => {
    const actor = reduce(start, { type: "select", selection: { kind: "actor", id: "qatar" } });
    const views = createViewCache(graph, playOrderOf(graph), false);
    expect(views.current(actor).metrics).toBeNull();
    views.setAnalysis(analysis);
    const metrics = views.current(actor).metrics;
    expect(metrics?.tieCount).toBe(25);
    expect(metrics?.brokerageComputed).toBe(false);
  });
});

describe("what the analysis changes", () => {
  it("matters for an actor's details, sizing, a neighbourhood and a complete path only", () => {
    expect(needMetrics(start)).toBe(false);
    expect(analysisShows(start)).toBe(false);
    expect(analysisShows({ ...start, selection: { kind: "tie", id: "x" } })).toBe(false);
    expect(analysisShows({ ...start, selection: { kind: "actor", id: "x" } })).toBe(true);
    expect(analysisShows({ ...start, sizeBy: "ties" })).toBe(true);
    expect(analysisShows({ ...start, ego: { center: "x", hops: 1 } })).toBe(true);
    expect(analysisShows({ ...start, path: { ...start.path, from: "a" } })).toBe(false);
    expect(analysisShows({ ...start, path: { ...start.path, from: "a", to: "b" } })).toBe(true);
  });
});
