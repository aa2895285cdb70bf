// The timeline strip under the picture: built once its module has loaded (app/deferredModules.ts),
// drawn again only when what it shows changes — the visible ties, the date window, playing — or
// its width does. Past the histogram's threshold, its axis is laid out a slice at a time, once per
// width (60 000 ties' dates took the page 60–200 ms in one task), and kept for the next draws.
// What it asks for becomes intents (interact/panelIntents.ts).
import type { ActorGraph } from "../model/actorGraph";
import type { AppState } from "../state/appState";
import type { Store } from "../state/store";
import type { NetworkView } from "../view/networkView";
import type { TimelineLayout } from "../view/timelineLayout";
import type * as TimelineModule from "../render/timelineStrip";
import { timelineIntents } from "../interact/panelIntents";
import type { ViewCache } from "./viewCache";
import { runSliced } from "./sliced";

export interface TimelineController {
  /** Builds the strip in its reserved place and draws it. */
  attach(module: typeof TimelineModule): void;
  update(state: AppState): void;
}

export function createTimelineController(
  slot: HTMLElement,
  graph: ActorGraph,
  store: Store,
  views: ViewCache,
  playOrder: readonly string[],
  /** The drawing plan's timeline.histogramAbove. */
  histogramAbove: number,
): TimelineController {
  let strip: TimelineModule.TimelineStrip | undefined;
  let timelineModule: typeof TimelineModule | undefined;
  let drawnFor:
    | {
        view: NetworkView;
        window: AppState["filters"]["window"];
        playing: boolean;
        playhead: number | null;
      }
    | undefined;
  /** The axis laid out ahead for a width, and the one being laid out. */
  let laidOut: { width: number; layout: TimelineLayout } | undefined;
  let laying: { width: number } | undefined;
  /** The layout to draw on: undefined for the strip's own, null while it is laid out ahead. */
  const layoutFor = (width: number): TimelineLayout | undefined | null => {
    if (graph.size <= histogramAbove || !timelineModule) return undefined;
    if (laidOut?.width === width) return laidOut.layout;
    if (laying?.width === width) return null;
    const mine = { width };
    laying = mine;
    const steps = timelineModule.layoutTimelineSteps(graph, width, 10, histogramAbove);
    void runSliced(steps, () => laying !== mine).then((layout) => {
      if (!layout || laying !== mine) return;
      laying = undefined;
      laidOut = { width, layout };
      draw(store.getState());
    });
    return null;
  };
  const draw = (state: AppState) => {
    const view = views.current(state);
    drawnFor = {
      view,
      window: state.filters.window,
      playing: state.playing,
      playhead: state.playhead,
    };
    if (!strip) return;
    const layout = layoutFor(strip.layoutWidth());
    if (layout === null) return; // drawn once it is laid out
    strip.draw(
      {
        graph,
        visibleEdges: view.visibleEdges,
        window: state.filters.window,
        playing: state.playing,
        playhead: state.playhead,
        total: playOrder.length,
        playDate: view.playDate,
        playOrder,
      },
      layout,
    );
  };
  return {
    attach(module) {
      timelineModule = module;
      const intents = timelineIntents(store, playOrder.length);
      strip = module.createTimelineStrip(slot, intents, histogramAbove);
      draw(store.getState());
      // The axis is laid out for the strip's width: a narrower (or wider) window draws it again,
      // so it is never clipped.
      let width = slot.clientWidth;
      new ResizeObserver(() => {
        if (slot.clientWidth === width) return;
        width = slot.clientWidth;
        draw(store.getState());
      }).observe(slot);
    },
    update(state) {
      const view = views.current(state);
      if (
        !drawnFor ||
        (drawnFor.view !== view && !sameStrip(drawnFor.view, view)) ||
        drawnFor.window !== state.filters.window ||
        drawnFor.playing !== state.playing ||
        drawnFor.playhead !== state.playhead
      )
        draw(state);
    },
  };
}

/**
 * Whether two views give the strip the same ties and play date: a view derived again for another
 * reason (a path answered, sizing) does not redraw the strip (70 ms on 780 ties).
 */
function sameStrip(a: NetworkView, b: NetworkView): boolean {
  if (a.playDate !== b.playDate || a.visibleEdges.size !== b.visibleEdges.size) return false;
  // The same set (the view gained metrics): no need to compare 60 000 ties one by one.
  if (a.visibleEdges === b.visibleEdges) return true;
  for (const edge of a.visibleEdges) if (!b.visibleEdges.has(edge)) return false;
  return true;
}
