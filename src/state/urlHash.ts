// The shareable part of the state in the URL hash: selection, viewport, search, view options.
// Pure encode/decode; unknown ids and malformed values are dropped, never trusted.
import type { AppState, Selection, Viewport } from "./appState";

export type HashState = Pick<
  AppState,
  "selection" | "query" | "viewport" | "collapseParallel" | "view"
>;

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

export function encodeHash(state: HashState): string {
  const params = new URLSearchParams();
  if (state.selection)
    params.set(state.selection.kind === "actor" ? "actor" : "tie", state.selection.id);
  if (state.query) params.set("q", state.query);
  if (state.viewport) {
    const { x, y, k } = state.viewport;
    params.set("view", `${round(x, 1)},${round(y, 1)},${round(k, 3)}`);
  }
  if (state.collapseParallel) params.set("collapse", "1");
  if (state.view === "table") params.set("table", "1");
  return params.toString();
}

export interface HashContext {
  hasActor(id: string): boolean;
  hasTie(id: string): boolean;
}

export function decodeHash(hash: string, context: HashContext): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  let selection: Selection = null;
  const actor = params.get("actor");
  const tie = params.get("tie");
  if (actor !== null && context.hasActor(actor)) selection = { kind: "actor", id: actor };
  else if (tie !== null && context.hasTie(tie)) selection = { kind: "tie", id: tie };
  return {
    selection,
    query: (params.get("q") ?? "").slice(0, 200),
    viewport: parseViewport(params.get("view")),
    collapseParallel: params.get("collapse") === "1",
    view: params.get("table") === "1" ? "table" : "graph",
  };
}

function parseViewport(text: string | null): Viewport | null {
  if (text === null) return null;
  const parts = text.split(",").map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [x = 0, y = 0, k = 1] = parts;
  if (k <= 0 || k > 64) return null;
  return { x, y, k };
}

/** Whether moving from one state to the next deserves a history entry (Back/Forward). */
export function isNavigation(previous: HashState, next: HashState): boolean {
  return (
    JSON.stringify(previous.selection) !== JSON.stringify(next.selection) ||
    previous.view !== next.view ||
    previous.collapseParallel !== next.collapseParallel
  );
}
