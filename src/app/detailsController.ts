// The details panel's content: the selected actor (with its metrics and neighbourhood) or tie, the
// path asked about, or the network's summary — drawn again only when the selection, the path or
// what is visible changes, not on hover or zoom. What the panel asks for becomes intents
// (interact/panelIntents.ts). The path's answer is drawn by a part loaded with the first path
// asked (app/pathPanel.ts); until it is there the panel keeps what it shows.
import type { ActorGraph } from "../model/actorGraph";
import type { NetworkDocument } from "../schema/networkDocument";
import { formatPartialDate } from "../schema/partialDate";
import type { AppState } from "../state/appState";
import { actorDetails, metricRows, sourceLabel, tieDetails, type MetricRow } from "../view/details";
import {
  renderActorDetails,
  renderSummary,
  renderTieDetails,
  type DetailsCallbacks,
} from "../render/detailsPanel";
import type { ViewCache } from "./viewCache";
import { lazyPart } from "./lazyPart";

export interface DetailsController {
  update(state: AppState, previous: AppState | undefined): void;
}

export function createDetailsController(
  element: HTMLElement,
  graph: ActorGraph,
  document: NetworkDocument,
  views: ViewCache,
  callbacks: DetailsCallbacks,
  /** What the picture's colour says about an actor, when it is computed (a community). */
  colourDetail: (state: AppState, id: string) => MetricRow | undefined,
  /** The path's part could not be loaded: the page says so. */
  failed: (error: unknown) => void,
): DetailsController {
  const pathPanel = lazyPart(() => import("./pathPanel"));
  let latest: AppState | undefined;
  /** The path's part, or undefined while it loads (the state is shown again once it is there). */
  const paths = (state: AppState) => {
    const loaded = pathPanel.ready();
    if (!loaded) pathPanel.with(() => latest === state && show(state), failed);
    return loaded;
  };
  const show = (state: AppState) => {
    latest = state;
    const { selection } = state;
    const view = views.current(state);
    const { from, to } = state.path;
    const searching = view.pathStatus?.state === "done" ? null : view.pathStatus;
    if (selection?.kind === "actor" && graph.hasNode(selection.id))
      renderActorDetails(element, actorDetails(graph, selection.id, view.visibleEdges), callbacks, {
        metrics: withColour(
          metricRows(view.metrics, selection.id),
          colourDetail(state, selection.id),
        ),
        egoHops: state.ego?.center === selection.id ? state.ego.hops : null,
      });
    else if (selection === null && from && to && view.pathStatus?.state === "done") {
      const panel = paths(state);
      panel?.renderPathDetails(
        element,
        panel.pathDetails(
          graph,
          { from, to, directed: state.path.directed, maxHops: state.path.maxHops },
          view.pathStatus.result.answer,
          view.pathStatus.result,
        ),
        callbacks,
      );
    } else if (selection === null && from && to && searching)
      paths(state)?.renderPathSearch(
        element,
        {
          fromName: graph.getNodeAttribute(from, "name"),
          toName: graph.getNodeAttribute(to, "name"),
          maxHops: state.path.maxHops,
          state: searching.state,
          message: searching.state === "failed" ? searching.message : undefined,
        },
        {
          onCancel: () => views.cancelPathSearch(),
          onRetry: () => views.retryPathSearch(),
          onClearPath: () => callbacks.onClearPath(),
        },
      );
    else if (selection?.kind === "tie" && graph.hasEdge(selection.id))
      renderTieDetails(element, tieDetails(graph, selection.id), callbacks);
    else
      renderSummary(element, {
        title: document.title,
        description: document.description,
        actors: graph.order,
        ties: graph.size,
        sources: document.sources.map((s) => sourceLabel(s, s.id)),
        asOf: document.asOf ? formatPartialDate(document.asOf) : undefined,
      });
    element.classList.toggle("has-selection", selection !== null || (from !== null && to !== null));
  };

  return {
    update(state, previous) {
      if (
        !previous ||
        previous.selection !== state.selection ||
        previous.path !== state.path ||
        previous.filters !== state.filters ||
        previous.ego !== state.ego ||
        previous.playhead !== state.playhead ||
        previous.colourBy !== state.colourBy
      )
        show(state);
    },
  };
}

/**
 * The metric rows with the colour's row: coloured by community, its group replaces the metrics'
 * own "algorithmic group" (found on the kept ties only), so the panel names one group, the one the
 * picture shows.
 */
function withColour(rows: MetricRow[], colour: MetricRow | undefined): MetricRow[] {
  if (!colour) return rows;
  return [...rows.filter((row) => row.label !== "Group"), colour];
}
