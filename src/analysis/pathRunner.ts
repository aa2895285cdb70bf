// Running a path search off the page. Questions the page could not answer within its small budget
// go to a Web Worker (pathWorker.ts) that has the network and a larger budget; cancelling a
// search terminates the worker (its search is one synchronous loop), and the next search starts a
// new one. A worker that fails to start, throws or dies (workerLife.ts) fails the searches it had
// with a message, and the next search starts a new worker. Where there is no Worker at all, the
// search runs here in one short task with a smaller budget.
import { documentFromGraph, type ActorGraph } from "../model/actorGraph";
import { watchLife } from "../worker/workerLife";
import {
  FALLBACK_BUDGET,
  searchPaths,
  type PathRequest,
  type PathSearchResult,
  type PathWorkerReply,
  type PathWorkerRequest,
} from "./pathSearch";

/** A way to run searches elsewhere; a Web Worker in the browser. */
export interface PathChannel {
  send(message: PathWorkerRequest): void;
  /** Replies; `onFailure` when the worker fails to start, throws, or dies. */
  listen(onReply: (reply: PathWorkerReply) => void, onFailure: (reason: string) => void): void;
  close(): void;
}

export function pathWorkerChannel(): PathChannel | undefined {
  if (typeof Worker === "undefined") return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL("./pathWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return undefined;
  }
  let onFailure: ((reason: string) => void) | undefined;
  const stopWatching = watchLife(worker, "path", () =>
    onFailure?.("the path search stopped unexpectedly"),
  );
  return {
    send: (message) => worker.postMessage(message),
    listen(onReply, failed) {
      onFailure = failed;
      worker.addEventListener("message", (event: MessageEvent<PathWorkerReply>) =>
        onReply(event.data),
      );
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        failed(event.message || "the path search could not start");
      });
      worker.addEventListener("messageerror", () => failed("unreadable path search message"));
    },
    close() {
      stopWatching();
      worker.terminate();
    },
  };
}

export interface PathSearchRun {
  /** The answer; rejects with an AbortError once cancelled, or with the worker's failure. */
  done: Promise<PathSearchResult>;
  cancel(): void;
}

export interface PathSearcher {
  search(request: PathRequest): PathSearchRun;
  /** Ends the worker (the explorer is gone). */
  dispose(): void;
}

const abortError = () => new DOMException("the path search was cancelled", "AbortError");

export function createPathSearcher(
  graph: ActorGraph,
  channel: () => PathChannel | undefined = pathWorkerChannel,
): PathSearcher {
  let worker: PathChannel | undefined;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (result: PathSearchResult) => void; reject: (reason: unknown) => void }
  >();

  /** Ends the worker and rejects what it was doing. */
  const drop = (reason: () => unknown) => {
    worker?.close();
    worker = undefined;
    const stranded = [...pending.values()];
    pending.clear();
    for (const request of stranded) request.reject(reason());
  };

  const start = (): PathChannel | undefined => {
    if (worker) return worker;
    const created = channel();
    if (!created) return undefined;
    created.listen(
      (reply) => {
        const request = pending.get(reply.id);
        if (!request) return;
        pending.delete(reply.id);
        if ("result" in reply) request.resolve(reply.result);
        else request.reject(new Error(reply.error));
      },
      (reason) => {
        if (worker === created) drop(() => new Error(reason));
      },
    );
    worker = created;
    // The worker's copy of the network: sent once, before its first question.
    created.send({ type: "network", document: documentFromGraph(graph) });
    return created;
  };

  return {
    search(request) {
      const target = start();
      if (!target) return searchHere(graph, request);
      const id = nextId++;
      const done = new Promise<PathSearchResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
      });
      done.catch(() => undefined); // a cancelled search nobody awaits is not an unhandled rejection
      target.send({ type: "search", id, request });
      return {
        done,
        cancel() {
          if (!pending.has(id)) return;
          // The worker is busy with this search until it ends: a new one takes its place.
          drop(abortError);
        },
      };
    },
    dispose: () => drop(abortError),
  };
}

/** Without a worker: the same search in the next task, with the smaller budget of the page. */
function searchHere(graph: ActorGraph, request: PathRequest): PathSearchRun {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const done = new Promise<PathSearchResult>((resolve, no) => {
    reject = no;
    timer = setTimeout(() => {
      try {
        resolve(searchPaths(graph, { ...request, budget: FALLBACK_BUDGET }));
      } catch (error) {
        no(error);
      }
    }, 0);
  });
  done.catch(() => undefined);
  return {
    done,
    cancel() {
      clearTimeout(timer);
      reject(abortError());
    },
  };
}
