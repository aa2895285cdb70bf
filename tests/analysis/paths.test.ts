import { describe, expect, it } from "vitest";
import {
  egoNetwork,
  formatPath,
  shortestPath,
  simplePaths,
  type PathResult,
} from "../../src/analysis/paths";
import { tieOf } from "../../src/model/actorGraph";
import {
  communicationOnly,
  graphOf,
  seedGraph,
  squareWithTail,
} from "../fixtures/analysisNetworks";

const hopsOf = (path: PathResult | null) =>
  path?.hops.map(({ from, to, ties }) => `${from}→${to}: ${ties.join(", ")}`);

describe("shortest paths in the square with a tail", () => {
  const graph = graphOf(squareWithTail());

  it.each([
    // h→a member-of, a–d negotiation (undirected), d→e briefing, e→f proposal.
    ["h", "f", true, ["h", "a", "d", "e", "f"]],
    // f has no tie going out of it.
    ["f", "h", true, null],
    ["f", "h", false, ["f", "e", "d", "a", "h"]],
    // c only receives ties.
    ["c", "e", true, null],
    ["c", "e", false, ["c", "d", "e"]],
    // b reaches a only through the undirected meeting; c→d does not exist (d→c does).
    ["b", "d", true, ["b", "a", "d"]],
    ["g", "a", false, null],
    ["a", "a", true, ["a"]],
  ] as const)("from %s to %s (directed: %s) goes %j", (from, to, directed, nodes) => {
    expect(shortestPath(graph, from, to, { directed })?.nodes ?? null).toEqual(nodes);
  });

  it("lists every tie that can carry each hop, in that hop's direction", () => {
    expect(hopsOf(shortestPath(graph, "b", "d", { directed: true }))).toEqual([
      // ab-message and ab-call point the other way; the undirected meeting works both ways.
      "b→a: ba-meeting",
      "a→d: ad-negotiation",
    ]);
    expect(hopsOf(shortestPath(graph, "c", "e", { directed: false }))).toEqual([
      "c→d: dc-message",
      "d→e: de-briefing",
    ]);
  });

  it("orders parallel ties chronologically: April (the month) before 22 and 24 April", () => {
    expect(hopsOf(shortestPath(graph, "a", "b", { directed: false }))).toEqual([
      "a→b: ba-meeting, ab-message, ab-call",
    ]);
    expect(hopsOf(shortestPath(graph, "a", "b", { directed: true }))).toEqual([
      "a→b: ba-meeting, ab-message, ab-call",
    ]);
    expect(hopsOf(shortestPath(graph, "b", "a", { directed: false }))).toEqual([
      "b→a: ba-meeting, ab-message, ab-call",
    ]);
  });

  it("uses only the ties the filter keeps", () => {
    const noRelay = (edge: string) => edge !== "bc-relay";
    expect(shortestPath(graph, "a", "c", { directed: true, edgeFilter: noRelay })?.nodes).toEqual([
      "a",
      "d",
      "c",
    ]);
    const onlyMeeting = (edge: string) => edge === "ba-meeting";
    expect(
      hopsOf(shortestPath(graph, "a", "b", { directed: false, edgeFilter: onlyMeeting })),
    ).toEqual(["a→b: ba-meeting"]);
    expect(shortestPath(graph, "h", "f", { directed: false, edgeFilter: noRelay })).not.toBeNull();
    expect(
      shortestPath(graph, "h", "f", { directed: false, edgeFilter: (e) => e !== "de-briefing" }),
    ).toBeNull();
  });

  it("refuses actors that are not in the network", () => {
    expect(() => shortestPath(graph, "a", "zulu", { directed: false })).toThrow(
      'no actor "zulu" in this network',
    );
  });

  it("writes a path as names", () => {
    const path = shortestPath(graph, "h", "f", { directed: true });
    if (!path) throw new Error("no path");
    expect(formatPath(graph, path)).toBe("Hotel → Alpha → Delta → Echo → Foxtrot");
  });
});

describe("simple paths in the square with a tail", () => {
  const graph = graphOf(squareWithTail());
  const names = (paths: PathResult[]) => paths.map((path) => formatPath(graph, path));

  it.each([
    // Around the square both ways; b→c relay and d→c message both point at c.
    ["a", "c", true, 2, ["Alpha → Bravo → Charlie", "Alpha → Delta → Charlie"]],
    ["a", "c", true, 1, []],
    ["c", "a", true, 5, []],
    ["c", "a", false, 2, ["Charlie → Bravo → Alpha", "Charlie → Delta → Alpha"]],
    // Two four-hop ways from f to b, none shorter.
    ["f", "b", false, 3, []],
    [
      "f",
      "b",
      false,
      4,
      ["Foxtrot → Echo → Delta → Alpha → Bravo", "Foxtrot → Echo → Delta → Charlie → Bravo"],
    ],
    // Shortest first: a→b directly, then the three-hop way round the square.
    ["a", "b", false, 3, ["Alpha → Bravo", "Alpha → Delta → Charlie → Bravo"]],
    ["a", "a", false, 4, []],
  ] as const)(
    "from %s to %s (directed: %s, ≤ %i hops): %j",
    (from, to, directed, maxHops, want) => {
      const result = simplePaths(graph, from, to, { directed, maxHops });
      expect(names(result.paths)).toEqual(want);
      expect(result).toMatchObject({ total: want.length, truncated: false });
    },
  );

  it("gives each hop of each path its ties", () => {
    const [viaBravo, viaDelta] = simplePaths(graph, "a", "c", { directed: true, maxHops: 2 }).paths;
    expect(hopsOf(viaBravo ?? null)).toEqual([
      "a→b: ba-meeting, ab-message, ab-call",
      "b→c: bc-relay",
    ]);
    expect(hopsOf(viaDelta ?? null)).toEqual(["a→d: ad-negotiation", "d→c: dc-message"]);
  });

  it("cuts the list at the limit and says so", () => {
    const result = simplePaths(graph, "f", "b", { directed: false, maxHops: 4, limit: 1 });
    expect(names(result.paths)).toEqual(["Foxtrot → Echo → Delta → Alpha → Bravo"]);
    expect(result).toMatchObject({ total: 2, truncated: true });
  });
});

describe("ego networks in the square with a tail", () => {
  const graph = graphOf(squareWithTail());

  it.each([
    ["a", 0, false, ["a"]],
    ["a", 1, false, ["a", "b", "d", "h"]],
    ["a", 2, false, ["a", "b", "c", "d", "e", "h"]],
    // Directed: h→a points at a, so h is not reached; a–d is undirected, so d is.
    ["a", 1, true, ["a", "b", "d"]],
    ["d", 1, true, ["a", "c", "d", "e"]],
    ["f", 3, true, ["f"]],
    ["g", 5, false, ["g"]],
  ] as const)("%s within %i hop(s) (directed: %s) is %j", (center, hops, directed, nodes) => {
    expect([...egoNetwork(graph, center, hops, { directed })].sort()).toEqual(nodes);
  });

  it("is undirected by default", () => {
    expect([...egoNetwork(graph, "c", 1)].sort()).toEqual(["b", "c", "d"]);
  });
});

describe("paths in the seed network", () => {
  const graph = seedGraph();
  const communication = communicationOnly(graph);

  // Over communication ties the official reaches Trump only through Bahbah, Witkoff and al-Thani:
  // Trump's only communication ties are the meeting with al-Thani and the call to Netanyahu. The
  // path holds in the directed reading too, because the relay and both meetings are undirected.
  it.each([false, true])(
    "follows the back-channel from the Hamas official to Trump (directed: %s)",
    (directed) => {
      const path = shortestPath(graph, "hamas-official", "donald-trump", {
        directed,
        edgeFilter: communication,
      });
      if (!path) throw new Error("no path");
      expect(formatPath(graph, path)).toBe(
        "Hamas official outside Gaza → Bishara Bahbah → Steve Witkoff → " +
          "Mohammed bin Abdul Rahman al-Thani → Donald Trump",
      );
      expect(hopsOf(path)).toEqual([
        // late April (21 April) before "the last two weeks" (29 April)
        "hamas-official→bishara-bahbah: hamas-official-contacts-bahbah, hamas-official-bahbah-messages",
        "bishara-bahbah→steve-witkoff: bahbah-relays-to-witkoff",
        "steve-witkoff→mohammed-al-thani: al-thani-meets-witkoff",
        "mohammed-al-thani→donald-trump: al-thani-meets-trump",
      ]);
    },
  );

  it("lists each hop with the evidence behind its ties", () => {
    const path = shortestPath(graph, "hamas-official", "donald-trump", {
      directed: false,
      edgeFilter: communication,
    });
    const evidence = path?.hops.map((hop) => hop.ties.map((tie) => tieOf(graph, tie).evidence));
    expect(evidence?.[0]?.[0]?.[0]?.quote).toBe(
      "began with a message from a Hamas official to Bahbah",
    );
    expect(evidence?.[3]?.[0]?.[0]?.quote).toBe(
      "visited the White House and met Witkoff and Trump",
    );
    for (const hop of evidence ?? [])
      for (const tie of hop) expect(tie.length).toBeGreaterThanOrEqual(1);
  });

  // Over all ties the shortest way is a structural shortcut: Bahbah supported Trump in 2024. That
  // says who knows whom, not how the message travelled, which is why the communication reading is
  // the one to show for "how did it get from Hamas to Trump".
  it.each([false, true])(
    "takes Bahbah's 2024 support as a shortcut over all ties (directed: %s)",
    (directed) => {
      const path = shortestPath(graph, "hamas-official", "donald-trump", { directed });
      expect(hopsOf(path)).toEqual([
        "hamas-official→bishara-bahbah: hamas-official-contacts-bahbah, hamas-official-bahbah-messages",
        "bishara-bahbah→donald-trump: bahbah-supports-trump",
      ]);
    },
  );

  it("lists every way from the official to Trump within three hops over all ties", () => {
    // Trump's neighbours over all ties: Bahbah, Witkoff, Boehler, al-Thani, the administration,
    // Netanyahu. The official's: Bahbah and Hamas. Within three hops that leaves four paths.
    const result = simplePaths(graph, "hamas-official", "donald-trump", {
      directed: false,
      maxHops: 3,
    });
    expect(result.paths.map((path) => formatPath(graph, path))).toEqual([
      "Hamas official outside Gaza → Bishara Bahbah → Donald Trump",
      "Hamas official outside Gaza → Bishara Bahbah → Steve Witkoff → Donald Trump",
      "Hamas official outside Gaza → Hamas → Adam Boehler → Donald Trump",
      "Hamas official outside Gaza → Hamas → Trump administration → Donald Trump",
    ]);
    const communicationPaths = simplePaths(graph, "hamas-official", "donald-trump", {
      directed: false,
      maxHops: 6,
      edgeFilter: communication,
    });
    expect(communicationPaths.total).toBe(1); // the communication ties form a tree
  });

  it.each([
    // Bahbah's ties: the official (2), Witkoff, al-Hayya, and Trump (supports, not communication).
    [
      "all ties",
      undefined,
      false,
      ["bishara-bahbah", "donald-trump", "hamas-official", "khalil-al-hayya", "steve-witkoff"],
    ],
    [
      "communication",
      "communication",
      false,
      ["bishara-bahbah", "hamas-official", "khalil-al-hayya", "steve-witkoff"],
    ],
    // Directed: the twenty messages and the relay are undirected, the talk with al-Hayya goes out.
    [
      "communication",
      "communication",
      true,
      ["bishara-bahbah", "hamas-official", "khalil-al-hayya", "steve-witkoff"],
    ],
  ] as const)(
    "Bahbah's ego network at one hop over %s (directed: %s)",
    (_label, filter, directed, nodes) => {
      const edgeFilter = filter === undefined ? undefined : communication;
      expect([...egoNetwork(graph, "bishara-bahbah", 1, { directed, edgeFilter })].sort()).toEqual(
        nodes,
      );
    },
  );

  it("reaches Israel from Witkoff only without direction: Israel's deadline points at him", () => {
    const ego = (directed: boolean) =>
      [...egoNetwork(graph, "steve-witkoff", 1, { directed, edgeFilter: communication })].sort();
    expect(ego(false)).toEqual(["bishara-bahbah", "israel", "mohammed-al-thani", "steve-witkoff"]);
    expect(ego(true)).toEqual(["bishara-bahbah", "mohammed-al-thani", "steve-witkoff"]);
  });
});
