import { describe, expect, it } from "vitest";
import { deriveNetworkView, playOrderOf } from "../../src/view/networkView";
import { layoutTimeline } from "../../src/view/timelineLayout";
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
    expect(view.visibleEdges.size).toBe(5);
    expect(view.playDate).toBe("22 April 2025");
    expect(view.captions).toContain("Timeline at 22 April 2025: 5 ties so far");
    // only the actors those ties touch are shown
    expect(view.visibleNodes.has("egypt")).toBe(false);
  });

  it("bounds a playhead out of range: below 0 is the start, past the end is every dated tie", () => {
    const before = deriveNetworkView(graph, { ...base, playhead: -3 });
    expect(before.visibleEdges.size).toBe(0);
    expect(before.playDate).toBeNull();
    expect(before.captions).toContain("Timeline at its start");
    // 12 dated ties (the 13 undated ones never play); the last ends on 12 May.
    const after = deriveNetworkView(graph, { ...base, playhead: 99 });
    expect([...after.visibleEdges].sort()).toEqual([...order].sort());
    expect(after.playDate).toBe("12 May 2025");
    expect(after.captions).toContain("Timeline at 12 May 2025: 12 ties so far");
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
      /^Shortest path \(over communications\): Hamas official outside Gaza → Bishara Bahbah/,
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
      "Shortest path (over all tie kinds, in time order): Hamas official outside Gaza → Bishara Bahbah → Steve Witkoff → Donald Trump",
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
    const year = layout.items.find((i) => i.id === "bahbah-supports-trump")!;
    expect(day.x1 - day.x0).toBeCloseTo(3);
    expect(year.x1 - year.x0).toBeGreaterThan(200);
    expect(layout.items.find((i) => i.id === "hamas-holds-alexander")!.openStart).toBe(true);
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

  it("maps time to pixels and back", () => {
    const t = Date.UTC(2025, 3, 22);
    expect(layout.toTime(layout.toX(t))).toBeCloseTo(t, -3);
    expect(layout.ticks.length).toBeGreaterThan(3);
  });
});
