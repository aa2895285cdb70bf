// Everything a user can ask for, as data. Interact code turns events into these; reduce() applies them.
import type {
  AppState,
  ColourBy,
  PathQuery,
  Selection,
  SizeBy,
  TieFilters,
  Viewport,
} from "./appState";
import type { Position } from "../schema/networkDocument";

export type Intent =
  /** Also moves the keyboard's place to what is selected. */
  | { type: "select"; selection: Selection }
  | { type: "clearSelection" }
  | { type: "hoverActor"; id: string | null }
  /** The keyboard reaches an actor: it holds the actors' tab stop and is highlighted. */
  | { type: "focusActor"; id: string }
  /** The keyboard reaches a tie: it holds the ties' tab stop. */
  | { type: "focusTie"; id: string }
  | { type: "setQuery"; query: string }
  | { type: "setViewport"; viewport: Viewport }
  | { type: "fitToView" }
  | { type: "pinActor"; id: string; position: Position }
  | { type: "unpinActor"; id: string }
  | { type: "unpinAll" }
  | { type: "setCollapseParallel"; collapse: boolean }
  | { type: "setView"; view: AppState["view"] }
  | { type: "setFilters"; filters: Partial<TieFilters> }
  | { type: "setSizeBy"; sizeBy: SizeBy }
  | { type: "setColourBy"; colourBy: ColourBy }
  | { type: "setPath"; path: Partial<PathQuery> }
  | { type: "clearPath" }
  | { type: "setEgo"; ego: AppState["ego"] }
  | { type: "setPlayhead"; playhead: number | null }
  | { type: "setPlaying"; playing: boolean }
  | { type: "restore"; state: Partial<AppState> }
  | { type: "reset" };
