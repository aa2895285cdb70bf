// Timeline replay: while the state says playing, one more tie every step (700 ms, twice that when
// the reader asks for reduced motion), stopping after the last dated tie.
import type { AppState } from "../state/appState";
import type { Store } from "../state/store";

const STEP_MS = 700;

export interface Playback {
  /** Schedules the next step (or none) for this state. */
  follow(state: AppState): void;
  stop(): void;
}

/** `total`: how many dated ties the replay steps through. */
export function createPlayback(store: Store, total: number): Playback {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
  const step = () => {
    const next = (store.getState().playhead ?? 0) + 1;
    if (next > total) store.dispatch({ type: "setPlaying", playing: false });
    else store.dispatch({ type: "setPlayhead", playhead: next });
  };
  return {
    follow(state) {
      clearTimeout(timer);
      if (state.playing) timer = setTimeout(step, reducedMotion ? STEP_MS * 2 : STEP_MS);
    },
    stop: () => clearTimeout(timer),
  };
}
