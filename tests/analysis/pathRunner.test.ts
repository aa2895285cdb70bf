import { describe, expect, it } from "vitest";
import { createPathSearcher, type PathChannel } from "../../src/analysis/pathRunner";
import type {
  PathRequest,
  PathWorkerReply,
  PathWorkerRequest,
  PathSearchResult,
} from "../../src/analysis/pathSearch";
import * as analysis from "../../src/analysis/questions";
import { buildGraph } from "../../src/model/actorGraph";
import type { NetworkDocument } from "../../src/schema/networkDocument";

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

const request = (extra: Partial<PathRequest> = {}): PathRequest => ({
  from: "a0",
  to: "a1",
  directed: false,
  maxHops: 2,
  kinds: "all",
  respectTime: false,
  kept: null,
  budget: { chains: 1_000, ms: Infinity },
  ...extra,
});

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

describe("the path searcher", () => {
  it("sends the worker the network once, then each question, and hands back its answer", async () => {
    const { made, channel } = fakeChannels();
    const searcher = createPathSearcher(graph, channel);
    const first = searcher.search(request());
    expect(made).toHaveLength(1);
    expect(made[0]!.sent.map((message) => message.type)).toEqual(["network", "search"]);
    const network = made[0]!.sent[0] as Extract<PathWorkerRequest, { type: "network" }>;
    expect(network.document.ties).toHaveLength(10);
    const sent = made[0]!.sent[1] as Extract<PathWorkerRequest, { type: "search" }>;
    expect(sent.request).toEqual(request());
    made[0]!.reply({ id: sent.id, result: result(7) });
    expect((await first.done).found).toBe(7);

    searcher.search(request({ maxHops: 3 }));
    expect(made).toHaveLength(1);
    expect(made[0]!.sent.map((message) => message.type)).toEqual(["network", "search", "search"]);
  });

  it("cancels by ending the worker; the next question starts a new one", async () => {
    const { made, channel } = fakeChannels();
    const searcher = createPathSearcher(graph, channel);
    const run = searcher.search(request());
    run.cancel();
    await expect(run.done).rejects.toMatchObject({ name: "AbortError" });
    expect(made[0]!.closed).toBe(true);
    searcher.search(request());
    expect(made).toHaveLength(2);
    expect(made[1]!.sent.map((message) => message.type)).toEqual(["network", "search"]);
  });

  it("fails the searches of a worker that dies, and starts a new one for the next", async () => {
    const { made, channel } = fakeChannels();
    const searcher = createPathSearcher(graph, channel);
    const run = searcher.search(request());
    made[0]!.fail("the path search stopped unexpectedly");
    await expect(run.done).rejects.toThrow("the path search stopped unexpectedly");
    const again = searcher.search(request());
    expect(made).toHaveLength(2);
    const sent = made[1]!.sent[1] as Extract<PathWorkerRequest, { type: "search" }>;
    made[1]!.reply({ id: sent.id, result: result(3) });
    expect((await again.done).found).toBe(3);
  });

  it("answers here, in the next task, where there is no worker", async () => {
    const searcher = createPathSearcher(graph, () => undefined);
    const { answer, stopped } = await searcher.search(request()).done;
    // a0 to a1 among 5 actors within 2 hops: directly, or through any of the other three.
    expect(answer.all.total).toBe(4);
    expect(stopped).toBeUndefined();
    const cancelled = searcher.search(request());
    cancelled.cancel();
    await expect(cancelled.done).rejects.toMatchObject({ name: "AbortError" });
  });
});
