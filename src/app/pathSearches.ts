// The path question's answer as the view asks for it (a PathProvider). A question is first tried
// on the page within a small budget — on most networks that is the whole answer, at once. When the
// budget runs out, the page says it is searching and the path worker answers within a larger one
// (analysis/pathRunner.ts); the panel's Cancel stops it, "Search again" asks again. When a search
// ends, `onSettled` has the explorer draw again.
import type { ActorGraph } from "../model/actorGraph";
import type { AnalysisModule } from "../analysis/questions";
import type { PathProvider, PathRequest, PathStatus } from "../analysis/pathSearch";
import type { PathSearcher } from "../analysis/pathRunner";
import type { PathQuery } from "../state/appState";

export interface PathSearches {
  provide: PathProvider;
  /** Goes up each time a search ends or is cancelled: the view must be derived again. */
  version(): number;
  /** Stops the search running in the worker. */
  cancel(): void;
  /** Asks the last question again (after a cancel or a failure). */
  retry(): void;
  dispose(): void;
}

const sameQuery = (a: PathQuery, b: PathQuery) =>
  a.from === b.from &&
  a.to === b.to &&
  a.directed === b.directed &&
  a.maxHops === b.maxHops &&
  a.kinds === b.kinds &&
  a.respectTime === b.respectTime;

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

export function createPathSearches(
  graph: ActorGraph,
  analysis: AnalysisModule,
  onSettled: () => void,
): PathSearches {
  let searcher: PathSearcher | undefined;
  let asked: { query: PathQuery; kept: ReadonlySet<string> } | undefined;
  let status: PathStatus | undefined;
  let version = 0;
  let stopRunning: (() => void) | undefined;

  const settle = (next: PathStatus) => {
    status = next;
    stopRunning = undefined;
    version++;
    onSettled();
  };

  const ask = (query: PathQuery, kept: ReadonlySet<string>): PathStatus => {
    stopRunning?.();
    stopRunning = undefined;
    asked = { query, kept };
    const request: PathRequest = {
      from: query.from ?? "",
      to: query.to ?? "",
      directed: query.directed,
      maxHops: query.maxHops,
      kinds: query.kinds,
      respectTime: query.respectTime,
      kept: kept.size === graph.size ? null : [...kept],
      budget: analysis.PAGE_BUDGET,
    };
    const quick = analysis.searchPaths(graph, request);
    if (!quick.stopped) return { state: "done", result: quick };

    searcher ??= analysis.createPathSearcher(graph);
    const run = searcher.search({ ...request, budget: analysis.WORKER_BUDGET });
    let current = true;
    stopRunning = () => {
      current = false;
      run.cancel();
    };
    run.done.then(
      (result) => {
        if (current) settle({ state: "done", result });
      },
      (error: unknown) => {
        if (!current) return;
        if (error instanceof DOMException && error.name === "AbortError")
          settle({ state: "cancelled" });
        else
          settle({
            state: "failed",
            message: `The path search failed: ${error instanceof Error ? error.message : String(error)}.`,
          });
      },
    );
    return { state: "searching", cancel: () => run.cancel() };
  };

  return {
    provide(query, kept) {
      if (!status || !asked || !sameQuery(asked.query, query) || !sameSet(asked.kept, kept))
        status = ask(query, kept);
      return status;
    },
    version: () => version,
    cancel() {
      if (status?.state === "searching") status.cancel();
    },
    retry() {
      if (status?.state !== "cancelled" && status?.state !== "failed") return;
      status = undefined;
      version++;
      onSettled();
    },
    dispose() {
      stopRunning?.();
      searcher?.dispose();
    },
  };
}
