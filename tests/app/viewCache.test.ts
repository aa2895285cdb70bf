import { describe, expect, it, vi } from "vitest";
import * as analysis from "../../src/analysis/questions";
import { reduce } from "../../src/state/reduce";
import { initialState } from "../../src/state/appState";
import { playOrderOf } from "../../src/view/networkView";
import { analysisShows, createViewCache, needMetrics } from "../../src/app/viewCache";
import { seedActorGraph } from "../fixtures/seedGraph";
import { buildGraph } from "../../src/model/actorGraph";
import { largeNetworkDocument } from "../fixtures/largeNetwork";

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

  it("is derived again when a filter or the playhead changes", () => {
    const views = createViewCache(graph, playOrderOf(graph), true);
    const first = views.current(start);
    const filtered = reduce(start, { type: "setFilters", filters: { kinds: ["message"] } });
    expect(views.current(filtered)).not.toBe(first);
    const played = reduce(start, { type: "setPlayhead", playhead: 2 });
    // two dated ties so far, and the thirteen undated ones the replay shows throughout
    expect(views.current(played).visibleEdges.size).toBe(2 + 13);
  });

  it("gains metrics when an actor is selected, keeping the same visible actors and ties", () => {
    const views = createViewCache(graph, playOrderOf(graph), true);
    views.setAnalysis(analysis);
    const first = views.current(start);
    expect(first.metrics).toBeNull();
    const actor = reduce(start, { type: "select", selection: { kind: "actor", id: "qatar" } });
    const selected = views.current(actor);
    expect(selected.metrics?.nodes.get("qatar")?.degree).toBe(
      graph.degree("qatar") -
        graph.outEdges("qatar").filter((e) => graph.target(e) === "qatar").length,
    );
    expect(selected.visibleEdges).toBe(first.visibleEdges);
    expect(selected.visibleNodes).toBe(first.visibleNodes);
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

describe("a large network's metrics, worked out ahead", () => {
  const large = buildGraph(largeNetworkDocument({ actors: 1000, ties: 3000, seed: 5 }));
  const someone = large.nodes()[17]!;
  const selected = reduce(start, { type: "select", selection: { kind: "actor", id: someone } });
  /** The analysis module, with its two ways of computing metrics counted. */
  let finished = 0;
  const counted = () => ({
    ...analysis,
    computeMetrics: vi.fn(analysis.computeMetrics),
    computeMetricsSteps: vi.fn(function* (
      ...args: Parameters<typeof analysis.computeMetricsSteps>
    ) {
      const metrics = yield* analysis.computeMetricsSteps(...args);
      finished++;
      return metrics;
    }),
  });

  it("are ready before the first selection, which only reads them", async () => {
    vi.useFakeTimers();
    try {
      const module = counted();
      const views = createViewCache(large, playOrderOf(large), false);
      views.setAnalysis(module);
      views.current(start);
      finished = 0;
      await vi.runAllTimersAsync(); // the page idle: the steps run in slices
      expect(finished).toBe(1);
      const { metrics } = views.current(selected);
      expect(module.computeMetrics).not.toHaveBeenCalled();
      expect(module.computeMetricsSteps).toHaveBeenCalledTimes(1);
      // the same as computing them at once (the network's tie counts: hand-checkable per actor)
      expect(metrics).toEqual(analysis.computeMetrics(large, undefined, { brokerage: false }));
      expect(metrics?.nodes.get(someone)?.degree).toBe(large.degree(someone));
    } finally {
      vi.useRealTimers();
    }
  });

  it("are finished at once when an actor is selected before the page was idle", () => {
    const module = counted();
    const views = createViewCache(large, playOrderOf(large), false);
    views.setAnalysis(module);
    views.current(start);
    const { metrics } = views.current(selected);
    expect(module.computeMetrics).not.toHaveBeenCalled();
    expect(metrics).toEqual(analysis.computeMetrics(large, undefined, { brokerage: false }));
  });

  it("are not worked out ahead where betweenness is planned (it is not a thing to slice)", () => {
    const module = counted();
    const views = createViewCache(graph, playOrderOf(graph), true);
    views.setAnalysis(module);
    views.current(start);
    expect(module.computeMetricsSteps).not.toHaveBeenCalled();
  });
});
