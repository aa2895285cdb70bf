import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computeMetrics, formatRank, type NetworkMetrics } from "../../src/analysis/metrics";
import {
  communicationOnly,
  graphOf,
  pairWithIsolate,
  seedGraph,
  squareWithTail,
  twoTriangles,
} from "../fixtures/analysisNetworks";
import { buildGraph } from "../../src/model/actorGraph";
import { projectTies } from "../../src/analysis/projection";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { metricRows } from "../../src/view/details";
import { statusesAndLoops } from "../fixtures/documents";

const rankOf = (metrics: NetworkMetrics, node: string, which: "degreeRank" | "betweennessRank") => {
  const entry = metrics.nodes.get(node);
  if (!entry) throw new Error(`no metrics for ${node}`);
  return formatRank(entry[which]);
};

describe("metrics of the square with a tail", () => {
  const graph = graphOf(squareWithTail());
  const metrics = computeMetrics(graph);

  // Degrees count every tie, parallel ones too. a: out ab-message, ab-call; in ha-member;
  // undirected ba-meeting, ad-negotiation. d: out dc-message, de-briefing; undirected
  // ad-negotiation. 9 ties → the degrees sum to 18.
  //
  // Betweenness, by hand, on the simple undirected projection a–b, b–c, c–d, d–a, d–e, e–f, a–h
  // (g isolated). Each of the 21 pairs of connected actors gives 1 to every actor on its shortest
  // path, split when there are two (pairs across the square: a–c via b or d, b–d via a or c):
  //   a–c: b ½ d ½          b–d: a ½ c ½          b–e: a ½ c ½ d 1      b–f: a ½ c ½ d 1 e 1
  //   a–e: d 1              a–f: d 1 e 1          b–h: a 1              c–e: d 1
  //   c–f: d 1 e 1          c–h: b ½ d ½ a 1      d–f: e 1              d–h: a 1
  //   e–h: d 1 a 1          f–h: e 1 d 1 a 1      (the other 7 pairs are adjacent)
  // Totals: d 9, a 6½, e 5, c 1½, b 1, f = g = h = 0 (sum 23 = Σ(distance − 1) over the pairs).
  // Normalised over all 8 actors: × 2 / ((8 − 1)(8 − 2)) = × 1/21.
  it.each([
    // node, in, out, undirected, degree, degree rank, betweenness × 21, betweenness rank
    ["a", 1, 2, 2, 5, "1st of 8", 6.5, "2nd of 8"],
    ["b", 2, 1, 1, 4, "2nd of 8", 1, "5th of 8"],
    ["c", 2, 0, 0, 2, "joint 4th of 8", 1.5, "4th of 8"],
    ["d", 0, 2, 1, 3, "3rd of 8", 9, "1st of 8"],
    ["e", 1, 1, 0, 2, "joint 4th of 8", 5, "3rd of 8"],
    ["f", 1, 0, 0, 1, "joint 6th of 8", 0, "joint 6th of 8"],
    ["g", 0, 0, 0, 0, "8th of 8", 0, "joint 6th of 8"],
    ["h", 0, 1, 0, 1, "joint 6th of 8", 0, "joint 6th of 8"],
  ] as const)(
    "%s: in %i, out %i, undirected %i, degree %i (%s), betweenness %f/21 (%s)",
    (node, inDegree, outDegree, undirectedDegree, degree, degreeRank, between21, betweenRank) => {
      expect(metrics.nodes.get(node)).toMatchObject({
        inDegree,
        outDegree,
        undirectedDegree,
        degree,
      });
      expect(metrics.nodes.get(node)?.betweenness).toBeCloseTo(between21 / 21, 12);
      expect(rankOf(metrics, node, "degreeRank")).toBe(degreeRank);
      expect(rankOf(metrics, node, "betweennessRank")).toBe(betweenRank);
    },
  );

  it("summarises the network", () => {
    expect(metrics).toMatchObject({
      actorCount: 8,
      connectedCount: 7,
      tieCount: 9,
      maxDegree: 5,
    });
    expect(metrics.maxBetweenness).toBeCloseTo(9 / 21, 12);
    expect([...metrics.nodes.keys()]).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });

  // Without the member-of tie h drops out. Pairs among a–f (15): a–c b ½ d ½; b–d a ½ c ½;
  // b–e a ½ c ½ d 1; b–f a ½ c ½ d 1 e 1; a–e d 1; a–f d 1 e 1; c–e d 1; c–f d 1 e 1; d–f e 1.
  // Totals: d 6½, e 4, a 1½, c 1½, b ½; still × 1/21 (h and g still count as actors).
  it.each([
    ["a", 1.5, "joint 3rd of 8", 4],
    ["b", 0.5, "5th of 8", 4],
    ["c", 1.5, "joint 3rd of 8", 2],
    ["d", 6.5, "1st of 8", 3],
    ["e", 4, "2nd of 8", 2],
    ["h", 0, "joint 6th of 8", 0],
  ] as const)(
    "on the ties a filter keeps, %s has betweenness %f/21 (%s) and degree %i",
    (node, between21, rank, degree) => {
      const kept = computeMetrics(graph, (edge) => edge !== "ha-member");
      expect(kept.nodes.get(node)?.betweenness).toBeCloseTo(between21 / 21, 12);
      expect(rankOf(kept, node, "betweennessRank")).toBe(rank);
      expect(kept.nodes.get(node)?.degree).toBe(degree);
      expect(kept.connectedCount).toBe(6);
      expect(kept.tieCount).toBe(8);
    },
  );

  it("does not write metrics into the graph", () => {
    expect(graph.getNodeAttributes("a")).toEqual({ name: "Alpha", kind: "person" });
  });
});

describe("communities", () => {
  it("finds the two triangles joined by a bridge, largest first then in document order", () => {
    const metrics = computeMetrics(graphOf(twoTriangles()));
    const communities = Object.fromEntries(
      [...metrics.nodes].map(([node, entry]) => [node, entry.community]),
    );
    expect(communities).toEqual({ a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 });
    expect(metrics.communityCount).toBe(2);
  });

  it("leaves actors without kept ties out of every community", () => {
    const metrics = computeMetrics(graphOf(squareWithTail()));
    expect(metrics.nodes.get("g")?.community).toBeNull();
    for (const node of ["a", "b", "c", "d", "e", "f", "h"])
      expect(metrics.nodes.get(node)?.community).toEqual(expect.any(Number));
  });

  it("computes none below three connected actors", () => {
    const metrics = computeMetrics(graphOf(pairWithIsolate()));
    expect(metrics.connectedCount).toBe(2);
    expect(metrics.communityCount).toBe(0);
    expect([...metrics.nodes.values()].map((entry) => entry.community)).toEqual([null, null, null]);
  });

  it("gives the same communities every time, on the same graph or a fresh one", () => {
    const communitiesOf = (metrics: NetworkMetrics) =>
      [...metrics.nodes].map(([node, entry]) => [node, entry.community]);
    const graph = seedGraph();
    const first = communitiesOf(computeMetrics(graph, communicationOnly(graph)));
    const again = communitiesOf(computeMetrics(graph, communicationOnly(graph)));
    const fresh = seedGraph();
    const rebuilt = communitiesOf(computeMetrics(fresh, communicationOnly(fresh)));
    expect(again).toEqual(first);
    expect(rebuilt).toEqual(first);
    expect(communitiesOf(computeMetrics(graph))).toEqual(communitiesOf(computeMetrics(graph)));
  });
});

describe("metrics of the seed network, communication ties only", () => {
  const graph = seedGraph();
  const metrics = computeMetrics(graph, communicationOnly(graph));

  // The 14 communication ties, merged per pair and read both ways, form a tree on 12 actors
  // (Qatar, Egypt and Edan Alexander have none):
  //
  //   hamas-official ─ Bahbah ─ Witkoff ─ al-Thani ─ Trump ─ Netanyahu
  //                      │         │          │
  //                  al-Hayya    Israel     Trump administration ─ Hamas ─ Boehler
  //                                │
  //                     Israeli intelligence
  //
  // In a tree an actor lies on the one path between every pair it separates, so its betweenness
  // is Σ nᵢ·nⱼ over the pairs of branches left when it is removed:
  //   Witkoff:  branches {Bahbah, official, al-Hayya} 3, {al-Thani side} 6, {Israel, intel} 2
  //             → 3·6 + 3·2 + 6·2 = 36
  //   al-Thani: branches {Witkoff side} 6, {Trump, Netanyahu} 2, {administration, Hamas, Boehler} 3
  //             → 6·2 + 6·3 + 2·3 = 36
  //   Bahbah:   branches {official} 1, {al-Hayya} 1, {Witkoff side} 9 → 1 + 9 + 9 = 19
  //   Trump administration: {Hamas, Boehler} 2 × the other 9 = 18
  //   Trump, Hamas, Israel: 1 leaf × the other 10 = 10;  the five leaves and three isolates: 0.
  // Witkoff and al-Thani tie exactly (same branch sizes 3, 6, 2), so the top broker is shared;
  // Bahbah comes third. Normalised over all 15 actors: × 2 / (14 · 13) = × 1/91.
  it.each([
    ["steve-witkoff", 36, "joint 1st of 15"],
    ["mohammed-al-thani", 36, "joint 1st of 15"],
    ["bishara-bahbah", 19, "3rd of 15"],
    ["trump-administration", 18, "4th of 15"],
    ["donald-trump", 10, "joint 5th of 15"],
    ["hamas", 10, "joint 5th of 15"],
    ["israel", 10, "joint 5th of 15"],
    ["hamas-official", 0, "joint 8th of 15"],
    ["qatar", 0, "joint 8th of 15"],
  ] as const)("%s has betweenness %i/91 (%s)", (node, between91, rank) => {
    expect(metrics.nodes.get(node)?.betweenness).toBeCloseTo(between91 / 91, 12);
    expect(rankOf(metrics, node, "betweennessRank")).toBe(rank);
  });

  it("puts Witkoff (with al-Thani) at the top and Bahbah next", () => {
    const top = [...metrics.nodes]
      .sort((a, b) => b[1].betweenness - a[1].betweenness || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([node]) => node);
    expect(top).toEqual(["mohammed-al-thani", "steve-witkoff", "bishara-bahbah"]);
  });

  // Bahbah: in the first message (directed); out the talk with al-Hayya; undirected the twenty
  // messages and the relay to Witkoff. Witkoff: in Israel's deadline; undirected relay, meeting.
  it.each([
    ["bishara-bahbah", 1, 1, 2, 4],
    ["steve-witkoff", 1, 0, 2, 3],
    ["mohammed-al-thani", 1, 1, 2, 4],
    ["trump-administration", 1, 2, 1, 4],
  ] as const)(
    "%s has in %i, out %i, undirected %i, degree %i",
    (node, inDegree, outDegree, undirectedDegree, degree) => {
      expect(metrics.nodes.get(node)).toMatchObject({
        inDegree,
        outDegree,
        undirectedDegree,
        degree,
      });
    },
  );

  it("counts the communication ties and the actors they connect", () => {
    expect(metrics).toMatchObject({ actorCount: 15, connectedCount: 12, tieCount: 14 });
  });
});

describe("metrics with ties from an actor to itself", () => {
  // statusesAndLoops: p → q (s1), p → o (s2), o → o (s3, directed), o ↔ o (s4, no direction),
  // q → o (s5). As graphology counts a self-loop: a directed one once in and once out, an
  // undirected one twice undirected. So o: in s2, s5, s3 = 3; out s3 = 1; undirected s4 × 2 = 2;
  // degree 6, with 2 self-loops. p: out 2. q: in 1, out 1.
  const metrics = computeMetrics(buildGraph(statusesAndLoops()));

  it.each([
    // node, in, out, undirected, degree, self-loops, degree rank
    ["o", 3, 1, 2, 6, 2, "1st of 3"],
    ["p", 0, 2, 0, 2, 0, "joint 2nd of 3"],
    ["q", 1, 1, 0, 2, 0, "joint 2nd of 3"],
  ] as const)(
    "%s: in %i, out %i, undirected %i, degree %i, self-loops %i (%s)",
    (node, inDegree, outDegree, undirectedDegree, degree, selfLoops, degreeRank) => {
      expect(metrics.nodes.get(node)).toMatchObject({
        inDegree,
        outDegree,
        undirectedDegree,
        degree,
        selfLoops,
      });
      expect(rankOf(metrics, node, "degreeRank")).toBe(degreeRank);
    },
  );

  it("counts five ties and gives a loop no share of any shortest path", () => {
    expect(metrics.tieCount).toBe(5);
    // The simple projection is the path p – q – o plus p – o: a triangle, so nobody brokers.
    for (const node of ["o", "p", "q"]) expect(metrics.nodes.get(node)?.betweenness).toBe(0);
  });

  it("says in the details how a tie to itself is counted", () => {
    expect(metricRows(metrics, "o")[0]).toEqual({
      label: "Ties",
      value: "6 (3 in, 1 out, 2 both ways; 2 ties to itself, counted twice) · 1st of 3",
    });
  });
});

describe("tie counts against graphology's own on the directed projection", () => {
  // The reference: graphology's degree methods on projectTies' mixed multigraph (what
  // computeMetrics used before it counted in one pass).
  it("agree for any ties: parallel, undirected, to itself, filtered", () => {
    const actors = ["a", "b", "c", "d"];
    const tie = fc.record({
      source: fc.constantFrom(...actors),
      target: fc.constantFrom(...actors),
      directed: fc.constantFrom(true, false, undefined),
      kept: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(tie, { maxLength: 12 }), (ties) => {
        const graph = buildGraph({
          format: "backchannel/1",
          title: "t",
          sources: [],
          actors: actors.map((id) => ({ id, name: id, kind: "person" })),
          ties: ties.map((t, i) => ({
            id: `t${i}`,
            source: t.source,
            target: t.target,
            kind: "message",
            ...(t.directed === undefined ? {} : { directed: t.directed }),
            evidence: [],
          })),
        } as unknown as NetworkDocument);
        const filter = (edge: string) => ties[Number(edge.slice(1))]!.kept;
        const reference = projectTies(graph, "directed", filter);
        const metrics = computeMetrics(graph, filter, { brokerage: false });
        expect(metrics.tieCount).toBe(reference.size);
        expect(metrics.connectedCount).toBe(actors.filter((id) => reference.degree(id) > 0).length);
        for (const id of actors)
          expect(metrics.nodes.get(id)).toMatchObject({
            inDegree: reference.inDegree(id),
            outDegree: reference.outDegree(id),
            undirectedDegree: reference.undirectedDegree(id),
            degree: reference.degree(id),
            selfLoops: (reference.degree(id) - reference.degreeWithoutSelfLoops(id)) / 2,
          });
      }),
    );
  });
});
