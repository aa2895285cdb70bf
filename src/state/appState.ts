// What the user is looking at: selection, hover, search, viewport, pins and view options. Plain
// data; changed only by reduce(). The network itself is not here: it is read-only input.
import type { Position } from "../schema/networkDocument";

export type Selection = { kind: "actor"; id: string } | { kind: "tie"; id: string } | null;

/** A d3-zoom style transform: screen = world · k + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  k: number;
}

export interface AppState {
  selection: Selection;
  /** The actor under the pointer or keyboard focus, highlighted with its neighbours. */
  hover: string | null;
  query: string;
  /** null means "fit the whole network". */
  viewport: Viewport | null;
  collapseParallel: boolean;
  /** Positions the user dragged actors to. */
  pins: Record<string, Position>;
  view: "graph" | "table";
}

export function initialState(): AppState {
  return {
    selection: null,
    hover: null,
    query: "",
    viewport: null,
    collapseParallel: false,
    pins: {},
    view: "graph",
  };
}
