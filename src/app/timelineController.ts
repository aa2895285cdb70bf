// The timeline strip under the picture: built once its module has loaded (app/deferredModules.ts),
// drawn again only when what it shows changes — the visible ties, the date window, playing — or
// its width does.
// What it asks for becomes intents (interact/panelIntents.ts).
import type { ActorGraph } from "../model/actorGraph";
import type { AppState } from "../state/appState";
import type { Store } from "../state/store";
import type { NetworkView } from "../view/networkView";
import type * as TimelineModule from "../render/timelineStrip";
import { timelineIntents } from "../interact/panelIntents";
import type { ViewCache } from "./viewCache";

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
  let drawnFor:
    | {
        view: NetworkView;
        window: AppState["filters"]["window"];
        playing: boolean;
        playhead: number | null;
      }
    | undefined;
  const draw = (state: AppState) => {
    const view = views.current(state);
    drawnFor = {
      view,
      window: state.filters.window,
      playing: state.playing,
      playhead: state.playhead,
    };
    strip?.draw({
      graph,
      visibleEdges: view.visibleEdges,
      window: state.filters.window,
      playing: state.playing,
      playhead: state.playhead,
      total: playOrder.length,
      playDate: view.playDate,
      playOrder,
    });
  };
  return {
    attach(module) {
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
  for (const edge of a.visibleEdges) if (!b.visibleEdges.has(edge)) return false;
  return true;
}
