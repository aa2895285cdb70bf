import { describe, expect, it } from "vitest";
import {
  describeFilters,
  filterLabels,
  isFiltered,
  isTieVisible,
  visibleTies,
  windowInterval,
} from "../../src/analysis/tieFilters";
import { NO_FILTERS, type TieFilters } from "../../src/state/appState";
import { TIE_KINDS, TIE_STATUS_KEYS, TIE_STATUSES } from "../../src/schema/vocabulary";
import { buildGraph } from "../../src/model/actorGraph";
import { graphOf, seedGraph, squareWithTail } from "../fixtures/analysisNetworks";
import { statusesAndLoops } from "../fixtures/documents";

const filters = (overrides: Partial<TieFilters>): TieFilters => ({ ...NO_FILTERS, ...overrides });
const sorted = (ties: Set<string>) => [...ties].sort();
const ALL_SQUARE_TIES = [
  "ab-call",
  "ab-message",
  "ad-negotiation",
  "ba-meeting",
  "bc-relay",
  "dc-message",
  "de-briefing",
  "ef-proposal",
  "ha-member",
];

describe("tie filters", () => {
  const graph = graphOf(squareWithTail());

  it("keeps every tie when nothing is filtered", () => {
    expect(sorted(visibleTies(graph, NO_FILTERS))).toEqual(ALL_SQUARE_TIES);
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });

  it.each([
    { name: "one kind", f: { kinds: ["message"] }, ties: ["ab-message", "dc-message"] },
    {
      name: "two kinds",
      f: { kinds: ["message", "call"] },
      ties: ["ab-call", "ab-message", "dc-message"],
    },
    { name: "no kinds at all", f: { kinds: [] }, ties: [] },
    {
      name: "confirmed only",
      f: { statuses: ["confirmed"] },
      ties: ["ab-message", "ad-negotiation", "ha-member"],
    },
    { name: "denied only", f: { statuses: ["denied"] }, ties: ["ef-proposal"] },
    {
      // ad-negotiation cites both sources, so it passes either source filter.
      name: "one source",
      f: { sources: ["reuters"] },
      ties: ["ad-negotiation", "ba-meeting", "bc-relay", "de-briefing"],
    },
    {
      name: "the other source",
      f: { sources: ["axios"] },
      ties: ["ab-call", "ab-message", "ad-negotiation", "dc-message", "ef-proposal", "ha-member"],
    },
    { name: "an unknown source", f: { sources: ["nyt"] }, ties: [] },
    {
      name: "status and source together",
      f: { statuses: ["confirmed"], sources: ["reuters"] },
      ties: ["ad-negotiation"],
    },
    {
      name: "kinds and a window together",
      f: {
        kinds: ["message", "call", "meeting"],
        window: { from: "2025-04-01", to: "2025-04-23" },
      },
      ties: ["ab-message", "ba-meeting"],
    },
  ] satisfies { name: string; f: Partial<TieFilters>; ties: string[] }[])(
    "filters by $name",
    ({ f, ties }) => {
      expect(sorted(visibleTies(graph, filters(f)))).toEqual(ties);
    },
  );

  // Dates in squareWithTail: ab-message 22 Apr, ab-call 24 Apr, dc-message 12 May (days);
  // ba-meeting April, ad-negotiation March (months); ha-member 2024 (year); bc-relay c. 21–30 Apr
  // (approximate); ef-proposal until 12 May (open start); de-briefing undated, never in a window.
  it.each([
    ["2025-04-22", "2025-04-22", ["ab-message", "ba-meeting", "bc-relay", "ef-proposal"]],
    // The day after a one-day tie: it is gone (the window starts after the tie ends).
    ["2025-04-23", "2025-04-23", ["ba-meeting", "bc-relay", "ef-proposal"]],
    // The last day of an approximate range and of a month still count: ends are inclusive.
    ["2025-04-24", "2025-04-30", ["ab-call", "ba-meeting", "bc-relay", "ef-proposal"]],
    // The first day of an approximate range counts; the day before it does not.
    ["2025-04-21", "2025-04-21", ["ba-meeting", "bc-relay", "ef-proposal"]],
    ["2025-04-20", "2025-04-20", ["ba-meeting", "ef-proposal"]],
    // 1 May: after late April and after the month of April.
    ["2025-05-01", "2025-05-11", ["ef-proposal"]],
    // An open start reaches its end day inclusive, and no further.
    ["2025-05-12", "2025-05-31", ["dc-message", "ef-proposal"]],
    ["2025-05-13", "2025-12-31", []],
    // A month-precision tie covers its last day…
    ["2025-03-31", "2025-03-31", ["ad-negotiation", "ef-proposal"]],
    // …and a year-precision tie covers 31 December but not 1 January.
    ["2024-12-31", "2024-12-31", ["ef-proposal", "ha-member"]],
    ["2025-01-01", "2025-02-28", ["ef-proposal"]],
  ] as const)("a window from %s to %s shows the ties that overlap it", (from, to, ties) => {
    expect(sorted(visibleTies(graph, filters({ window: { from, to } })))).toEqual(ties);
  });

  it("hides undated ties whenever a window is set, however wide", () => {
    const all = visibleTies(graph, filters({ window: { from: "1900-01-01", to: "2100-12-31" } }));
    expect(all.has("de-briefing")).toBe(false);
    expect(all.size).toBe(ALL_SQUARE_TIES.length - 1);
  });

  it("reads the window as [from, to + 1 day) in UTC", () => {
    expect(windowInterval({ from: "2025-04-21", to: "2025-05-12" })).toEqual({
      start: Date.UTC(2025, 3, 21),
      end: Date.UTC(2025, 4, 13),
    });
  });

  it("tests a single tie the same way", () => {
    const tie = graph.getEdgeAttributes("ad-negotiation");
    expect(isTieVisible(tie, filters({ sources: ["reuters"] }))).toBe(true);
    expect(isTieVisible(tie, filters({ window: { from: "2025-04-01", to: "2025-04-30" } }))).toBe(
      false,
    );
  });

  it.each([
    [filters({ kinds: ["message"] }), true],
    [filters({ kinds: [] }), true],
    [filters({ statuses: ["reported"] }), true],
    [filters({ sources: [] }), true],
    [filters({ window: { from: "2025-01-01", to: "2025-01-01" } }), true],
    // A list naming the whole closed vocabulary restricts nothing…
    [filters({ kinds: [...TIE_KINDS], statuses: [...TIE_STATUS_KEYS] }), false],
    // …but every stated status without "not stated" hides the ties whose file states none.
    [filters({ statuses: [...TIE_STATUSES] }), true],
  ])("knows whether the filters restrict anything (%#)", (f, expected) => {
    expect(isFiltered(f)).toBe(expected);
  });
});

describe("status filters with ties whose status is not stated, and inferred ones", () => {
  const graph = buildGraph(statusesAndLoops());

  it.each([
    [["not-stated"], ["s1", "s4"]],
    [["inferred"], ["s2"]],
    [
      ["inferred", "not-stated"],
      ["s1", "s2", "s4"],
    ],
    [
      ["reported", "confirmed"],
      ["s3", "s5"],
    ],
  ] as const)("keeps %j: %j", (statuses, ties) => {
    expect(sorted(visibleTies(graph, filters({ statuses: [...statuses] })))).toEqual(ties);
  });

  it("says so in words under an export", () => {
    expect(describeFilters(filters({ statuses: ["inferred", "not-stated"] }))).toBe(
      "Only inferred and not stated ties",
    );
  });
});

describe("tie filters on the seed network", () => {
  const graph = seedGraph();

  it("shows on 22 April the ties dated that day plus the periods covering it", () => {
    expect(
      sorted(visibleTies(graph, filters({ window: { from: "2025-04-22", to: "2025-04-22" } }))),
    ).toEqual([
      "al-thani-meets-trump",
      "al-thani-meets-witkoff",
      "al-thani-proposes-comprehensive-deal",
      "hamas-holds-alexander", // until 12 May: open start
      "hamas-official-contacts-bahbah", // late April: c. 21–30 April
      "hamas-washington-secret-talks", // late April to 12 May
      "washington-answers-al-thani",
    ]);
  });

  it("shows the March negotiations on 31 March but not on 1 April", () => {
    const on = (day: string) => visibleTies(graph, filters({ window: { from: day, to: day } }));
    expect(on("2025-03-31").has("boehler-hamas-march-negotiations")).toBe(true);
    expect(on("2025-04-01").has("boehler-hamas-march-negotiations")).toBe(false);
  });

  it("has no confirmed ties: the report is the only source; its ties are reported or inferred", () => {
    expect(visibleTies(graph, filters({ statuses: ["confirmed"] })).size).toBe(0);
    expect(visibleTies(graph, filters({ statuses: ["reported"] })).size).toBe(graph.size - 5);
    expect(visibleTies(graph, filters({ statuses: ["inferred"] })).size).toBe(5);
    expect(visibleTies(graph, filters({ statuses: ["reported", "inferred"] })).size).toBe(
      graph.size,
    );
    expect(visibleTies(graph, filters({ sources: ["qnn-2025-05-13"] })).size).toBe(graph.size);
  });

  it("filters the seed by kind", () => {
    expect(sorted(visibleTies(graph, filters({ kinds: ["guarantee"] })))).toEqual([
      "egypt-guarantee",
      "qatar-guarantee",
      "washington-guarantee",
    ]);
  });
});

describe("describing filters for a caption", () => {
  const labels = filterLabels(graphOf(squareWithTail()));

  it("names sources by publisher and date", () => {
    expect([...labels.sources]).toEqual([
      ["axios", "Axios (13 May 2025)"],
      ["reuters", "Reuters"],
    ]);
  });

  it.each([
    [NO_FILTERS, ""],
    [
      filters({
        statuses: ["confirmed"],
        kinds: ["message", "call"],
        window: { from: "2025-04-21", to: "2025-05-12" },
      }),
      "Only confirmed ties; kinds: message, call; 21 April – 12 May 2025",
    ],
    // Vocabulary order, whatever order the reader ticked them in.
    [filters({ statuses: ["alleged", "confirmed"] }), "Only confirmed and alleged ties"],
    [
      filters({ statuses: ["reported", "alleged", "confirmed"] }),
      "Only confirmed, reported and alleged ties",
    ],
    [filters({ kinds: ["envoy-of"] }), "Kind: envoy of"],
    [filters({ kinds: [] }), "Kinds: none"],
    [filters({ statuses: [] }), "Statuses: none"],
    [filters({ sources: ["reuters", "axios"] }), "Sources: Axios (13 May 2025), Reuters"],
    [filters({ sources: ["nyt"] }), "Source: nyt"],
    [filters({ window: { from: "2025-04-22", to: "2025-04-22" } }), "22 April 2025"],
    [
      filters({ kinds: [...TIE_KINDS], window: { from: "2025-04-29", to: "2025-05-12" } }),
      "29 April – 12 May 2025",
    ],
  ])("describes %j", (f, caption) => {
    expect(describeFilters(f, labels)).toBe(caption);
  });

  it("falls back to source ids without labels", () => {
    expect(describeFilters(filters({ sources: ["axios"] }))).toBe("Source: axios");
  });
});
