// The explorer for one network — its composition root. It makes the graph, the drawing plan, the
// store and the layout, lays out the page, and connects the modules that each do one job:
//   picture.ts (renderer, scene, fit) · layoutFollower.ts · viewCache.ts (the question's view)
//   detailsController.ts · timelineController.ts · tableControl.ts · playback.ts · urlSync.ts
//   deferredModules.ts · benchMarks.ts · importPreview.ts
//   interact/: pictureEvents.ts, pageControls.ts, panelIntents.ts (DOM events → intents)
// `render` below says what is redrawn on each state change. Wiring only: no decisions here.
import { buildGraph } from "../model/actorGraph";
import type { NetworkDocument } from "../schema/networkDocument";
import type { Positions } from "../layout/forceLayout";
import { createStore } from "../state/store";
import { initialState, type AppState } from "../state/appState";
import { drawingPlan, networkSize } from "../view/drawingPlan";
import { playOrderOf } from "../view/networkView";
import { creditLine } from "../view/credit";
import { buildExplorerPage, showViewOptions } from "../render/explorerPage";
import { attachPictureEvents } from "../interact/pictureEvents";
import { attachPageControls } from "../interact/pageControls";
import { chooseActor } from "../interact/pictureIntents";
import { detailsIntents } from "../interact/panelIntents";
import { createPicture } from "./picture";
import { analysisShows, createViewCache } from "./viewCache";
import { createDetailsController } from "./detailsController";
import { createTimelineController } from "./timelineController";
import { createPlayback } from "./playback";
import { createUrlSync, stateFromUrl } from "./urlSync";
import { followLayout, startNetworkLayout } from "./layoutFollower";
import { loadDeferredModules } from "./deferredModules";
import { drawingFailed, guardListener, reloadAction, showFault, showPartFault } from "./faults";
import { afterPainted, markFirstPicture } from "./benchMarks";
import { createImportPreview } from "./importPreview";
import { createQuestionControls } from "./questionControls";
import { createExportControls, explorerExport } from "./exportControls";
import { createEmbedControls, createFullViewLink } from "./embed";
import { createColourChoice } from "./colourChoice";
import { createTableControl } from "./tableControl";
import { createActorSearchControl } from "./actorSearchControl";

export type { LargeDrawingModule } from "./picture";
export { pinsOf, type Explorer, type ExplorerOptions } from "./explorerContract";
import { documentAsShown, pinsOf, type Explorer, type ExplorerOptions } from "./explorerContract";

export function createExplorer(
  root: HTMLElement,
  document: NetworkDocument,
  options: ExplorerOptions = {},
): Explorer {
  const graph = options.prepared?.graph ?? buildGraph(document);
  /** A part loaded on first use could not be: the page's alert says which (app/faults.ts). */
  const partFailed = (what: string) => (error: unknown) => showPartFault(page.alert, what, error);
  const plan = drawingPlan(networkSize(graph));
  // (The store, made from the URL this reads, and the explorer's render come below.)
  const colours = createColourChoice(
    graph,
    (intent) => store.dispatch(intent),
    () => alive() && render(store.getState()),
    partFailed("The community search"),
  );
  const context = {
    hasActor: (id: string) => graph.hasNode(id),
    hasTie: (id: string) => graph.hasEdge(id),
    hasSource: (id: string) => document.sources.some((source) => source.id === id),
    hasColourAttribute: colours.offers,
  };
  const playOrder = options.prepared?.playOrder ?? playOrderOf(graph);
  const store = createStore({
    ...initialState(),
    pins: pinsOf(document),
    ...stateFromUrl(context),
  });
  // A path search that ran off the page has ended: everything that shows it is drawn again.
  const views = createViewCache(graph, playOrder, plan.betweenness, () =>
    guarded(store.getState()),
  );
  if (options.prepared?.analysis) views.setAnalysis(options.prepared.analysis);
  const layout = startNetworkLayout(graph, plan, () => picture.drawn(), options.layout);

  const search = createActorSearchControl(graph, plan.searchIndex, {
    onQuery: (query) => store.dispatch({ type: "setQuery", query }),
    onChoose: (id) => chooseActor(store, picture, id),
  });
  const questions = createQuestionControls(
    graph,
    store,
    [colours.element],
    partFailed("The question tools"),
  );
  const page = buildExplorerPage(root, {
    title: document.title,
    credit: creditLine(document),
    search: search.element,
    questions: questions.element,
    gestureHint: plan.dragMovesActors ? undefined : "Drag pans · Alt + drag moves an actor",
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
    ...(options.arrangement ? { onMoved: options.arrangement.onMoved } : {}),
    handoff: options.picture,
    colouring: colours.colouring,
  });
  const requests = detailsIntents(store, picture, () => questions.openPaths());
  const details = createDetailsController(
    page.details,
    graph,
    document,
    views,
    requests,
    colours.detail,
    partFailed("The path's details"),
  );
  const timeline = createTimelineController(
    page.timelineSlot,
    graph,
    store,
    views,
    playOrder,
    plan.timeline.histogramAbove,
  );
  const playback = createPlayback(store, playOrder.length);
  const url = createUrlSync(store, context, options.hashPrefix, { newEntries: !options.embed });
  attachPictureEvents(picture.renderer.element, store, picture, { hover: plan.hover });
  const detachControls = attachPageControls(page, store, picture);
  const onExportError = (message: string) => (page.alert.textContent = message);
  const exportControls = createExportControls(
    explorerExport(document, graph, store, views, picture, onExportError),
  );
  const state = () => store.getState();
  exportControls.append(
    createEmbedControls({
      title: document.title,
      published: options.published ?? (() => false),
      state,
    }),
  );
  page.toolbar.append(exportControls);
  if (options.embed) page.stageWrap.append(createFullViewLink(state));

  const table = createTableControl(
    page.tableView,
    document,
    requests,
    () => alive() && guarded(store.getState()),
    partFailed("The table view"),
  );
  /** The arrangement is being set from the document: its pins are not the user releasing them. */
  let arranging = false;
  /** On every state change: the picture, then everything else that shows the state, then the fit. */
  function render(state: AppState, previous?: AppState): void {
    // Pan and zoom are already on screen (d3-zoom moved the picture), and what is typed in the
    // search box shows nowhere else: only the URL follows.
    if (previous && onlyChanged(previous, state, ["viewport", "query"])) {
      if (state.viewport !== previous.viewport) picture.applyViewport(state);
      search.setQuery(state.query);
      url.follow(state, previous);
      return;
    }
    // Every DOM write first, then the reads (sizes for fitting): one forced layout, not several.
    picture.draw(state);
    details.update(state, previous);
    showViewOptions(page, state);
    search.setQuery(state.query);
    table.update(state, views.current(state).visibleEdges);
    questions.sync(state);
    colours.sync(state);
    picture.refit(state);
    if (previous && previous.pins !== state.pins && !arranging && options.arrangement) {
      const released = Object.keys(previous.pins).filter((id) => !Object.hasOwn(state.pins, id));
      if (released.length) options.arrangement.onReleased(released);
    }
    timeline.update(state);
    playback.follow(state);
    url.follow(state, previous);
  }

  let destroyed = false;
  const alive = () => !destroyed;
  // A bug while drawing one state shows a message; the page stays usable and the next state draws.
  // A newly opened file that cannot be drawn is not shown: the network before stays (explorerSwap).
  let drawingFault: { error: unknown } | undefined;
  const guarded = guardListener(render, (error) => {
    drawingFault ??= { error };
    drawingFailed(page, error);
  });
  const unsubscribe = store.subscribe(guarded);
  guarded(store.getState());
  const layoutShown = followLayout(layout, picture, page, plan, alive);
  let layoutSettled = false;
  /** The document with the arrangement last set (a move, a release, their undo) since it was built. */
  let arranged = document;
  const settled = layout.done.then(() => {
    layoutSettled = true;
    return picture.positions();
  });
  settled.catch(() => undefined); // cancelled: a newer network replaced this one
  if (options.cover) page.stageWrap.append(options.cover);
  afterPainted(picture, alive, () => {
    options.cover?.remove();
    markFirstPicture(picture.positions() === layout.initial && !plan.settledAfterLayout);
    search.prepare();
    void loadDeferredModules({
      pointer: picture.pointer,
      onAnalysis(analysis) {
        views.setAnalysis(analysis);
        const state = store.getState();
        if (analysisShows(state)) guarded(state);
        else picture.keepScene(state);
      },
      timelineAfter: plan.timeline.afterLayout ? layoutShown : undefined,
      onTimeline: (module) => timeline.attach(module),
      onFailed: (message, canReload) =>
        showFault(page.alert, message, canReload ? reloadAction : undefined),
      alive,
    });
  });
  const preview = createImportPreview(page);

  return {
    graph,
    store,
    toolbar: page.toolbar,
    preview: (actors, caption, drawing) => preview.show(actors, caption, drawing),
    clearPreview: () => preview.clear(),
    takePreview: () => preview.take(),
    currentScene: () => picture.scene(),
    positions: () => picture.positions(),
    settled,
    tieDrawing: {
      svg: picture.renderer.element,
      target: {
        hit: (event) => picture.hit(event),
        position: (id) => picture.position(id),
        toWorld(clientX, clientY) {
          const box = picture.renderer.element.getBoundingClientRect();
          const { x, y, k } = picture.viewport();
          return { x: (clientX - box.left - x) / k, y: (clientY - box.top - y) / k };
        },
      },
    },
    drawn: () => picture.renderer.drawn(),
    drawingFault: () => drawingFault,
    setArrangement(next) {
      arranged = next; // the same records, arranged anew: exported as drawn
      const positions: Positions = new Map(picture.positions());
      for (const [id, position] of Object.entries(next.layout?.positions ?? {}))
        if (positions.has(id)) positions.set(id, position);
      arranging = true;
      try {
        picture.move(positions);
        store.dispatch({ type: "restore", state: { pins: pinsOf(next) } });
      } finally {
        arranging = false;
      }
    },
    currentDocument: () =>
      documentAsShown(
        arranged,
        store.getState().pins,
        layoutSettled ? picture.positions() : undefined,
      ),
    alert(message, action) {
      page.status.textContent = "";
      showFault(page.alert, message, action);
    },
    announce(message) {
      // A drawing fault stays said: "Opened …" comes after it was drawn (or failed to be).
      if (!drawingFault) page.alert.textContent = "";
      page.status.textContent = message;
    },
    rewriteAddress: () => url.rewrite(store.getState()),
    destroy() {
      destroyed = true;
      layout.cancel();
      views.dispose();
      colours.cancel();
      search.cancel();
      picture.destroy();
      playback.stop();
      unsubscribe();
      url.stop();
      detachControls();
      for (const node of page.nodes) node.remove();
    },
  };
}

function onlyChanged(previous: AppState, next: AppState, keys: (keyof AppState)[]): boolean {
  return (Object.keys(next) as (keyof AppState)[]).every(
    (key) => keys.includes(key) || next[key] === previous[key],
  );
}
