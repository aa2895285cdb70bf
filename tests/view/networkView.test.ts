import { describe, expect, it } from "vitest";
import { deriveNetworkView, playOrderOf } from "../../src/view/networkView";
import { layoutTimeline, layoutTimelineSteps, playX } from "../../src/view/timelineLayout";
import { buildGraph } from "../../src/model/actorGraph";
import { largeNetworkDocument } from "../fixtures/largeNetwork";
import { initialState, NO_FILTERS } from "../../src/state/appState";
import { COMMUNICATION_TIE_KINDS } from "../../src/schema/vocabulary";
import { seedActorGraph } from "../fixtures/seedGraph";
import * as analysis from "../../src/analysis/questions";

const graph = seedActorGraph();
const base = initialState();
const order = playOrderOf(graph);

describe("the network view", () => {
  it("shows everything with no question asked", () => {
    const view = deriveNetworkView(graph, base);
    expect(view.visibleEdges.size).toBe(25);
    expect(view.visibleNodes.size).toBe(15);
    expect(view.captions).toEqual([]);
    expect(view.emphasis).toBeUndefined();
  });

  it("plays dated ties in date order, starting with the 2024 support and ending on 12 May", () => {
    expect(order).toHaveLength(12);
    expect(order[0]).toBe("bahbah-supports-trump");
    // "until his release on 12 May" has no start: it plays at its end, after the call that day
    expect(order.slice(-2)).toEqual(["trump-speaks-to-netanyahu", "hamas-holds-alexander"]);
    const view = deriveNetworkView(graph, { ...base, playhead: 5 });
    // five dated ties so far, and the thirteen undated ones, shown throughout the replay
    expect(view.visibleEdges.size).toBe(5 + 13);
    expect(order.slice(0, 5).every((edge) => view.visibleEdges.has(edge))).toBe(true);
    expect(order.slice(5).some((edge) => view.visibleEdges.has(edge))).toBe(false);
    expect(view.playDate).toBe("22 April 2025");
    expect(view.captions).toContain(
      "Timeline: 5 of 12 dated ties (last: 22 April 2025), 13 undated shown throughout",
    );
    // only the actors those ties touch are shown: Egypt's only tie (a guarantee) is undated
    expect(view.visibleNodes.has("egypt")).toBe(true);
    expect(view.visibleNodes.has("benjamin-netanyahu")).toBe(false);
  });

  it.each([
    [1, "2024"],
    [2, "March 2025"],
    [3, "c. 21–30 April 2025"],
    [11, "12 May 2025"],
    [12, "until 12 May 2025"],
  ])("says the date of tie %i at its precision: %s", (playhead, date) => {
    expect(deriveNetworkView(graph, { ...base, playhead }).playDate).toBe(date);
  });

  it("bounds a playhead out of range: below 0 is the start, past the end is every dated tie", () => {
    const before = deriveNetworkView(graph, { ...base, playhead: -3 });
    // no dated tie yet; the 13 undated ones are shown throughout
    expect(before.visibleEdges.size).toBe(13);
    expect(order.some((edge) => before.visibleEdges.has(edge))).toBe(false);
    expect(before.playDate).toBeNull();
    expect(before.captions).toContain("Timeline at its start, 13 undated shown throughout");
    // 12 dated ties and the 13 undated; the last one ends on 12 May.
    const after = deriveNetworkView(graph, { ...base, playhead: 99 });
    expect(after.visibleEdges.size).toBe(25);
    expect(after.playDate).toBe("until 12 May 2025");
    expect(after.captions).toContain(
      "Timeline: 12 of 12 dated ties (last: until 12 May 2025), 13 undated shown throughout",
    );
  });

  it("keeps only the ego network and says so", () => {
    const view = deriveNetworkView(
      graph,
      { ...base, ego: { center: "khalil-al-hayya", hops: 1 } },
      order,
      analysis,
    );
    expect([...view.visibleNodes].sort()).toEqual(["bishara-bahbah", "hamas", "khalil-al-hayya"]);
    expect(view.captions[0]).toBe("Only actors within 1 hop of Khalil al-Hayya");
  });

  const pathTo = (kinds: "communication" | "all", respectTime: boolean) => ({
    from: "hamas-official",
    to: "donald-trump",
    directed: false,
    maxHops: 4,
    kinds,
    respectTime,
  });

  it("emphasises the shortest path over communication ties and lists every chain", () => {
    const view = deriveNetworkView(
      graph,
      {
        ...base,
        filters: {
          ...NO_FILTERS,
          kinds: [...COMMUNICATION_TIE_KINDS],
        },
        path: pathTo("communication", false),
      },
      order,
      analysis,
    );
    expect(view.path?.shortest?.nodes).toEqual([
      "hamas-official",
      "bishara-bahbah",
      "steve-witkoff",
      "mohammed-al-thani",
      "donald-trump",
    ]);
    expect(view.emphasis?.nodes.size).toBe(5);
    expect(view.path?.all.total).toBe(1);
    expect(view.captions.at(-1)).toMatch(
      /^Shortest path \(over communications\): \u2068Hamas official outside Gaza\u2069 → \u2068Bishara Bahbah\u2069/,
    );
  });

  it("in time order, emphasises the nearest alternative's chain and only the ties that fit", () => {
    const view = deriveNetworkView(
      graph,
      { ...base, path: pathTo("communication", true) },
      order,
      analysis,
    );
    expect(view.path?.answered).toEqual({ kinds: "all", respectTime: true });
    expect([...(view.emphasis?.edges ?? [])].sort()).toEqual([
      "bahbah-relays-to-witkoff",
      "hamas-official-bahbah-messages",
      "hamas-official-contacts-bahbah",
      "witkoff-envoy-of-trump",
    ]);
    expect(view.captions.at(-1)).toBe(
      "Shortest path (over all tie kinds, in time order): \u2068Hamas official outside Gaza\u2069 → \u2068Bishara Bahbah\u2069 → \u2068Steve Witkoff\u2069 → \u2068Donald Trump\u2069",
    );
  });

  it("sizes actors by betweenness within the scale's range", () => {
    const view = deriveNetworkView(graph, { ...base, sizeBy: "betweenness" }, order, analysis);
    const sizes = [...view.sizes.values()];
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBeCloseTo(2.2);
  });
});

describe("before the analysis module has loaded", () => {
  it("has exact visibility but no metrics, sizes or path yet", () => {
    const view = deriveNetworkView(graph, {
      ...base,
      sizeBy: "betweenness",
      path: { ...base.path, from: "hamas-official", to: "donald-trump" },
    });
    expect(view.visibleEdges.size).toBe(25);
    expect(view.metrics).toBeNull();
    expect(view.sizes.size).toBe(0);
    expect(view.path).toBeNull();
  });

  it("skips metrics nobody looks at", () => {
    expect(
      deriveNetworkView(graph, { ...base, needMetrics: false }, order, analysis).metrics,
    ).toBeNull();
  });

  it("skips betweenness and communities when the drawing plan says so, keeping the degrees", () => {
    const metrics = deriveNetworkView(
      graph,
      { ...base, betweenness: false },
      order,
      analysis,
    ).metrics!;
    expect(metrics.brokerageComputed).toBe(false);
    expect(metrics.maxBetweenness).toBe(0);
    expect(metrics.communityCount).toBe(0);
    expect(metrics.nodes.get("bishara-bahbah")?.degree).toBe(5);
  });
});

describe("the timeline layout", () => {
  const layout = layoutTimeline(graph, 600);

  it("puts every dated tie on the axis and counts the undated ones", () => {
    expect(layout.items).toHaveLength(12);
    expect(layout.undated).toHaveLength(13);
  });

  it("draws exact days as ticks and periods as bars", () => {
    const day = layout.items.find((i) => i.id === "al-thani-meets-trump")!;
    const month = layout.items.find((i) => i.id === "boehler-hamas-march-negotiations")!;
    expect(day.x1 - day.x0).toBeCloseTo(3);
    // March: 31 of the 73 days the axis focuses on.
    const focus = layout.stretches.find((s) => !s.compressed)!;
    expect((month.x1 - month.x0) / (focus.x1 - focus.x0)).toBeCloseTo(31 / 73, 6);
    // The 2024 tie lies in the compressed stretch before March 2025.
    const year = layout.items.find((i) => i.id === "bahbah-supports-trump")!;
    const squeezed = layout.stretches.find((s) => s.compressed)!;
    expect(year.x0).toBeGreaterThanOrEqual(squeezed.x0);
    expect(year.x1).toBeLessThanOrEqual(squeezed.x1);
    // "until 12 May": a short stub ending on that day.
    const until = layout.items.find((i) => i.id === "hamas-holds-alexander")!;
    expect(until.openStart).toBe(true);
    expect(until.x1 - until.x0).toBe(14);
  });

  it("puts the playhead on the first day of the tie the replay stands at", () => {
    const x = (date: string) => layout.toX(Date.parse(`${date}T12:00:00Z`));
    const at = (id: string) => playX(layout, graph.getEdgeAttribute(id, "time"));
    expect(at("al-thani-meets-trump")).toBeCloseTo(x("2025-04-22"), 6);
    expect(at("hamas-official-contacts-bahbah")).toBeCloseTo(x("2025-04-21"), 6);
    // "until 12 May 2025": on 12 May, not halfway along an open bar.
    expect(at("hamas-holds-alexander")).toBeCloseTo(x("2025-05-12"), 6);
  });

  it("never overlaps two items in one lane", () => {
    for (const a of layout.items)
      for (const b of layout.items)
        if (a !== b && a.lane === b.lane) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
  });

  it("past the item limit, counts ties over time instead of packing them into lanes", () => {
    const dense = layoutTimeline(graph, 600, 10, 5);
    expect(dense.items).toEqual([]);
    expect(dense.dated).toBe(12);
    expect(dense.density!.counts.reduce((sum, n) => sum + n, 0)).toBe(12);
    expect(dense.density!.counts).toHaveLength(200);
    // The same axis as the lanes would have had; each tie counted where its mark would be.
    expect(dense.ticks).toEqual(layout.ticks);
    const day = layout.items.find((i) => i.id === "al-thani-meets-trump")!;
    const bin = Math.floor((day.x0 + day.x1) / 2 / dense.density!.width);
    expect(dense.density!.counts[bin]).toBeGreaterThan(0);
    expect(layout.density).toBeUndefined();
    expect(layout.dated).toBe(12);
  });

  it("works a large network's density out in steps, every dated tie counted once", () => {
    const large = buildGraph(largeNetworkDocument({ actors: 2000, ties: 9000, seed: 2 }));
    const steps = layoutTimelineSteps(large, 800, 10, 4000);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    // 9,000 ties read 2,000 between yields, then the axis, then the bins
    expect(yields).toBeGreaterThan(6);
    // every generated tie is dated
    expect(next.value.density!.counts.reduce((sum, n) => sum + n, 0)).toBe(9000);
    expect(next.value.undated).toEqual([]);
  });

  it("maps time to pixels and back", () => {
    const t = Date.UTC(2025, 3, 22);
    expect(layout.toTime(layout.toX(t))).toBeCloseTo(t, -3);
    expect(layout.ticks.length).toBeGreaterThan(3);
  });
});
