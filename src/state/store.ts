// A tiny store: getState, dispatch, subscribe. Listeners get the new and the previous state.
import type { AppState } from "./appState";
import type { Intent } from "./intents";
import { reduce } from "./reduce";

export interface Store {
  getState(): AppState;
  dispatch(intent: Intent): void;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<(state: AppState, previous: AppState) => void>();
  return {
    getState: () => state,
    dispatch(intent) {
      const previous = state;
      state = reduce(state, intent);
      if (state !== previous) for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
