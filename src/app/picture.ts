// The network picture: picks the renderer the drawing plan asks for, draws the scene for each
// state (on the canvas: built in slices, then moved or restyled in place while only positions or
// the highlight change), keeps the legend beside it, and fits it while the reader has not zoomed.
import type { ActorGraph } from "../model/actorGraph";
import type { Positions } from "../layout/forceLayout";
import type { AppState } from "../state/appState";
import type { Store } from "../state/store";
import type { DrawingPlan } from "../view/drawingPlan";
import { relocateInPlace, restyleScene } from "../view/sceneUpdates";
import {
  buildScene,
  buildSceneSteps,
  type Bounds,
  type LegendEntry,
  type Scene,
  type SceneInput,
} from "../view/scene";
import { fitViewport } from "../view/viewport";
import { labelBox } from "../view/labelCrossings";
import type { NetworkView } from "../view/networkView";
import type { NetworkRenderer } from "../render/networkRenderer";
import { createSvgRenderer } from "../render/svgRenderer";
import type * as LargeDrawing from "../render/largeDrawing";
import { fitInsets, type ExplorerPage } from "../render/explorerPage";
import { renderLegend } from "../render/legendView";
import { createPointerControls, type PointerControls } from "../interact/pointerControls";
import type { PictureSource } from "../interact/pictureEvents";
import type { ViewCache } from "./viewCache";
import { keptFit, type PictureHandoff } from "./prerendered";
import type { ActorColouring } from "../view/colourBy";
import type { Steps } from "../view/steps";
import { sameBounds, sameEntries, sameMarksFor } from "./pictureCompare";
import { createSceneBuilds, EMPTY_SCENE } from "./sceneBuilds";

/** The canvas renderer's chunk (render/largeDrawing), loaded by the shell for large networks. */
export type LargeDrawingModule = typeof LargeDrawing;

export interface Picture extends PictureSource {
  readonly renderer: NetworkRenderer;
  /** The picture is drawn on the canvas (the drawing plan's choice, and its chunk loaded). */
  readonly onCanvas: boolean;
  /** Zoom, pan and drag (d3-zoom and d3-drag load after the first picture). */
  readonly pointer: PointerControls;
  /** The scene on screen. */
  scene(): Scene;
  /** Resolves once the newest scene is built (in slices on the canvas) and painted. */
  drawn(): Promise<void>;
  /**
   * The scene for a state in steps (view/steps.ts); `geometry` adds the tie paths the canvas goes
   * without (an SVG export needs them).
   */
  sceneSteps(state: AppState, geometry: boolean): Steps<Scene>;
  /** Draws the state's scene, and the legend when it changed. */
  draw(state: AppState): void;
  /** Shows the state's viewport, or the fit when it has none. */
  applyViewport(state: AppState): void;
  /** Fits again if what the fit depends on changed: viewport, bounds, legend, the phone sheet. */
  refit(state: AppState): void;
  /** The view was derived again with nothing drawn changed (the analysis arrived). */
  keepScene(state: AppState): void;
  /** New positions from the layout: drawn with the next frame, fitted while not zoomed. */
  move(positions: Positions): void;
  positions(): Positions;
  destroy(): void;
}

export interface PictureParts {
  graph: ActorGraph;
  store: Store;
  plan: DrawingPlan;
  page: ExplorerPage;
  views: ViewCache;
  /** Where the layout starts (final for networks laid out at once). */
  positions: Positions;
  /** "Network: {title}, {actors} actors, {ties} ties" */
  label: string;
  /** Needed for the canvas; without it (the chunk failed to load) SVG draws every size. */
  largeDrawing: LargeDrawingModule | undefined;
  /** A drag ended: the actor was moved there (the editor records it as an undoable move). */
  onMoved?: (id: string, position: { x: number; y: number }) => void;
  /** The published page's picture: its place is the fit until something the fit uses changes. */
  handoff?: PictureHandoff | undefined;
  /** "Colour actors by" for a state (app/colourChoice.ts); undefined colours by kind. */
  colouring(state: AppState): ActorColouring | undefined;
}

export function createPicture(parts: PictureParts): Picture {
  const { graph, store, plan, page, views, label } = parts;
  const largeDrawing = plan.renderer === "canvas" ? parts.largeDrawing : undefined;
  const onCanvas = largeDrawing !== undefined;
  const renderer: NetworkRenderer = largeDrawing
    ? largeDrawing.createCanvasRenderer(page.stage, label, {
        onActorElements: (layer) => pointer.attachDrag(layer),
      })
    : createSvgRenderer(page.stage, label, { mergedTies: plan.mergedTies });
  const pointer = createPointerControls(
    renderer.element,
    (viewport) => renderer.setViewport(viewport),
    (viewport) => store.dispatch({ type: "setViewport", viewport }),
    (id, position) => store.dispatch({ type: "pinActor", id, position }),
    parts.onMoved,
    plan.dragMovesActors,
  );

  let positions = parts.positions;
  let scene: Scene | undefined;
  /** What the scene on screen was built for: while only positions change it is moved. */
  let drawnFor:
    | {
        state: AppState;
        view: NetworkView;
        positions: Positions;
        colouring: ActorColouring | undefined;
      }
    | undefined;
  let legendShown: readonly LegendEntry[] | undefined;
  let fittedFor:
    { viewport: AppState["viewport"]; bounds: Bounds; sheet: boolean; legend: unknown } | undefined;

  const sceneInput = (state: AppState, geometry: boolean): SceneInput => {
    const view = views.current(state);
    return {
      graph,
      state,
      positions,
      visibleNodes: view.visibleNodes,
      visibleEdges: view.visibleEdges,
      sizes: view.sizes,
      emphasis: view.emphasis,
      colouring: parts.colouring(state),
      labels: plan.labels,
      arrows: plan.arrowheads,
      mergedTies: plan.mergedTies,
      geometry,
    };
  };
  const sceneFor = (state: AppState): Scene => buildScene(sceneInput(state, !onCanvas));
  const current = (): Scene => (scene ??= onCanvas ? EMPTY_SCENE : sceneFor(store.getState()));
  const builds = createSceneBuilds();

  const draw = (state: AppState) => {
    const view = views.current(state);
    const colouring = parts.colouring(state);
    // On the canvas, while only positions or the highlight change, the scene's marks are moved
    // or restyled in place (view/sceneUpdates.ts) instead of built again.
    const kept =
      onCanvas && scene && drawnFor && sameMarksFor(drawnFor, { view, colouring, state })
        ? drawnFor
        : undefined;
    let highlightOnly = false;
    if (kept && scene) {
      if (kept.positions !== positions || kept.state.pins !== state.pins)
        scene = relocateInPlace(scene, positions, state.pins);
      else highlightOnly = true;
      if (kept.state.selection !== state.selection || kept.state.hover !== state.hover)
        scene = restyleScene(scene, {
          graph,
          state,
          visibleEdges: view.visibleEdges,
          emphasis: view.emphasis,
        });
    } else if (onCanvas) {
      // A large network's scene is built in slices; the picture on screen stays until it is
      // there, then the newest state is drawn from it.
      const at = positions;
      const input = () => buildSceneSteps(sceneInput(state, false));
      return builds.request({ view, colouring, state }, input, (built) => {
        if (destroyed) return;
        scene = built;
        drawnFor = { state, view, positions: at, colouring };
        draw(store.getState());
        refitIfFitted();
      });
    } else scene = sceneFor(state);
    drawnFor = { state, view, positions, colouring };
    const shown = current();
    renderer.draw(shown, {
      activeActor:
        state.focus.actor ?? (state.selection?.kind === "actor" ? state.selection.id : undefined),
      activeTie: state.focus.tie ?? undefined,
      highlightOnly,
    });
    pointer.attachDrag(renderer.actorLayer());
    if (!legendShown || !sameEntries(legendShown, shown.legend)) {
      legendShown = shown.legend;
      renderLegend(page.legendBody, shown.legend);
    }
  };
  /** Resolves once every scene asked for is built and painted. */
  const drawn = async (): Promise<void> => {
    await builds.idle();
    await renderer.drawn();
  };

  const prerenderedFit = keptFit(parts.handoff, renderer.element);
  const applyViewport = (state: AppState) => {
    const { width, height } = renderer.size();
    const { bounds } = current();
    const insets = fitInsets(page, width);
    pointer.apply(
      state.viewport ??
        prerenderedFit(bounds, insets) ??
        fitViewport(bounds, width, height, 24, insets),
    );
  };

  let pendingFrame = 0;
  let destroyed = false;
  // A legend or (on a phone) the tools opened or closed, or a resized stage, moves the fitted
  // picture.
  const refitIfFitted = () => {
    if (store.getState().viewport === null) applyViewport(store.getState());
  };
  page.legend.addEventListener("toggle", refitIfFitted);
  page.tools.addEventListener("toggle", refitIfFitted);
  const resize = new ResizeObserver(refitIfFitted);
  resize.observe(page.stage);

  return {
    renderer,
    onCanvas,
    pointer,
    scene: current,
    drawn,
    sceneSteps: (state, geometry) => buildSceneSteps(sceneInput(state, geometry)),
    draw,
    applyViewport,
    refit(state) {
      // On a phone the details (an actor, a tie or a path) open as a sheet the fit must clear.
      const sheet =
        state.selection !== null || (state.path.from !== null && state.path.to !== null);
      const next = {
        viewport: state.viewport,
        bounds: current().bounds,
        sheet,
        legend: legendShown,
      };
      if (
        fittedFor &&
        fittedFor.viewport === next.viewport &&
        sameBounds(fittedFor.bounds, next.bounds) &&
        fittedFor.sheet === sheet &&
        fittedFor.legend === next.legend
      )
        return;
      fittedFor = next;
      applyViewport(state);
    },
    keepScene(state) {
      if (drawnFor) drawnFor = { ...drawnFor, view: views.current(state) };
    },
    move(next) {
      positions = next;
      if (pendingFrame) return;
      pendingFrame = requestAnimationFrame(() => {
        pendingFrame = 0;
        if (destroyed) return;
        draw(store.getState());
        refitIfFitted();
      });
    },
    positions: () => positions,
    hit: (event) => renderer.hit(event),
    actors: () => current().nodes,
    ties: () => current().edges,
    neighbours: (id) => graph.neighbors(id),
    position: (id) => current().nodes.find((node) => node.id === id),
    extent(id) {
      const node = current().nodes.find((n) => n.id === id);
      if (!node) return undefined;
      const symbol = {
        x0: node.x - node.r,
        y0: node.y - node.r,
        x1: node.x + node.r,
        y1: node.y + node.r,
      };
      const label = labelBox(node) ?? symbol;
      return {
        x0: Math.min(symbol.x0, label.x0),
        y0: Math.min(symbol.y0, label.y0),
        x1: Math.max(symbol.x1, label.x1),
        y1: Math.max(symbol.y1, label.y1),
      };
    },
    viewport: () => pointer.current(),
    size: () => renderer.size(),
    destroy() {
      destroyed = true;
      cancelAnimationFrame(pendingFrame);
      resize.disconnect();
    },
  };
}
