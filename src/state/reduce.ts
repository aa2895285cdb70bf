// reduce(state, intent) → new state. Pure and exhaustive; the only way state changes.
import { initialState, type AppState } from "./appState";
import type { Intent } from "./intents";

export function reduce(state: AppState, intent: Intent): AppState {
  switch (intent.type) {
    case "select": {
      const { selection } = intent;
      const focus =
        selection?.kind === "actor"
          ? { ...state.focus, actor: selection.id }
          : selection?.kind === "tie"
            ? { ...state.focus, tie: selection.id }
            : state.focus;
      return { ...state, selection, focus };
    }
    case "clearSelection":
      return state.selection === null ? state : { ...state, selection: null };
    case "hoverActor":
      return state.hover === intent.id ? state : { ...state, hover: intent.id };
    case "focusActor":
      return state.focus.actor === intent.id && state.hover === intent.id
        ? state
        : { ...state, focus: { ...state.focus, actor: intent.id }, hover: intent.id };
    case "focusTie":
      return state.focus.tie === intent.id
        ? state
        : { ...state, focus: { ...state.focus, tie: intent.id } };
    case "setQuery":
      return { ...state, query: intent.query };
    case "setViewport":
      return { ...state, viewport: intent.viewport };
    case "fitToView":
      return { ...state, viewport: null };
    case "pinActor":
      return { ...state, pins: { ...state.pins, [intent.id]: intent.position } };
    case "unpinActor": {
      if (!Object.hasOwn(state.pins, intent.id)) return state; // "constructor" is an actor id too
      const pins = { ...state.pins };
      delete pins[intent.id];
      return { ...state, pins };
    }
    case "unpinAll":
      return { ...state, pins: {} };
    case "setCollapseParallel":
      return { ...state, collapseParallel: intent.collapse };
    case "setView":
      return { ...state, view: intent.view };
    case "setFilters":
      return { ...state, filters: { ...state.filters, ...intent.filters } };
    case "setSizeBy":
      return { ...state, sizeBy: intent.sizeBy };
    case "setColourBy":
      return { ...state, colourBy: intent.colourBy };
    case "setPath":
      return { ...state, path: { ...state.path, ...intent.path } };
    case "clearPath":
      return { ...state, path: { ...state.path, from: null, to: null } };
    case "setEgo":
      return { ...state, ego: intent.ego };
    case "setPlayhead":
      return {
        ...state,
        playhead: intent.playhead,
        playing: intent.playhead === null ? false : state.playing,
      };
    case "setPlaying":
      return { ...state, playing: intent.playing };
    case "restore":
      return { ...state, ...intent.state };
    case "reset":
      return initialState();
  }
}
