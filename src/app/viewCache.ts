// The question asked of the network — visible ties and actors, metrics, sizes, the path — derived
// from the state by view/networkView.ts and kept until one of its inputs changes: hover,
// selection of a tie, focus and zoom never derive it again. The path question is answered through
// pathSearches.ts (off the page when it is large); when its search ends, the view is derived again.
// A large network's metrics (no betweenness: one pass over its ties, and ranks) are worked out
// ahead, a slice at a time while the page is idle, for the ties on screen: the first selection
// then only reads them (it took 40–60 ms at 20 000 actors and 60 000 ties in the click's task).
import type { ActorGraph } from "../model/actorGraph";
import type { AnalysisModule } from "../analysis/questions";
import type { NetworkMetrics } from "../analysis/metrics";
import { runSteps } from "../view/steps";
import type { AppState } from "../state/appState";
import { deriveNetworkView, type NetworkView, type ViewInputs } from "../view/networkView";
import { createPathSearches, type PathSearches } from "./pathSearches";
import { runSliced } from "./sliced";

export interface ViewCache {
  current(state: AppState): NetworkView;
  /** Metrics, paths and ego networks can be computed from now on (the module loads late). */
  setAnalysis(analysis: AnalysisModule): void;
  /** Stops the path search running off the page; "Search again" asks it again. */
  cancelPathSearch(): void;
  retryPathSearch(): void;
  /** Ends the path worker (the explorer is gone). */
  dispose(): void;
}

/** Metrics are computed only when something shows them: an actor's details, or sizing by them. */
export function needMetrics(state: AppState): boolean {
  return state.selection?.kind === "actor" || state.sizeBy !== "none";
}

/** Whether the analysis, once loaded, changes what this state shows (else nothing is redrawn). */
export function analysisShows(state: AppState): boolean {
  const { from, to } = state.path;
  return needMetrics(state) || state.ego !== null || (from !== null && to !== null);
}

type Inputs = Required<Omit<ViewInputs, "betweenness">> & {
  analysis: AnalysisModule | undefined;
  /** How many path searches have ended: each one changes the view. */
  pathSearches: number;
};

export function createViewCache(
  graph: ActorGraph,
  playOrder: readonly string[],
  /** The drawing plan's betweenness. */
  betweenness: boolean,
  /** A path search ended off the page (or was cancelled): what shows the view must redraw. */
  onPathSettled: () => void = () => undefined,
): ViewCache {
  let analysis: AnalysisModule | undefined;
  let paths: PathSearches | undefined;
  let derivedFrom: Inputs | undefined;
  let view: NetworkView | undefined;
  let disposed = false;
  /** Metrics being worked out ahead for one set of kept ties (`result` once done). */
  let ahead:
    | {
        kept: ReadonlySet<string>;
        analysis: AnalysisModule;
        steps: Generator<void, NetworkMetrics, void>;
        result: NetworkMetrics | undefined;
      }
    | undefined;
  /** The metrics of the kept ties: those worked out ahead (finished now if need be), or anew. */
  const metricsFor = (module: AnalysisModule, kept: ReadonlySet<string>): NetworkMetrics =>
    ahead && ahead.kept === kept && ahead.analysis === module
      ? (ahead.result ??= runSteps(ahead.steps))
      : module.computeMetrics(graph, (edge) => kept.has(edge), { brokerage: betweenness });
  /** Starts working out the metrics of the view's ties ahead, when the page is idle. */
  const prepareAhead = () => {
    if (betweenness || !analysis || !view || view.metrics || disposed) return;
    const kept = view.visibleEdges;
    if (ahead?.kept === kept && ahead.analysis === analysis) return;
    const steps = analysis.computeMetricsSteps(graph, (edge) => kept.has(edge), {
      brokerage: false,
    });
    const mine = { kept, analysis, steps, result: undefined as NetworkMetrics | undefined };
    ahead = mine;
    whenIdle(() => {
      const stale = () => ahead !== mine || mine.result !== undefined || disposed;
      if (stale()) return;
      void runSliced(steps, stale).then((result) => {
        if (result) mine.result ??= result;
      });
    });
  };
  return {
    current(state) {
      const inputs: Inputs = {
        filters: state.filters,
        sizeBy: state.sizeBy,
        path: state.path,
        ego: state.ego,
        playhead: state.playhead,
        needMetrics: needMetrics(state),
        analysis,
        pathSearches: paths?.version() ?? 0,
      };
      // Only whether metrics are needed changed (an actor selected): the view gains them.
      if (
        view &&
        derivedFrom &&
        sameInputs(derivedFrom, { ...inputs, needMetrics: derivedFrom.needMetrics })
      ) {
        if (inputs.needMetrics && !view.metrics && analysis)
          view = { ...view, metrics: metricsFor(analysis, view.visibleEdges) };
        derivedFrom = inputs;
        return view;
      }
      if (!view || !derivedFrom || !sameInputs(derivedFrom, inputs)) {
        const next = deriveNetworkView(
          graph,
          { ...inputs, betweenness },
          playOrder,
          analysis,
          paths?.provide,
        );
        // The same actors and ties visible (metrics were asked for, or the analysis arrived):
        // the sets stay the same objects, so a large picture can keep its marks (picture.ts).
        view =
          view && derivedFrom && sameVisibility(derivedFrom, inputs)
            ? {
                ...next,
                visibleEdges: view.visibleEdges,
                visibleNodes: view.visibleNodes,
                emphasis: view.emphasis,
              }
            : next;
        derivedFrom = inputs;
        prepareAhead();
      }
      return view;
    },
    setAnalysis(module) {
      analysis = module;
      paths?.dispose();
      paths = createPathSearches(graph, module, onPathSettled);
      prepareAhead();
    },
    cancelPathSearch: () => paths?.cancel(),
    retryPathSearch: () => paths?.retry(),
    dispose() {
      disposed = true;
      paths?.dispose();
    },
  };
}

/** Runs `then` when the page is idle (within a couple of seconds at most). */
function whenIdle(then: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(then, { timeout: 2000 });
  else setTimeout(then, 50);
}

/**
 * Whether two inputs show the same actors and ties and the same path: the same question, with
 * the analysis (ego networks and paths need it) the same or not needed.
 */
function sameVisibility(a: Inputs, b: Inputs): boolean {
  const asked = b.ego !== null || (b.path.from !== null && b.path.to !== null);
  return (
    a.filters === b.filters &&
    a.playhead === b.playhead &&
    a.ego === b.ego &&
    a.path === b.path &&
    ((a.analysis === b.analysis && a.pathSearches === b.pathSearches) || !asked)
  );
}

/** The reducer makes a new object for every change, so the same object means the same value. */
function sameInputs(a: Inputs, b: Inputs): boolean {
  return (Object.keys(a) as (keyof Inputs)[]).every((key) => a[key] === b[key]);
}
