// The question asked of the network — visible ties and actors, metrics, sizes, the path — derived
// from the state by view/networkView.ts and kept until one of its inputs changes: hover,
// selection of a tie, focus and zoom never derive it again.
import type { ActorGraph } from "../model/actorGraph";
import type { AnalysisModule } from "../analysis/questions";
import type { AppState } from "../state/appState";
import { deriveNetworkView, type NetworkView, type ViewInputs } from "../view/networkView";

export interface ViewCache {
  current(state: AppState): NetworkView;
  /** Metrics, paths and ego networks can be computed from now on (the module loads late). */
  setAnalysis(analysis: AnalysisModule): void;
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

type Inputs = Required<Omit<ViewInputs, "betweenness">> & { analysis: AnalysisModule | undefined };

export function createViewCache(
  graph: ActorGraph,
  playOrder: readonly string[],
  /** The drawing plan's betweenness. */
  betweenness: boolean,
): ViewCache {
  let analysis: AnalysisModule | undefined;
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
      };
      if (!view || !derivedFrom || !sameInputs(derivedFrom, inputs)) {
        derivedFrom = inputs;
        view = deriveNetworkView(graph, { ...inputs, betweenness }, playOrder, analysis);
      }
      return view;
    },
    setAnalysis(module) {
      analysis = module;
    },
  };
}

/** The reducer makes a new object for every change, so the same object means the same value. */
function sameInputs(a: Inputs, b: Inputs): boolean {
  return (Object.keys(a) as (keyof Inputs)[]).every((key) => a[key] === b[key]);
}
