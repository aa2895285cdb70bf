import { describe, expect, it } from "vitest";
import type { NetworkDocument, Tie, TieTime } from "../../src/schema/networkDocument";
import {
  shortestOrderedPath,
  timedSimplePaths,
  type TimedPath,
} from "../../src/analysis/timeRespectingPaths";
import { answerPaths } from "../../src/analysis/pathQuestion";
import type { TieTiming } from "../../src/analysis/timeOrder";
import { graphOf, seedGraph } from "../fixtures/analysisNetworks";

/** A network of persons named by their ids, with ties "id: source-target" and their times. */
function network(ties: [id: string, source: string, target: string, time?: TieTime][]) {
  const ids = [...new Set(ties.flatMap(([, source, target]) => [source, target]))];
  const document: NetworkDocument = {
    format: "backchannel/1",
    title: "Hand-worked",
    sources: [{ id: "s", publisher: "Desk", title: "Notes" }],
    actors: ids.map((id) => ({ id, name: id.toUpperCase(), kind: "person" })),
    ties: ties.map(([id, source, target, time]): Tie => ({
      id,
      source,
      target,
      kind: "message",
      summary: id,
      status: "reported",
      evidence: [{ source: "s", attribution: "the desk" }],
      ...(time ? { time } : {}),
    })),
  };
  return graphOf(document);
}

const day = (start: string): TieTime => ({ start });
const both = { directed: false } as const;

/** "a-b-c: ab (first), bc (after 0)" — the chain with each hop's ties and their timing. */
function read(path: TimedPath | null | undefined): string[] | null {
  if (!path) return null;
  const note = (t: TieTiming) => ("hop" in t ? `${t.kind} ${t.hop}` : t.kind);
  return [
    `${path.nodes.join("-")}: ${path.order}`,
    ...path.hops.map(
      (hop) =>
        `${hop.ties.map((tie) => `${tie.id} (${note(tie.timing)})`).join(", ")}` +
        (hop.outOfOrder.length ? ` | left out ${hop.outOfOrder.map((t) => t.id).join(", ")}` : ""),
    ),
  ];
}

describe("exact days", () => {
  // a–b 1 Apr, b–c 3 Apr, c–d 2 Apr, a–c 5 Apr, b–e 1 Apr, e–d 6 Apr.
  //   a-c-d:   5 Apr then 2 Apr — the second hop goes back in time.
  //   a-b-c-d: 1, 3, then 2 Apr — the third hop goes back.
  //   a-b-e-d: 1, 1 (same day: allowed), 6 Apr — in order.
  //   a-c-b-e-d: 5 then 3 Apr — out of order.
  const graph = network([
    ["ab", "a", "b", day("2025-04-01")],
    ["bc", "b", "c", day("2025-04-03")],
    ["cd", "c", "d", day("2025-04-02")],
    ["ac", "a", "c", day("2025-04-05")],
    ["be", "b", "e", day("2025-04-01")],
    ["ed", "e", "d", day("2025-04-06")],
  ]);

  it("lists only the chain in time order, with how each hop follows the one before", () => {
    const result = timedSimplePaths(graph, "a", "d", {
      ...both,
      maxHops: 4,
      limit: 10,
      respectTime: true,
    });
    expect(result.total).toBe(1);
    expect(result.paths.map(read)).toEqual([
      [
        "a-b-e-d: in-order",
        "ab (first)",
        "be (same-day 0)", // both on 1 April
        "ed (after 1)",
      ],
    ]);
  });

  it("ignoring time, lists every chain and says where each breaks", () => {
    const result = timedSimplePaths(graph, "a", "d", {
      ...both,
      maxHops: 4,
      limit: 10,
      respectTime: false,
    });
    expect(result.paths.map((p) => [p.nodes.join("-"), p.order, p.breaksAt])).toEqual([
      ["a-c-d", "out-of-order", 1],
      ["a-b-c-d", "out-of-order", 2],
      ["a-b-e-d", "in-order", undefined],
      ["a-c-b-e-d", "out-of-order", 1],
    ]);
    expect(read(result.paths[0])).toEqual(["a-c-d: out-of-order", "ac (first)", "cd (before 0)"]);
  });

  it("finds the shortest chain in time order even when a shorter one goes back in time", () => {
    expect(shortestOrderedPath(graph, "a", "d", both)?.nodes).toEqual(["a", "b", "e", "d"]);
    // With at most two hops no chain is in order, but the question still has an answer.
    const answer = answerPaths(graph, "a", "d", {
      ...both,
      maxHops: 2,
      kinds: "communication",
      respectTime: true,
    });
    expect(answer.all.total).toBe(0);
    expect(answer.shortest?.nodes).toEqual(["a", "b", "e", "d"]);
    expect(answer.answered).toEqual({ kinds: "communication", respectTime: true });
  });

  it("reads direction when asked: d cannot be reached against c→d", () => {
    expect(shortestOrderedPath(graph, "d", "a", { directed: true })).toBeNull();
  });
});

describe("approximate dates and periods", () => {
  // p→q late April (c. 21–30 Apr), q→r 22 Apr, r→s April (the month), q→t 2024.
  // u→v June–December 2025, v→w 2025 (the year), w→x January–February 2025.
  const graph = network([
    ["pq", "p", "q", { start: "2025-04-21", end: "2025-04-30", approximate: true }],
    ["qr", "q", "r", day("2025-04-22")],
    ["rs", "r", "s", day("2025-04")],
    ["qt", "q", "t", day("2024")],
    ["uv", "u", "v", { start: "2025-06", end: "2025-12" }],
    ["vw", "v", "w", day("2025")],
    ["wx", "w", "x", { start: "2025-01", end: "2025-02" }],
  ]);
  const ordered = (from: string, to: string) =>
    read(
      timedSimplePaths(graph, from, to, { ...both, maxHops: 4, limit: 5, respectTime: false })
        .paths[0],
    );

  it("lets a hop follow an approximate one it may come after", () => {
    // Late April could be 21 or 22 April, so a hop on 22 April may follow it: the chain can stand
    // on 21–22 April at the first hop, 22 April at the second.
    expect(ordered("p", "r")).toEqual(["p-q-r: in-order", "pq (first)", "qr (overlaps 0)"]);
    // April (any day of it) after 22 April: 22–30 April are left.
    expect(ordered("p", "s")).toEqual([
      "p-q-r-s: in-order",
      "pq (first)",
      "qr (overlaps 0)",
      "rs (overlaps 1)",
    ]);
  });

  it("rejects a year that ends before the previous hop could start", () => {
    // 2024 ends on 31 December 2024; late April 2025 starts on 21 April 2025 at the earliest.
    expect(ordered("p", "t")).toEqual(["p-q-t: out-of-order", "pq (first)", "qt (before 0)"]);
  });

  it("checks the whole chain, not each pair: June at the earliest rules out January–February", () => {
    // v→w (2025) could follow u→v (June–December), and w→x (January–February) could follow
    // v→w on its own; but after June, v→w starts in June at the earliest and w→x cannot follow.
    expect(ordered("u", "x")).toEqual([
      "u-v-w-x: out-of-order",
      "uv (first)",
      "vw (overlaps 0)",
      "wx (before 1)",
    ]);
  });
});

describe("parallel ties and undated hops", () => {
  // a→b on 1 April and on 20 April, b→c on 10 April: only the 1 April tie can start the chain.
  // m→n undated, n→o 5 May, o→p undated.
  // x→y 10 May; y→z on 1 May and undated: the dated tie goes back, so the undated one carries it.
  // g→h 3 May and undated, h→i 4 May: the dated tie fits, the hop stays dated.
  const graph = network([
    ["ab-early", "a", "b", day("2025-04-01")],
    ["ab-late", "a", "b", day("2025-04-20")],
    ["bc", "b", "c", day("2025-04-10")],
    ["mn", "m", "n"],
    ["no", "n", "o", day("2025-05-05")],
    ["op", "o", "p"],
    ["xy", "x", "y", day("2025-05-10")],
    ["yz-dated", "y", "z", day("2025-05-01")],
    ["yz-undated", "y", "z"],
    ["gh-dated", "g", "h", day("2025-05-03")],
    ["gh-undated", "g", "h"],
    ["hi", "h", "i", day("2025-05-04")],
  ]);
  const chain = (from: string, to: string, respectTime: boolean) =>
    read(
      timedSimplePaths(graph, from, to, { ...both, maxHops: 3, limit: 5, respectTime }).paths[0],
    );

  it("keeps only the parallel tie that fits, and says why the other does not", () => {
    expect(chain("a", "c", true)).toEqual([
      "a-b-c: in-order",
      "ab-early (first) | left out ab-late",
      "bc (after 0)",
    ]);
    expect(chain("a", "c", false)).toEqual([
      "a-b-c: in-order",
      "ab-early (first), ab-late (after-next 1)",
      "bc (after 0)",
    ]);
  });

  it("allows undated hops and flags them", () => {
    expect(chain("m", "p", true)).toEqual([
      "m-n-o-p: undated-hops",
      "mn (undated)",
      "no (first)",
      "op (undated)",
    ]);
  });

  it("falls back on an undated tie when the dated one goes back in time", () => {
    expect(chain("x", "z", true)).toEqual([
      "x-y-z: undated-hops",
      "xy (first)",
      "yz-undated (undated) | left out yz-dated",
    ]);
  });

  it("prefers the dated tie when it fits", () => {
    expect(chain("g", "i", true)).toEqual([
      "g-h-i: in-order",
      "gh-dated (first), gh-undated (undated)",
      "hi (after 0)",
    ]);
  });
});

describe("the seed: from the Hamas official to Donald Trump", () => {
  const graph = seedGraph();
  const ask = (kinds: "communication" | "all", respectTime: boolean, directed = false) =>
    answerPaths(graph, "hamas-official", "donald-trump", {
      directed,
      maxHops: 4,
      kinds,
      respectTime,
    });

  it.each([false, true])(
    "has no chain over communications in time order, and says the nearest is over every kind (directed: %s)",
    (directed) => {
      const answer = ask("communication", true, directed);
      expect(answer.asked).toEqual({ kinds: "communication", respectTime: true });
      expect(answer.answered).toEqual({ kinds: "all", respectTime: true });
      // Late April → Bahbah; the relay to Witkoff (29 April – 12 May); Witkoff is Trump's envoy
      // (undated). The shortcut "Bahbah supports Trump, 2024" would go back a year.
      expect(read(answer.shortest)).toEqual([
        "hamas-official-bishara-bahbah-steve-witkoff-donald-trump: undated-hops",
        "hamas-official-contacts-bahbah (first), hamas-official-bahbah-messages (first)",
        "bahbah-relays-to-witkoff (overlaps 0)",
        "witkoff-envoy-of-trump (undated)",
      ]);
      for (const path of answer.all.paths) {
        expect(path.order).not.toBe("out-of-order");
        // The 2024 support only ever follows undated hops: every other dated tie is from 2025.
        path.hops.forEach((hop, k) => {
          if (hop.ties.some((tie) => tie.id === "bahbah-supports-trump"))
            for (const earlier of path.hops.slice(0, k))
              expect(earlier.ties.map((tie) => tie.timing.kind)).toEqual(
                earlier.ties.map(() => "undated"),
              );
        });
      }
    },
  );

  it("ignoring time over communications, the back-channel breaks at Witkoff's 22 April meeting", () => {
    const answer = ask("communication", false);
    expect(answer.answered).toEqual({ kinds: "communication", respectTime: false });
    expect(answer.shortest?.order).toBe("out-of-order");
    // The relay to Witkoff began 29 April at the earliest; al-Thani met Witkoff on 22 April.
    expect(answer.shortest?.breaksAt).toBe(2);
  });
});

describe("a tie whose kind is other or not stated", () => {
  it("is no communication: a path over communications does not use it", () => {
    const graph = network([
      ["ab", "a", "b"],
      ["bc", "b", "c"],
    ]);
    graph.setEdgeAttribute("bc", "kind", "other");
    const question = { ...both, maxHops: 3, respectTime: false };
    const answer = answerPaths(graph, "a", "c", { ...question, kinds: "communication" });
    expect(answer.answered).toEqual({ kinds: "all", respectTime: false });
    expect(answer.shortest?.nodes).toEqual(["a", "b", "c"]);
  });
});
