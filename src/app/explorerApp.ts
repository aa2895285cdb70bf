// The explorer: wires one network's graph, state, layout, renderer, panels and interactions.
// Wiring only — every decision lives in a pure module (view/, state/, layout/).
import { buildGraph, type ActorGraph } from "../model/actorGraph";
import type { NetworkDocument } from "../schema/networkDocument";
import { createStore, type Store } from "../state/store";
import { initialState, type AppState } from "../state/appState";
import { decodeHash, encodeHash, isNavigation, type HashState } from "../state/urlHash";
import type { Positions } from "../layout/forceLayout";
import { startLayout } from "../layout/layoutRunner";
import { drawingPlan } from "../view/drawingPlan";
import { layoutInput } from "../layout/layoutInput";
import { buildScene, relocateScene, type Scene } from "../view/scene";
import { actorDetails, sourceLabel, tieDetails } from "../view/details";
import { searchActors, type SearchEntry } from "../view/actorSearch";
import { centreOn, fitViewport, keepInView, zoomBy, type Insets } from "../view/viewport";
import { nextActor } from "../view/keyboardNavigation";
import { createSvgRenderer } from "../render/svgRenderer";
import type * as LargeDrawing from "../render/largeDrawing";
import {
  renderActorDetails,
  renderSummary,
  renderTieDetails,
  type DetailsCallbacks,
} from "../render/detailsPanel";
import { renderLegend } from "../render/legendView";
import { renderTableView } from "../render/tableView";
import { h } from "../dom/elements";
import { createPointerControls, type PointerControls } from "../interact/pointerControls";
import { attachKeyboard } from "../interact/keyboard";
import { createSearchBox } from "../interact/searchBox";
import { formatPartialDate } from "../schema/partialDate";
import { describeHighlight } from "../view/highlight";
import { deriveNetworkView, playOrderOf, type NetworkView } from "../view/networkView";
import type { AnalysisModule } from "../analysis/questions";
import { metricRows, pathDetails } from "../view/details";
import { renderPathDetails } from "../render/detailsPanel";
import type { TimelineCallbacks, TimelineStrip } from "../render/timelineStrip";
import { createQuestionControls } from "./questionControls";

const PLAY_STEP_MS = 700;
import { createExportControls } from "./exportControls";
import type { ActorKind } from "../schema/vocabulary";

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
  /**
   * Covers the picture with the actors of a network still being read (their kinds, in order),
   * until this explorer is replaced or clearPreview() is called.
   */
  preview(kinds: readonly ActorKind[], caption: string, drawing: LargeDrawingModule): void;
  clearPreview(): void;
  currentScene(): Scene;
  destroy(): void;
}

const hashOf = (state: AppState): HashState => ({
  selection: state.selection,
  query: state.query,
  viewport: state.viewport,
  collapseParallel: state.collapseParallel,
  view: state.view,
  filters: state.filters,
  sizeBy: state.sizeBy,
  path: state.path,
  ego: state.ego,
});

/** The canvas renderer's chunk (render/largeDrawing), loaded by the shell for large networks. */
export type LargeDrawingModule = typeof LargeDrawing;

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
  const store = createStore({ ...initialState(), ...decodeHash(location.hash, context) });
  const input = layoutInput(graph, undefined, plan.layout.labelRoom);
  // Small networks are laid out here and now; large ones start from d3's spiral and settle in a
  // Web Worker while the page stays responsive.
  const layoutRun = startLayout(input.nodes, input.links, {
    ...plan.layout,
    inWorker: plan.layoutInWorker,
    // The first picture is drawn (over a few frames on the canvas) before the layout begins;
    // a hidden tab draws no frames, so there the layout does not wait for it (nor past 2 s).
    after: () =>
      window.document.visibilityState === "hidden"
        ? Promise.resolve()
        : Promise.race([
            renderer.drawn(),
            new Promise<void>((resolve) => setTimeout(resolve, 2000)),
          ]),
    // For `npm run bench`: the layout runs from here to "backchannel:layout-done".
    onStart: () => performance.mark("backchannel:layout-start"),
  });
  let positions: Positions = layoutRun.initial;
  const searchEntries: SearchEntry[] = graph.mapNodes((id, a) => ({
    id,
    name: a.name,
    aliases: a.aliases ?? [],
  }));

  // ── Page structure ──────────────────────────────────────────────────────────
  const title = h("h1", { class: "network-title" }, document.title);
  const search = createSearchBox({
    search: (query) => searchActors(searchEntries, query),
    onQuery: (query) => store.dispatch({ type: "setQuery", query }),
    onChoose: (id) => selectAndCentre(id),
  });
  const collapse = h("input", { type: "checkbox", id: "collapse-parallel" });
  const tableToggle = h("button", { type: "button", "aria-pressed": "false" }, "Table view");
  const releasePins = h("button", { type: "button", hidden: true }, "Release pinned");
  const toolbar = h(
    "div",
    { class: "toolbar", role: "toolbar", "aria-label": "Network tools" },
    h("label", { class: "check" }, collapse, " Collapse parallel ties"),
    releasePins,
    tableToggle,
  );
  const questions = createQuestionControls(graph, store);
  const header = h(
    "header",
    { class: "app-header" },
    h("div", { class: "brand" }, h("span", { class: "product" }, "Backchannel"), title),
    search.element,
    // On a phone the tools fold away behind one button so the picture keeps the screen.
    h(
      "details",
      { class: "tools", open: !matchMedia("(max-width: 700px)").matches },
      h("summary", {}, "Tools"),
      toolbar,
      questions.element,
    ),
  );
  const stage = h("div", { class: "stage" });
  const zoomIn = h(
    "button",
    { type: "button", "aria-label": "Zoom in", title: "Zoom in (+)" },
    "+",
  );
  const zoomOut = h(
    "button",
    { type: "button", "aria-label": "Zoom out", title: "Zoom out (−)" },
    "−",
  );
  const fit = h("button", { type: "button", title: "Fit the whole network (0)" }, "Fit");
  const zoomControls = h(
    "div",
    { class: "zoom-controls", role: "group", "aria-label": "Zoom" },
    zoomIn,
    zoomOut,
    fit,
  );
  const legendBody = h("div", { class: "legend-body" });
  const legend = h(
    "details",
    { class: "legend", open: !matchMedia("(max-width: 700px)").matches },
    h("summary", {}, "Legend"),
    legendBody,
  );
  const credit = h("p", { class: "credit", title: creditLine(document) }, creditLine(document));
  // The timeline strip loads just after the first picture; its place is kept so nothing jumps.
  const timelineSlot = h("section", { class: "timeline", "aria-label": "Timeline" });
  let timeline: TimelineStrip | undefined;
  const timelineCallbacks: TimelineCallbacks = {
    onWindow: (window) => store.dispatch({ type: "setFilters", filters: { window } }),
    onPlay: () => {
      const state = store.getState();
      if (state.playhead === null || state.playhead >= playOrder.length)
        store.dispatch({ type: "setPlayhead", playhead: 0 });
      store.dispatch({ type: "setPlaying", playing: true });
    },
    onPause: () => store.dispatch({ type: "setPlaying", playing: false }),
    onStep: (delta) => {
      const state = store.getState();
      const current = state.playhead ?? (delta > 0 ? 0 : playOrder.length);
      store.dispatch({ type: "setPlaying", playing: false });
      store.dispatch({
        type: "setPlayhead",
        playhead: Math.min(Math.max(current + delta, 0), playOrder.length),
      });
    },
    onShowAll: () => store.dispatch({ type: "setPlayhead", playhead: null }),
  };
  const progressBar = h("progress", { max: 1, value: 0, "aria-label": "Layout progress" });
  const progressText = h("span", {}, "");
  const layoutProgress = h(
    "div",
    { class: "layout-progress", role: "status", hidden: true },
    progressBar,
    progressText,
  );
  const stageWrap = h(
    "div",
    { class: "stage-wrap" },
    stage,
    zoomControls,
    legend,
    credit,
    layoutProgress,
  );
  const graphView = h("div", { class: "graph-view" }, stageWrap, timelineSlot);
  const tableView = h("section", {
    class: "table-view",
    "aria-label": "Table of actors and ties",
    hidden: true,
  });
  const details = h("aside", { class: "details", "aria-label": "Details", tabindex: "-1" });
  const alert = h("p", { class: "alert", role: "alert" });
  const status = h("p", { class: "status-message", role: "status" });
  const main = h("main", { class: "app-main" }, graphView, tableView, details);
  root.replaceChildren(header, alert, status, main);

  // On large networks one SVG element per actor and tie would freeze the page.
  const largeDrawing = plan.renderer === "canvas" ? options.largeDrawing : undefined;
  const onCanvas = largeDrawing !== undefined;
  const rendererLabel = `Network: ${document.title}, {actors} actors, {ties} ties`;
  const renderer = largeDrawing
    ? largeDrawing.createCanvasRenderer(stage, rendererLabel, {
        onActorElements: (layer) => zoomControl.attachDrag(layer),
      })
    : createSvgRenderer(stage, rendererLabel, { mergedTies: plan.mergedTies });
  const svg = renderer.element;
  const zoomControl: PointerControls = createPointerControls(
    svg,
    (viewport) => renderer.setViewport(viewport),
    (viewport) => store.dispatch({ type: "setViewport", viewport }),
    (id, position) => store.dispatch({ type: "pinActor", id, position }),
  );

  // ── Keyboard position (roving tabindex) ────────────────────────────────────
  let scene: Scene;

  const focusActor = (id: string) => {
    store.dispatch({ type: "focusActor", id });
    svg.querySelector<SVGGElement>(`[data-actor="${CSS.escape(id)}"]`)?.focus();
    // An actor reached by the arrow keys is brought into view if it is off screen.
    const node = scene.nodes.find((n) => n.id === id);
    const { width, height } = renderer.size();
    const moved = node && keepInView(node, zoomControl.current(), width, height);
    if (moved) store.dispatch({ type: "setViewport", viewport: moved });
  };
  const focusTie = (id: string) => {
    store.dispatch({ type: "focusTie", id });
    svg.querySelector<SVGPathElement>(`[data-for-tie="${CSS.escape(id)}"]`)?.focus();
  };

  function selectAndCentre(id: string): void {
    const node = scene.nodes.find((n) => n.id === id);
    store.dispatch({ type: "select", selection: { kind: "actor", id } });
    if (node) {
      const { width, height } = renderer.size();
      const k = Math.max(zoomControl.current().k, 1);
      store.dispatch({ type: "setViewport", viewport: centreOn(node, k, width, height) });
    }
  }

  const detailsCallbacks: DetailsCallbacks = {
    onSelectActor: (id) => selectAndCentre(id),
    onSelectTie: (id) => store.dispatch({ type: "select", selection: { kind: "tie", id } }),
    onClose: () => store.dispatch({ type: "clearSelection" }),
    onEgo: (id, hops) =>
      store.dispatch({ type: "setEgo", ego: hops === null ? null : { center: id, hops } }),
    onPathFrom: (id) => {
      store.dispatch({ type: "setPath", path: { from: id } });
      questions.openPaths();
    },
    onClearPath: () => store.dispatch({ type: "clearPath" }),
  };

  // ── The question being asked: visible ties, metrics, path (not recomputed on hover) ──
  let viewKey = "";
  let analysis: AnalysisModule | undefined;
  let view: NetworkView = deriveNetworkView(graph, store.getState(), playOrder);
  function currentView(state: AppState): NetworkView {
    const key = JSON.stringify([
      state.filters,
      state.sizeBy,
      state.path,
      state.ego,
      state.playhead,
      analysis !== undefined,
      needMetrics(state),
    ]);
    if (key !== viewKey) {
      viewKey = key;
      view = deriveNetworkView(
        graph,
        { ...state, needMetrics: needMetrics(state), betweenness: plan.betweenness },
        playOrder,
        analysis,
      );
    }
    return view;
  }
  const needMetrics = (state: AppState) =>
    state.selection?.kind === "actor" || state.sizeBy !== "none";

  /** The picture for a state; on the canvas without tie paths (the export asks for them). */
  function sceneFor(state: AppState, forExport = false): Scene {
    const v = currentView(state);
    return buildScene({
      graph,
      state,
      positions,
      visibleNodes: v.visibleNodes,
      visibleEdges: v.visibleEdges,
      sizes: v.sizes,
      emphasis: v.emphasis,
      labels: plan.labels,
      arrows: plan.arrowheads,
      mergedTies: plan.mergedTies,
      geometry: forExport || !onCanvas,
    });
  }

  // ── Drawing ─────────────────────────────────────────────────────────────────
  // While a large layout converges only positions change: its scene is moved, not rebuilt.
  let drawnFor: { state: AppState; view: NetworkView; positions: Positions } | undefined;
  function draw(state: AppState): void {
    const v = currentView(state);
    if (onCanvas && drawnFor && drawnFor.state === state && drawnFor.view === v) {
      if (drawnFor.positions !== positions) scene = relocateScene(scene, positions, state.pins);
    } else scene = sceneFor(state);
    drawnFor = { state, view: v, positions };
    renderer.draw(scene, {
      activeActor:
        state.focus.actor ?? (state.selection?.kind === "actor" ? state.selection.id : undefined),
      activeTie: state.focus.tie ?? undefined,
    });
    zoomControl.attachDrag(renderer.actorLayer());
  }

  function applyViewport(state: AppState): void {
    const { width, height } = renderer.size();
    zoomControl.apply(
      state.viewport ?? fitViewport(scene.bounds, width, height, 24, fitInsets(width)),
    );
  }

  /** Keep the fitted picture clear of the open legend (beside it on wide screens, below on narrow). */
  function fitInsets(width: number): Insets {
    const insets = { left: 0, right: 0, top: 0, bottom: 44 };
    // On a phone the details panel is a bottom sheet over the picture.
    const sheet = details.getBoundingClientRect();
    const area = stage.getBoundingClientRect();
    if (sheet.height > 0 && sheet.width >= width * 0.95)
      insets.bottom = Math.max(insets.bottom, area.bottom - sheet.top);
    if (!legend.open) return { ...insets, top: 40 };
    const box = legend.getBoundingClientRect();
    if (box.width < width * 0.4) insets.left = box.width + 12;
    else insets.top = box.height + 12;
    return insets;
  }

  function renderDetails(state: AppState): void {
    const selection = state.selection;
    const v = currentView(state);
    const { from, to } = state.path;
    if (selection?.kind === "actor" && graph.hasNode(selection.id))
      renderActorDetails(
        details,
        actorDetails(graph, selection.id, v.visibleEdges),
        detailsCallbacks,
        {
          metrics: metricRows(v.metrics, selection.id),
          egoHops: state.ego?.center === selection.id ? state.ego.hops : null,
        },
      );
    else if (selection === null && from && to && v.path)
      renderPathDetails(
        details,
        pathDetails(
          graph,
          { from, to, directed: state.path.directed, maxHops: state.path.maxHops },
          v.path,
        ),
        detailsCallbacks,
      );
    else if (selection?.kind === "tie" && graph.hasEdge(selection.id))
      renderTieDetails(details, tieDetails(graph, selection.id), detailsCallbacks);
    else
      renderSummary(details, {
        title: document.title,
        description: document.description,
        actors: graph.order,
        ties: graph.size,
        sources: document.sources.map((s) => sourceLabel(s, s.id)),
        asOf: document.asOf ? formatPartialDate(document.asOf) : undefined,
      });
    details.classList.toggle("has-selection", selection !== null || (from !== null && to !== null));
  }

  function syncHash(state: AppState, previous: AppState | undefined): void {
    const next = encodeHash(hashOf(state));
    if (next === location.hash.replace(/^#/, "")) return;
    const url = `${location.pathname}${location.search}${next ? `#${next}` : ""}`;
    if (previous && isNavigation(hashOf(previous), hashOf(state))) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }

  // ── Timeline replay: one more tie every step, slower when the reader asks for less motion ──
  let playTimer: ReturnType<typeof setTimeout> | undefined;
  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
  function schedulePlay(state: AppState): void {
    clearTimeout(playTimer);
    if (!state.playing) return;
    playTimer = setTimeout(
      () => {
        const now = store.getState();
        const next = (now.playhead ?? 0) + 1;
        if (next > playOrder.length) store.dispatch({ type: "setPlaying", playing: false });
        else store.dispatch({ type: "setPlayhead", playhead: next });
      },
      reducedMotion ? PLAY_STEP_MS * 2 : PLAY_STEP_MS,
    );
  }

  function drawTimeline(state: AppState): void {
    const v = currentView(state);
    timeline?.draw({
      graph,
      visibleEdges: v.visibleEdges,
      window: state.filters.window,
      playing: state.playing,
      playhead: state.playhead,
      total: playOrder.length,
      playDate: v.playDate,
      playOrder,
    });
  }

  /** What the secondary parts were last drawn for. */
  const drawn: {
    legend?: string;
    table?: ReadonlySet<string> | undefined;
    fit?: string;
    timeline?: string;
  } = {};

  function render(state: AppState, previous?: AppState): void {
    // Pan and zoom are already on screen (d3-zoom moved the picture): only the URL follows.
    if (previous && onlyViewportChanged(previous, state)) {
      applyViewport(state);
      syncHash(state, previous);
      return;
    }
    // Every DOM write first, then the reads (sizes for fitting): one forced layout, not several.
    draw(state);
    if (
      !previous ||
      previous.selection !== state.selection ||
      previous.path !== state.path ||
      previous.filters !== state.filters ||
      previous.ego !== state.ego ||
      previous.playhead !== state.playhead
    )
      renderDetails(state);
    // Hover and selection redraw the picture; the legend, table, fit and timeline only change
    // when what they show changes.
    const legendKey = JSON.stringify(scene.legend);
    if (legendKey !== drawn.legend) {
      drawn.legend = legendKey;
      renderLegend(legendBody, scene.legend);
    }
    collapse.checked = state.collapseParallel;
    search.setQuery(state.query);
    releasePins.hidden = Object.keys(state.pins).length === 0;
    const table = state.view === "table";
    tableToggle.setAttribute("aria-pressed", String(table));
    tableToggle.textContent = table ? "Graph view" : "Table view";
    graphView.hidden = table;
    tableView.hidden = !table;
    const visibleEdges = currentView(state).visibleEdges;
    if (table && drawn.table !== visibleEdges) {
      drawn.table = visibleEdges;
      renderTableView(tableView, document, visibleEdges);
    }
    if (!table) drawn.table = undefined;
    questions.sync(state);
    // On a phone the details (an actor, a tie or a path) open as a sheet the fit must clear.
    const sheet = state.selection !== null || (state.path.from !== null && state.path.to !== null);
    const fitKey = JSON.stringify([state.viewport, scene.bounds, sheet, legendKey]);
    if (fitKey !== drawn.fit) {
      drawn.fit = fitKey;
      applyViewport(state);
    }
    const timelineKey = JSON.stringify([viewKey, state.filters.window, state.playing]);
    if (timelineKey !== drawn.timeline) {
      drawn.timeline = timelineKey;
      drawTimeline(state);
    }
    schedulePlay(state);
    syncHash(state, previous);
  }

  // ── Intents from the page ───────────────────────────────────────────────────
  svg.addEventListener("click", (event) => {
    const hit = renderer.hit(event);
    if (hit) store.dispatch({ type: "select", selection: hit });
    else store.dispatch({ type: "clearSelection" });
  });
  svg.addEventListener("dblclick", (event) => {
    const hit = renderer.hit(event);
    if (hit?.kind === "actor") store.dispatch({ type: "unpinActor", id: hit.id });
  });
  const hoverFrom = (event: Event) => {
    const hit = renderer.hit(event);
    return hit?.kind === "actor" ? hit.id : null;
  };
  // On very large networks a hover would redraw thousands of elements: highlight on selection only.
  svg.addEventListener("pointerover", (event) => {
    if (plan.hover) store.dispatch({ type: "hoverActor", id: hoverFrom(event) });
  });
  svg.addEventListener("pointerleave", () => store.dispatch({ type: "hoverActor", id: null }));
  svg.addEventListener("focusin", (event) => {
    const actor = hoverFrom(event);
    if (actor) store.dispatch({ type: "focusActor", id: actor });
    else store.dispatch({ type: "hoverActor", id: null });
  });
  svg.addEventListener("focusout", () => store.dispatch({ type: "hoverActor", id: null }));

  attachKeyboard(svg, {
    onMoveActor(from, direction) {
      const node = scene.nodes.find((n) => n.id === from);
      if (!node) return;
      const neighbours = new Set(graph.neighbors(from));
      const target = nextActor(
        node,
        scene.nodes.filter((n) => neighbours.has(n.id)),
        scene.nodes,
        direction,
      );
      if (target) focusActor(target);
    },
    onMoveTie(from, step) {
      const index = scene.edges.findIndex((e) => e.id === from);
      const next = scene.edges[(index + step + scene.edges.length) % scene.edges.length];
      if (next) focusTie(next.id);
    },
    onSelectActor: (id) => store.dispatch({ type: "select", selection: { kind: "actor", id } }),
    onSelectTie: (id) => store.dispatch({ type: "select", selection: { kind: "tie", id } }),
    onClear: () => store.dispatch({ type: "clearSelection" }),
    onZoom: (factor) => zoomStep(factor),
    onFit: () => store.dispatch({ type: "fitToView" }),
  });

  function zoomStep(factor: number): void {
    const { width, height } = renderer.size();
    store.dispatch({
      type: "setViewport",
      viewport: zoomBy(zoomControl.current(), factor, width, height),
    });
  }
  zoomIn.addEventListener("click", () => zoomStep(1.3));
  zoomOut.addEventListener("click", () => zoomStep(1 / 1.3));
  fit.addEventListener("click", () => store.dispatch({ type: "fitToView" }));
  collapse.addEventListener("change", () =>
    store.dispatch({ type: "setCollapseParallel", collapse: collapse.checked }),
  );
  tableToggle.addEventListener("click", () =>
    store.dispatch({
      type: "setView",
      view: store.getState().view === "table" ? "graph" : "table",
    }),
  );
  legend.addEventListener("toggle", () => {
    if (store.getState().viewport === null) applyViewport(store.getState());
  });
  releasePins.addEventListener("click", () => store.dispatch({ type: "unpinAll" }));

  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && store.getState().selection !== null) {
      store.dispatch({ type: "clearSelection" });
    }
  };
  window.addEventListener("keydown", onKeydown);
  const onPopState = () =>
    store.dispatch({ type: "restore", state: decodeHash(location.hash, context) });
  window.addEventListener("popstate", onPopState);
  const resize = new ResizeObserver(() => {
    if (store.getState().viewport === null) applyViewport(store.getState());
  });
  resize.observe(stage);

  toolbar.append(
    createExportControls({
      scene: () => sceneFor({ ...store.getState(), hover: null }, true),
      title: document.title,
      credit: creditLine(document),
      asOf: document.asOf ? `As of ${formatPartialDate(document.asOf)}` : "",
      fileDate: document.asOf ?? new Date().toISOString().slice(0, 10),
      caption: () =>
        [
          describeHighlight(graph, store.getState().selection),
          ...currentView(store.getState()).captions,
        ]
          .filter(Boolean)
          .join(" · "),
      description: (s) =>
        `A network of ${s.nodes.length} actors and ${s.edges.length} ties. ${document.description ?? ""}`.trim(),
      view: () => ({ viewport: zoomControl.current(), ...renderer.size() }),
      onError: (message) => {
        alert.textContent = message;
      },
    }),
  );

  let destroyed = false;
  const unsubscribe = store.subscribe(render);
  render(store.getState());
  // Metrics, paths and ego networks arrive just after the first picture (their algorithm
  // packages are not needed to draw it); then the view is derived again with them.
  let showLayout: () => void = () => undefined;
  /** Resolves once the converged layout is on screen (or there is none to wait for). */
  const layoutShown = new Promise<void>((resolve) => (showLayout = resolve));
  // Each step is its own task, so that on a large network (while its layout runs) none of them
  // holds the page for long.
  const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const loadDeferred = async () => {
    const [questionsModule, timelineModule] = await Promise.all([
      import("../analysis/questions"),
      import("../render/timelineStrip"),
      zoomControl.load(),
    ]);
    if (destroyed) return;
    analysis = questionsModule;
    const state = store.getState();
    // Redraw the picture only if the analysis changes it (sizes, a path, an ego network,
    // metrics in the details); otherwise the new timeline is the only thing to draw.
    if (
      needMetrics(state) ||
      state.ego !== null ||
      (state.path.from !== null && state.path.to !== null)
    )
      render(state);
    // Nothing drawn depends on the analysis here: the picture stays as it is.
    else if (drawnFor) drawnFor = { ...drawnFor, view: currentView(state) };
    await nextTask();
    // On a network drawn on the canvas the timeline waits for the layout: placing thousands of
    // ties' dates would compete with it for the page.
    if (plan.timeline.afterLayout) await layoutShown;
    if (destroyed) return;
    timeline = timelineModule.createTimelineStrip(
      timelineSlot,
      timelineCallbacks,
      plan.timeline.histogramAbove,
    );
    drawTimeline(store.getState());
    // Ready once the page has settled around the new timeline (a resize re-fits the picture).
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (!destroyed) window.document.documentElement.dataset.ready = "true";
      }),
    );
  };

  // For `npm run bench`: the first picture, and (small networks) the settled one, are painted.
  // (The canvas draws over a few frames: the marks wait until its picture is complete.)
  const afterPainted = (then: () => void) =>
    void renderer.drawn().then(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (!destroyed) then();
        }),
      ),
    );
  afterPainted(() => {
    performance.mark("backchannel:first-picture");
    if (positions === layoutRun.initial && !plan.settledAfterLayout)
      performance.mark("backchannel:settled");
    void loadDeferred();
  });

  // Positions from the layout worker: redraw at most once a frame, fit while the reader has not
  // zoomed, and say how far along it is.
  let pendingFrame = 0;
  const showPositions = (next: Positions) => {
    positions = next;
    if (pendingFrame) return;
    pendingFrame = requestAnimationFrame(() => {
      pendingFrame = 0;
      if (destroyed) return;
      draw(store.getState());
      if (store.getState().viewport === null) applyViewport(store.getState());
    });
  };
  const layoutPending = layoutRun.initial !== positions || plan.layoutInWorker;
  if (layoutPending) {
    layoutProgress.hidden = false;
    progressText.textContent = ` Laying out ${graph.order.toLocaleString("en")} actors…`;
  }
  const stopProgress = layoutRun.onProgress((fraction, next) => {
    layoutProgress.hidden = false;
    progressBar.value = fraction;
    progressText.textContent = ` Laying out ${graph.order.toLocaleString("en")} actors… ${Math.round(fraction * 100)} %`;
    // Redrawing thousands of elements several times a second would block the page: very large
    // networks keep their first picture until the layout has converged.
    if (plan.animateLayout) showPositions(next());
  });
  layoutRun.done
    .then((final) => {
      if (destroyed) return;
      stopProgress();
      layoutProgress.hidden = true;
      if (final !== positions) showPositions(final);
      // After the frame that draws the final positions (queued first), once it is painted.
      requestAnimationFrame(() =>
        afterPainted(() => {
          setTimeout(showLayout, 0);
          performance.mark("backchannel:layout-done");
          if (!performance.getEntriesByName("backchannel:settled").length)
            performance.mark("backchannel:settled");
        }),
      );
    })
    .catch(() => undefined); // cancelled: a newer network replaced this one

  let previewLayer: HTMLElement | undefined;
  const clearPreview = () => {
    previewLayer?.remove();
    previewLayer = undefined;
  };

  return {
    graph,
    store,
    toolbar,
    preview(kinds, caption, drawing) {
      clearPreview();
      // A picture only: nothing in it can be focused or read out (the status says what happens).
      const layer = h(
        "div",
        { class: "import-preview", "aria-hidden": "true" },
        h("p", { class: "preview-caption" }, caption),
      );
      layer.inert = true;
      stageWrap.append(layer);
      previewLayer = layer;
      const previewRenderer = drawing.createCanvasRenderer(layer, "Preview: {actors} actors");
      const shown = drawing.previewScene(kinds);
      previewRenderer.draw(shown, { activeActor: undefined, activeTie: undefined });
      const { width, height } = previewRenderer.size();
      previewRenderer.setViewport(fitViewport(shown.bounds, width, height, 24, fitInsets(width)));
      // For `npm run bench`: this is the first picture of the network being opened.
      void previewRenderer.drawn().then(() =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            if (previewLayer === layer) performance.mark("backchannel:first-picture");
          }),
        ),
      );
    },
    clearPreview,
    currentScene: () => scene,
    currentDocument() {
      const pins = store.getState().pins;
      if (Object.keys(pins).length === 0) return document;
      const positions = { ...(document.layout?.positions ?? {}), ...pins };
      return { ...document, layout: { positions } };
    },
    alert(message) {
      status.textContent = "";
      alert.textContent = message;
    },
    announce(message) {
      alert.textContent = "";
      status.textContent = message;
    },
    destroy() {
      destroyed = true;
      layoutRun.cancel();
      cancelAnimationFrame(pendingFrame);
      clearTimeout(playTimer);
      unsubscribe();
      resize.disconnect();
      window.removeEventListener("keydown", onKeydown);
      window.removeEventListener("popstate", onPopState);
      root.replaceChildren();
    },
  };
}

function onlyViewportChanged(previous: AppState, next: AppState): boolean {
  return (Object.keys(next) as (keyof AppState)[]).every(
    (key) => key === "viewport" || next[key] === previous[key],
  );
}

/** "Source: Quds News Network, citing Axios, 13 May 2025". */
export function creditLine(document: NetworkDocument): string {
  if (document.sources.length === 0) return "";
  return `Source: ${document.sources
    .map((s) =>
      [s.publisher, s.cites ? `citing ${s.cites}` : "", s.date ? formatPartialDate(s.date) : ""]
        .filter(Boolean)
        .join(", "),
    )
    .join("; ")}`;
}
