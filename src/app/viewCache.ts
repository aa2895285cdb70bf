// The question asked of the network — visible ties and actors, metrics, sizes, the path — derived
// from the state by view/networkView.ts and kept until one of its inputs changes: hover,
// selection of a tie, focus and zoom never derive it again. The path question is answered through
// pathSearches.ts (off the page when it is large); when its search ends, the view is derived again.
import type { ActorGraph } from "../model/actorGraph";
import type { AnalysisModule } from "../analysis/questions";
import type { AppState } from "../state/appState";
import { deriveNetworkView, type NetworkView, type ViewInputs } from "../view/networkView";
import { createPathSearches, type PathSearches } from "./pathSearches";

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
      }
      return view;
    },
    setAnalysis(module) {
      analysis = module;
      paths?.dispose();
      paths = createPathSearches(graph, module, onPathSettled);
    },
    cancelPathSearch: () => paths?.cancel(),
    retryPathSearch: () => paths?.retry(),
    dispose: () => paths?.dispose(),
  };
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
