import { afterEach, describe, expect, it, vi } from "vitest";
import { computeLayout, initialPositions, type Positions } from "../../src/layout/forceLayout";
import { computePositions, createSimulation } from "../../src/layout/layoutEngine";
import { serveLayout, type LayoutReply } from "../../src/layout/layoutProtocol";
import { startLayout, workerChannel, type LayoutChannel } from "../../src/layout/layoutRunner";
import { drawingPlan } from "../../src/view/drawingPlan";
import { layoutInput } from "../../src/layout/layoutInput";
import { buildGraph } from "../../src/model/actorGraph";
import { seedActorGraph } from "../fixtures/seedGraph";
import { largeNetworkDocument } from "../fixtures/largeNetwork";
import { plantedPartition } from "../fixtures/randomGraphs";

const seed = layoutInput(seedActorGraph());
const options = { ticks: 40 }; // short runs: the equality, not the picture, is under test

/** A channel that runs the worker's code in this process, a reply per timer turn. */
function inProcessChannel(log: string[] = []): LayoutChannel {
  let onReply: (reply: LayoutReply) => void = () => undefined;
  let closed = false;
  return {
    send(request) {
      log.push("send");
      const replies: LayoutReply[] = [];
      // As layoutWorker.ts does: any profile's simulation.
      serveLayout(request, (reply) => replies.push(reply), undefined, createSimulation);
      const next = () => {
        const reply = replies.shift();
        if (closed || !reply) return;
        onReply(reply);
        setTimeout(next, 0);
      };
      setTimeout(next, 0);
    },
    listen(reply) {
      onReply = reply;
    },
    close() {
      closed = true;
      log.push("close");
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("starting a layout", () => {
  it("lays small networks out at once: initial is final, no progress", async () => {
    const size = { actors: seed.nodes.length, ties: seed.links.length };
    expect(drawingPlan(size).layoutInWorker).toBe(false);
    const run = startLayout(seed.nodes, seed.links);
    expect([...run.initial]).toEqual([...computeLayout(seed.nodes, seed.links)]);
    let events = 0;
    run.onProgress(() => events++);
    expect(await run.done).toBe(run.initial);
    expect(events).toBe(0);
  });

  it("has no Worker in Node, so it falls back to slices on this thread", async () => {
    expect(workerChannel()).toBeUndefined();
    const run = startLayout(seed.nodes, seed.links, {
      ...options,
      inWorker: true,
      progressInterval: 0,
      sliceMs: 0,
    });
    expect([...run.initial]).toEqual([...initialPositions(seed.nodes)]);
    const fractions: number[] = [];
    let last: Positions | undefined;
    run.onProgress((fraction, positions) => {
      fractions.push(fraction);
      last = positions();
    });
    const final = await run.done;
    expect([...final]).toEqual([...computeLayout(seed.nodes, seed.links, options)]);
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(last?.size).toBe(seed.nodes.length);
  });

  it("gives the same positions through a worker channel", async () => {
    const log: string[] = [];
    const run = startLayout(seed.nodes, seed.links, {
      ...options,
      inWorker: true,
      progressInterval: 0,
      channel: () => inProcessChannel(log),
    });
    let events = 0;
    run.onProgress(() => events++);
    expect([...(await run.done)]).toEqual([...computeLayout(seed.nodes, seed.links, options)]);
    expect(events).toBeGreaterThan(0);
    expect(log).toEqual(["send", "close"]);
  });

  it("lays a large network out the same in the worker and on this thread (multilevel)", async () => {
    const sbm = plantedPartition({ actors: 600, blocks: 6, inside: 5, across: 0.6, seed: 3 });
    const large = { profile: "large" as const, inWorker: true, progressInterval: 0 };
    const expected = [...computePositions(sbm.nodes, sbm.links, large)];
    const log: string[] = [];
    let events = 0;
    const remote = startLayout(sbm.nodes, sbm.links, {
      ...large,
      channel: () => inProcessChannel(log),
    });
    remote.onProgress(() => events++);
    expect([...(await remote.done)]).toEqual(expected);
    expect(log).toEqual(["send", "close"]); // served by the worker's code, not a fallback
    expect(events).toBeGreaterThan(0);
    const here = startLayout(sbm.nodes, sbm.links, { ...large, channel: () => undefined });
    expect([...(await here.done)]).toEqual(expected);
  });

  it("falls back to this thread when the worker fails", async () => {
    const failing: LayoutChannel = {
      send: () => undefined,
      listen: (_reply, failure) => setTimeout(() => failure("no worker here"), 0),
      close: () => undefined,
    };
    const run = startLayout(seed.nodes, seed.links, {
      ...options,
      inWorker: true,
      channel: () => failing,
    });
    expect([...(await run.done)]).toEqual([...computeLayout(seed.nodes, seed.links, options)]);
  });

  it("falls back once, ignoring the worker after it failed", async () => {
    let fail: (reason: string) => void = () => undefined;
    let reply: (reply: LayoutReply) => void = () => undefined;
    const flaky: LayoutChannel = {
      send: () => undefined,
      listen: (onReply, onFailure) => {
        reply = onReply;
        fail = onFailure;
      },
      close: () => undefined,
    };
    let started: () => void = () => undefined;
    const begun = new Promise<void>((resolve) => (started = resolve));
    const run = startLayout(seed.nodes, seed.links, {
      ...options,
      inWorker: true,
      channel: () => flaky,
      onStart: () => started(),
    });
    await begun; // the layout begins in the next task; by now it listens to the channel
    fail("first");
    fail("second");
    reply({ type: "done", positions: new Float64Array(seed.nodes.length * 2) }); // too late
    expect([...(await run.done)]).toEqual([...computeLayout(seed.nodes, seed.links, options)]);
  });

  it("begins in the next task, after the caller's own work, and says so", async () => {
    const log: string[] = [];
    const run = startLayout(seed.nodes, seed.links, {
      ...options,
      inWorker: true,
      channel: () => inProcessChannel(log),
      onStart: () => log.push("start"),
    });
    log.push("caller");
    await run.done;
    expect(log.slice(0, 3)).toEqual(["caller", "start", "send"]);
  });

  it("waits for what it is told to (the first picture) before it begins", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const log: string[] = [];
    let painted: () => void = () => undefined;
    const run = startLayout(seed.nodes, seed.links, {
      ...options,
      inWorker: true,
      channel: () => inProcessChannel(log),
      onStart: () => log.push("start"),
      after: () => new Promise<void>((resolve) => (painted = resolve)),
    });
    await vi.runAllTimersAsync(); // every timer due: the layout would have begun without `after`
    expect(log).toEqual([]);
    log.push("painted");
    painted();
    await vi.runAllTimersAsync(); // the replies, a timer each
    await run.done;
    expect(log.slice(0, 3)).toEqual(["painted", "start", "send"]);
  });

  it("falls back when the request cannot be posted", async () => {
    const unsendable: LayoutChannel = {
      send: () => {
        throw new Error("DataCloneError");
      },
      listen: () => undefined,
      close: () => undefined,
    };
    const run = startLayout(seed.nodes, seed.links, {
      ...options,
      inWorker: true,
      channel: () => unsendable,
    });
    expect([...(await run.done)]).toEqual([...computeLayout(seed.nodes, seed.links, options)]);
  });

  it("stops on cancel: done rejects, no more progress, the channel is closed", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const log: string[] = [];
    const run = startLayout(seed.nodes, seed.links, {
      ...options,
      inWorker: true,
      progressInterval: 0,
      channel: () => inProcessChannel(log),
    });
    let events = 0;
    run.onProgress(() => {
      events++;
      if (events === 2) run.cancel();
    });
    const rejected = expect(run.done).rejects.toMatchObject({ name: "AbortError" });
    await vi.runAllTimersAsync(); // every timer the run and its channel had set has run
    await rejected;
    expect(events).toBe(2);
    expect(log).toEqual(["send", "close"]);
  });

  it("a listener can unsubscribe", async () => {
    const run = startLayout(seed.nodes, seed.links, {
      ...options,
      inWorker: true,
      progressInterval: 0,
      sliceMs: 0,
    });
    let events = 0;
    const off = run.onProgress(() => events++);
    off();
    await run.done;
    expect(events).toBe(0);
  });

  it("keeps a fully pinned network as it is, without running a simulation", async () => {
    const doc = largeNetworkDocument({ actors: 300, ties: 900 });
    doc.layout = {
      positions: Object.fromEntries(doc.actors.map((a, i) => [a.id, { x: i, y: -i }])),
    };
    const { nodes, links } = layoutInput(buildGraph(doc));
    const run = startLayout(nodes, links);
    expect(run.initial.get("actor-007")).toEqual({ x: 7, y: -7 });
    expect(await run.done).toBe(run.initial);
  });
});

describe("a layout worker started ahead of need", () => {
  /** A stand-in for the browser's Worker whose script fails to load at once. */
  class BrokenWorker extends EventTarget {
    static created = 0;
    /** Settles once the last worker created has reported its failure. */
    static failed: Promise<void> = Promise.resolve();
    terminated = false;
    constructor() {
      super();
      BrokenWorker.created++;
      BrokenWorker.failed = new Promise((reported) =>
        queueMicrotask(() => {
          const event = new Event("error", { cancelable: true });
          Object.assign(event, { message: "script failed to load" });
          this.dispatchEvent(event);
          reported();
        }),
      );
    }
    postMessage(): void {}
    terminate(): void {
      this.terminated = true;
    }
  }

  it("is the one the next layout uses, and its early failure still falls back", async () => {
    const previous = (globalThis as { Worker?: unknown }).Worker;
    (globalThis as { Worker?: unknown }).Worker = BrokenWorker;
    try {
      const { warmLayoutWorker } = await import("../../src/layout/layoutRunner");
      warmLayoutWorker();
      warmLayoutWorker(); // one spare at most
      expect(BrokenWorker.created).toBe(1);
      await BrokenWorker.failed; // it fails before anyone listens
      const run = startLayout(seed.nodes, seed.links, { ...options, inWorker: true });
      expect(BrokenWorker.created).toBe(1);
      expect([...(await run.done)]).toEqual([...computeLayout(seed.nodes, seed.links, options)]);
    } finally {
      (globalThis as { Worker?: unknown }).Worker = previous;
    }
  });
});
