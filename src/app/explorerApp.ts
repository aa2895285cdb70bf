// The explorer for one network — its composition root. It makes the graph, the drawing plan, the
// store and the layout, lays out the page, and connects the modules that each do one job:
//   picture.ts (renderer, scene, fit) · layoutFollower.ts · viewCache.ts (the question's view)
//   detailsController.ts · timelineController.ts · playback.ts · urlSync.ts
//   deferredModules.ts · benchMarks.ts · importPreview.ts
//   interact/: pictureEvents.ts, pageControls.ts, panelIntents.ts (DOM events → intents)
// `render` below says what is redrawn on each state change. Wiring only: no decisions here.
import { buildGraph, type ActorGraph } from "../model/actorGraph";
import type { NetworkDocument } from "../schema/networkDocument";
import type { ActorKind } from "../schema/vocabulary";
import { createStore, type Store } from "../state/store";
import { initialState, type AppState } from "../state/appState";
import { drawingPlan } from "../view/drawingPlan";
import type { Scene } from "../view/scene";
import { searchActors } from "../view/actorSearch";
import { playOrderOf } from "../view/networkView";
import { creditLine } from "../view/credit";
import { buildExplorerPage, showViewOptions } from "../render/explorerPage";
import { renderTableView } from "../render/tableView";
import { createSearchBox } from "../interact/searchBox";
import { attachPictureEvents } from "../interact/pictureEvents";
import { attachPageControls } from "../interact/pageControls";
import { chooseActor } from "../interact/pictureIntents";
import { detailsIntents } from "../interact/panelIntents";
import { createPicture, type LargeDrawingModule } from "./picture";
import { analysisShows, createViewCache } from "./viewCache";
import { createDetailsController } from "./detailsController";
import { createTimelineController } from "./timelineController";
import { createPlayback } from "./playback";
import { createUrlSync, stateFromUrl } from "./urlSync";
import { followLayout, startNetworkLayout } from "./layoutFollower";
import { loadDeferredModules } from "./deferredModules";
import { afterPainted, markFirstPicture } from "./benchMarks";
import { createImportPreview } from "./importPreview";
import { createQuestionControls } from "./questionControls";
import { createExportControls, explorerExport } from "./exportControls";

export type { LargeDrawingModule } from "./picture";

export interface Explorer {
  readonly graph: ActorGraph;
  readonly store: Store;
  /** The toolbar, where the shell adds the file controls. */
  readonly toolbar: HTMLElement;
  /** The document as it stands, with pinned positions saved in its layout section. */
  currentDocument(): NetworkDocument;
  /** Shows an error in the page's alert. */
  alert(message: string): void;
  /** Shows a passing message (not an error) to everyone, screen readers included. */
  announce(message: string): void;
  /** Covers the picture with the actors of a network still being read, until cleared. */
  preview(kinds: readonly ActorKind[], caption: string, drawing: LargeDrawingModule): void;
  clearPreview(): void;
  currentScene(): Scene;
  destroy(): void;
}

export interface ExplorerOptions {
  /** Needed to draw a network the drawing plan puts on the canvas; without it, SVG draws. */
  largeDrawing?: LargeDrawingModule;
}

export function createExplorer(
  root: HTMLElement,
  document: NetworkDocument,
  options: ExplorerOptions = {},
): Explorer {
  const graph = buildGraph(document);
  const plan = drawingPlan({ actors: graph.order, ties: graph.size });
  const context = {
    hasActor: (id: string) => graph.hasNode(id),
    hasTie: (id: string) => graph.hasEdge(id),
    hasSource: (id: string) => document.sources.some((source) => source.id === id),
  };
  const playOrder = playOrderOf(graph);
  const store = createStore({ ...initialState(), ...stateFromUrl(context) });
  const views = createViewCache(graph, playOrder, plan.betweenness);
  const layout = startNetworkLayout(graph, plan, () => picture.renderer.drawn());

  const searchEntries = graph.mapNodes((id, a) => ({ id, name: a.name, aliases: a.aliases ?? [] }));
  const search = createSearchBox({
    search: (query) => searchActors(searchEntries, query),
    onQuery: (query) => store.dispatch({ type: "setQuery", query }),
    onChoose: (id) => chooseActor(store, picture, id),
  });
  const questions = createQuestionControls(graph, store);
  const page = buildExplorerPage(root, {
    title: document.title,
    credit: creditLine(document),
    search: search.element,
    questions: questions.element,
  });
  const picture = createPicture({
    graph,
    store,
    plan,
    page,
    views,
    positions: layout.initial,
    label: `Network: ${document.title}, {actors} actors, {ties} ties`,
    largeDrawing: options.largeDrawing,
  });
  const requests = detailsIntents(store, picture, () => questions.openPaths());
  const details = createDetailsController(page.details, graph, document, views, requests);
  const timeline = createTimelineController(
    page.timelineSlot,
    graph,
    store,
    views,
    playOrder,
    plan.timeline.histogramAbove,
  );
  const playback = createPlayback(store, playOrder.length);
  const url = createUrlSync(store, context);
  attachPictureEvents(picture.renderer.element, store, picture, { hover: plan.hover });
  const detachControls = attachPageControls(page, store, picture);
  const onExportError = (message: string) => (page.alert.textContent = message);
  page.toolbar.append(
    createExportControls(explorerExport(document, graph, store, views, picture, onExportError)),
  );

  let tableShownFor: ReadonlySet<string> | undefined;
  /** On every state change: the picture, then everything else that shows the state, then the fit. */
  function render(state: AppState, previous?: AppState): void {
    // Pan and zoom are already on screen (d3-zoom moved the picture): only the URL follows.
    if (previous && onlyViewportChanged(previous, state)) {
      picture.applyViewport(state);
      url.follow(state, previous);
      return;
    }
    // Every DOM write first, then the reads (sizes for fitting): one forced layout, not several.
    picture.draw(state);
    details.update(state, previous);
    showViewOptions(page, state);
    search.setQuery(state.query);
    const { visibleEdges } = views.current(state);
    if (state.view === "table" && tableShownFor !== visibleEdges)
      renderTableView(page.tableView, document, visibleEdges);
    tableShownFor = state.view === "table" ? visibleEdges : undefined;
    questions.sync(state);
    picture.refit(state);
    timeline.update(state);
    playback.follow(state);
    url.follow(state, previous);
  }

  let destroyed = false;
  const alive = () => !destroyed;
  const unsubscribe = store.subscribe(render);
  render(store.getState());
  const layoutShown = followLayout(layout, picture, page, plan, alive);
  afterPainted(picture.renderer, alive, () => {
    markFirstPicture(picture.positions() === layout.initial && !plan.settledAfterLayout);
    void loadDeferredModules({
      pointer: picture.pointer,
      onAnalysis(analysis) {
        views.setAnalysis(analysis);
        const state = store.getState();
        if (analysisShows(state)) render(state);
        else picture.keepScene(state);
      },
      timelineAfter: plan.timeline.afterLayout ? layoutShown : undefined,
      onTimeline: (module) => timeline.attach(module),
      alive,
    });
  });
  const preview = createImportPreview(page);

  return {
    graph,
    store,
    toolbar: page.toolbar,
    preview: (kinds, caption, drawing) => preview.show(kinds, caption, drawing),
    clearPreview: () => preview.clear(),
    currentScene: () => picture.scene(),
    currentDocument() {
      const pins = store.getState().pins;
      if (Object.keys(pins).length === 0) return document;
      const positions = { ...(document.layout?.positions ?? {}), ...pins };
      return { ...document, layout: { positions } };
    },
    alert(message) {
      page.status.textContent = "";
      page.alert.textContent = message;
    },
    announce(message) {
      page.alert.textContent = "";
      page.status.textContent = message;
    },
    destroy() {
      destroyed = true;
      layout.cancel();
      picture.destroy();
      playback.stop();
      unsubscribe();
      url.stop();
      detachControls();
      root.replaceChildren();
    },
  };
}

function onlyViewportChanged(previous: AppState, next: AppState): boolean {
  return (Object.keys(next) as (keyof AppState)[]).every(
    (key) => key === "viewport" || next[key] === previous[key],
  );
}
