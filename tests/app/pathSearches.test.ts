import { describe, expect, it } from "vitest";
import { createPathSearcher, type PathChannel } from "../../src/analysis/pathRunner";
import type {
  PathWorkerReply,
  PathWorkerRequest,
  PathSearchResult,
} from "../../src/analysis/pathSearch";
import * as analysis from "../../src/analysis/questions";
import { createPathSearches } from "../../src/app/pathSearches";
import { buildGraph } from "../../src/model/actorGraph";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { initialState, type PathQuery } from "../../src/state/appState";
import { seedActorGraph } from "../fixtures/seedGraph";

/** Every pair of `n` actors tied once by a message. */
function allPairs(n: number): NetworkDocument {
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}`,
    kind: "person" as const,
  }));
  const ties = actors.flatMap((a, i) =>
    actors.slice(i + 1).map((b) => ({
      id: `${a.id}-${b.id}`,
      source: a.id,
      target: b.id,
      kind: "message" as const,
      evidence: [],
    })),
  );
  return { format: "backchannel/1", title: "All pairs", sources: [], actors, ties };
}

/** A channel that records what it is sent and replies when told to. */
function fakeChannels() {
  const made: {
    sent: PathWorkerRequest[];
    closed: boolean;
    reply(reply: PathWorkerReply): void;
    fail(reason: string): void;
  }[] = [];
  const channel = (): PathChannel => {
    let onReply: (reply: PathWorkerReply) => void = () => undefined;
    let onFailure: (reason: string) => void = () => undefined;
    const record = {
      sent: [] as PathWorkerRequest[],
      closed: false,
      reply: (reply: PathWorkerReply) => onReply(reply),
      fail: (reason: string) => onFailure(reason),
    };
    made.push(record);
    return {
      send: (message) => record.sent.push(message),
      listen(replies, failures) {
        onReply = replies;
        onFailure = failures;
      },
      close: () => void (record.closed = true),
    };
  };
  return { made, channel };
}

const graph = buildGraph(allPairs(5));
const result = (found: number): PathSearchResult => ({
  answer: analysis.answerPaths(graph, "a0", "a1", {
    directed: false,
    maxHops: 1,
    kinds: "all",
    respectTime: false,
  }),
  stopped: "chains",
  found,
  ms: 1,
});

describe("the path question's answer as the view asks for it", () => {
  const query = (extra: Partial<PathQuery> = {}): PathQuery => ({
    ...initialState().path,
    from: "a0",
    to: "a1",
    kinds: "all",
    respectTime: false,
    ...extra,
  });

  it("answers a small question at once, on the page", () => {
    const seed = seedActorGraph();
    let settled = 0;
    const searches = createPathSearches(seed, analysis, () => settled++);
    const status = searches.provide(
      { ...initialState().path, from: "hamas-official", to: "donald-trump" },
      new Set(seed.edges()),
    );
    expect(status.state).toBe("done");
    expect(settled).toBe(0);
  });

  it("hands a large question to the worker, says it is searching, and settles with the answer", async () => {
    const big = buildGraph(allPairs(40));
    const { made, channel } = fakeChannels();
    let settled = 0;
    const module = {
      ...analysis,
      createPathSearcher: (g: typeof big) => createPathSearcher(g, channel),
    };
    const searches = createPathSearches(big, module, () => settled++);
    const kept = new Set(big.edges());
    const status = searches.provide(query({ maxHops: 5 }), kept);
    expect(status.state).toBe("searching");
    // Asked again (another redraw), the same search is still running: no second one.
    expect(searches.provide(query({ maxHops: 5 }), new Set(kept))).toBe(status);
    const sent = made[0]!.sent[1] as Extract<PathWorkerRequest, { type: "search" }>;
    expect(sent.request.budget).toEqual({ chains: 100_000, ms: 4_000 });
    made[0]!.reply({ id: sent.id, result: result(100_000) });
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(1);
    const done = searches.provide(query({ maxHops: 5 }), kept);
    expect(done.state === "done" && done.result.found).toBe(100_000);
  });

  it("cancels, and asks again on Search again", async () => {
    const big = buildGraph(allPairs(40));
    const { made, channel } = fakeChannels();
    let settled = 0;
    const module = {
      ...analysis,
      createPathSearcher: (g: typeof big) => createPathSearcher(g, channel),
    };
    const searches = createPathSearches(big, module, () => settled++);
    const kept = new Set(big.edges());
    expect(searches.provide(query({ maxHops: 5 }), kept).state).toBe("searching");
    searches.cancel();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(1);
    expect(searches.provide(query({ maxHops: 5 }), kept).state).toBe("cancelled");
    searches.retry();
    expect(settled).toBe(2);
    expect(searches.provide(query({ maxHops: 5 }), kept).state).toBe("searching");
    expect(made).toHaveLength(2);
  });
});
