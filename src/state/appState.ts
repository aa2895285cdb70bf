// What the user is looking at: selection, hover, search, viewport, pins and view options. Plain
// data; changed only by reduce(). The network itself is not here: it is read-only input.
import type { Position } from "../schema/networkDocument";
import type { TieKind, TieStatusKey } from "../schema/vocabulary";

/** "Size actors by": which metric scales an actor's circle (analysis/sizeScale turns it into radii). */
export type SizeBy = "none" | "ties" | "betweenness";

/**
 * "Colour actors by": their kind (the default; shape always says it too), the communities the app
 * finds in the ties (computed, never in the file), or one of the file's own actor attributes
 * (`attribute:club`), offered when it has a few distinct values (view/colourBy.ts).
 */
export type ColourBy = "kind" | "community" | `attribute:${string}`;

/**
 * Which ties a reader asked to see (analysis/tieFilters applies them).
 * `null` means "no restriction"; an empty list means "none of them" and hides every tie.
 * `window` bounds are ISO days ("2025-04-21") and both are inclusive.
 */
export interface TieFilters {
  kinds: TieKind[] | null;
  /** Stated statuses, and "not-stated" for ties whose file gives none. */
  statuses: TieStatusKey[] | null;
  /** Source ids: a tie stays when at least one of its pieces of evidence cites one of them. */
  sources: string[] | null;
  window: { from: string; to: string } | null;
}

export const NO_FILTERS: Readonly<TieFilters> = Object.freeze({
  kinds: null,
  statuses: null,
  sources: null,
  window: null,
});

export type Selection = { kind: "actor"; id: string } | { kind: "tie"; id: string } | null;

/** A d3-zoom style transform: screen = world · k + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  k: number;
}

/**
 * Where the keyboard is in the picture (a roving tab stop each for actors and ties): Tab returns
 * there, and the arrow keys move on from there. null: the selected actor, else the first.
 */
export interface KeyboardFocus {
  actor: string | null;
  tie: string | null;
}

export interface AppState {
  selection: Selection;
  /** The actor under the pointer or keyboard focus, highlighted with its neighbours. */
  hover: string | null;
  focus: KeyboardFocus;
  query: string;
  /** null means "fit the whole network". */
  viewport: Viewport | null;
  collapseParallel: boolean;
  /** Positions the user dragged actors to. */
  pins: Record<string, Position>;
  view: "graph" | "table";
  /** Which ties count: kinds, statuses, sources, time window. */
  filters: TieFilters;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /**
   * The path question: from one actor to another, read with or without direction, over
   * communication ties or every kind, in time order or not.
   */
  path: PathQuery;
  /** Show only actors within `hops` of `center`. */
  ego: { center: string; hops: number } | null;
  /** Timeline playback: ties shown up to and including this many, in date order; null = all. */
  playhead: number | null;
  playing: boolean;
}

/** Which ties a path may use: communications (messages, calls, meetings…) or every kind. */
export type PathKinds = "communication" | "all";

export interface PathQuery {
  from: string | null;
  to: string | null;
  directed: boolean;
  /** 1 to MAX_PATH_HOPS. */
  maxHops: number;
  /** Communication ties (the default) or every kind of tie. */
  kinds: PathKinds;
  /** Each hop must start no earlier than the one before (on by default). */
  respectTime: boolean;
}

/**
 * The most hops the path finder offers (and a shared link may ask for): chains grow about
 * tenfold with each hop on a dense network, and the search has a budget besides.
 */
export const MAX_PATH_HOPS = 6;

export function initialState(): AppState {
  return {
    selection: null,
    hover: null,
    focus: { actor: null, tie: null },
    query: "",
    viewport: null,
    collapseParallel: false,
    pins: {},
    view: "graph",
    filters: { ...NO_FILTERS },
    sizeBy: "none",
    colourBy: "kind",
    path: {
      from: null,
      to: null,
      directed: false,
      maxHops: 4,
      kinds: "communication",
      respectTime: true,
    },
    ego: null,
    playhead: null,
    playing: false,
  };
}
