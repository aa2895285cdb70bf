// What the panels ask for, as intents: the details panel (select an actor or a tie, close, show a
// neighbourhood, find paths from an actor) and the timeline strip (a date window, play, pause,
// step, show all). The panels (render/) report through these callbacks; nothing here draws.
import type { Store } from "../state/store";
import type { PathQuery } from "../state/appState";
import { chooseActor, type PictureFrame } from "./pictureIntents";

export interface DetailsRequests {
  onSelectActor(id: string): void;
  onSelectTie(id: string): void;
  onClose(): void;
  onEgo(id: string, hops: number | null): void;
  onPathFrom(id: string): void;
  onClearPath(): void;
  onPathOptions(change: Partial<Pick<PathQuery, "kinds" | "respectTime">>): void;
}

export function detailsIntents(
  store: Store,
  frame: PictureFrame,
  /** Opens the path finder (its From is set by then). */
  openPaths: () => void,
): DetailsRequests {
  const dispatch = store.dispatch;
  return {
    onSelectActor: (id) => chooseActor(store, frame, id),
    onSelectTie: (id) => dispatch({ type: "select", selection: { kind: "tie", id } }),
    onClose: () => dispatch({ type: "clearSelection" }),
    onEgo: (id, hops) =>
      dispatch({ type: "setEgo", ego: hops === null ? null : { center: id, hops } }),
    onPathFrom: (id) => {
      dispatch({ type: "setPath", path: { from: id } });
      openPaths();
    },
    onClearPath: () => dispatch({ type: "clearPath" }),
    onPathOptions: (change) => dispatch({ type: "setPath", path: change }),
  };
}

export interface TimelineRequests {
  onWindow(window: { from: string; to: string } | null): void;
  onPlay(): void;
  onPause(): void;
  onStep(delta: 1 | -1): void;
  onShowAll(): void;
}

/** `total`: how many dated ties the replay steps through. */
export function timelineIntents(store: Store, total: number): TimelineRequests {
  const dispatch = store.dispatch;
  return {
    onWindow: (window) => dispatch({ type: "setFilters", filters: { window } }),
    onPlay: () => {
      const { playhead } = store.getState();
      // At the end (or showing everything), the replay starts again from the first tie.
      if (playhead === null || playhead >= total) dispatch({ type: "setPlayhead", playhead: 0 });
      dispatch({ type: "setPlaying", playing: true });
    },
    onPause: () => dispatch({ type: "setPlaying", playing: false }),
    onStep: (delta) => {
      const { playhead } = store.getState();
      const current = playhead ?? (delta > 0 ? 0 : total);
      dispatch({ type: "setPlaying", playing: false });
      dispatch({ type: "setPlayhead", playhead: Math.min(Math.max(current + delta, 0), total) });
    },
    onShowAll: () => dispatch({ type: "setPlayhead", playhead: null }),
  };
}
