// Finding a network's communities once, when "Colour by: community" first asks for them: in a Web
// Worker (analysis/communityWorker.ts) so a large network's Louvain never holds the page, or on
// this thread where there is no Worker (tests, a page opened from file://). Same function, same
// seed, same groups either way. The search itself (Louvain) is loaded only to run it on this
// thread; if it cannot be loaded, `onFailed` says so and the colours stay by kind.
import type { ActorGraph } from "../model/actorGraph";
import { COMMUNITY_SEED, type CommunityInput, type Communities } from "../analysis/communityTypes";

export interface CommunityFinder {
  /** The communities, once found. */
  current(): Communities | undefined;
  /** Whether the search could not run (its module failed to load): none will be found. */
  failed(): boolean;
  /** Starts finding them (once); `onFound` runs when they are there, at once if they already are. */
  find(onFound: (communities: Communities) => void): void;
  /** Stops a search under way (the explorer is gone). */
  cancel(): void;
}

/** The ties as actor indices in the graph's node order, every tie once. */
export function communityInput(graph: ActorGraph): CommunityInput {
  const index = new Map<string, number>();
  graph.forEachNode((node) => {
    index.set(node, index.size);
  });
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  let i = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    sources[i] = index.get(source) ?? -1;
    targets[i] = index.get(target) ?? -1;
    i++;
  });
  return { actors: graph.order, sources, targets, seed: COMMUNITY_SEED };
}

export function createCommunityFinder(
  graph: ActorGraph,
  /** The search on this thread could not be loaded (the error, for the page to say). */
  onFailed: (error: unknown) => void = () => undefined,
): CommunityFinder {
  let found: Communities | undefined;
  let failed = false;
  let started = false;
  let cancelled = false;
  let worker: Worker | undefined;
  const listeners: ((communities: Communities) => void)[] = [];
  const settle = (communities: Communities) => {
    worker?.terminate();
    worker = undefined;
    if (cancelled) return;
    found = communities;
    for (const listener of listeners.splice(0)) listener(communities);
  };
  const onThisThread = (input: CommunityInput) =>
    void import("../analysis/communities").then(
      ({ findCommunities }) => {
        if (!cancelled) settle(findCommunities(input));
      },
      (error: unknown) => {
        listeners.length = 0;
        failed = true;
        if (!cancelled) onFailed(error);
      },
    );

  const start = () => {
    const input = communityInput(graph);
    if (typeof Worker === "undefined") return onThisThread(input);
    try {
      worker = new Worker(new URL("../analysis/communityWorker.ts", import.meta.url), {
        type: "module",
      });
    } catch {
      return onThisThread(input);
    }
    // The input's arrays went to the worker: this thread reads the ties again.
    const fallBack = () => {
      worker?.terminate();
      worker = undefined;
      onThisThread(communityInput(graph));
    };
    worker.addEventListener("message", (event: MessageEvent<Communities>) => settle(event.data));
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      fallBack();
    });
    worker.addEventListener("messageerror", fallBack);
    worker.postMessage(input, [input.sources.buffer, input.targets.buffer]);
  };

  return {
    current: () => found,
    failed: () => failed,
    find(onFound) {
      if (found) return onFound(found);
      listeners.push(onFound);
      if (started) return;
      started = true;
      start();
    },
    cancel() {
      cancelled = true;
      worker?.terminate();
      worker = undefined;
    },
  };
}
