// The shareable part of the state in the URL hash: selection, viewport, search, view options
// (sizing and colouring too), filters, time window, path and ego network. Pure encode/decode; unknown ids and malformed
// values are dropped, never trusted.
import {
  MAX_PATH_HOPS,
  NO_FILTERS,
  type AppState,
  type ColourBy,
  type PathQuery,
  type Selection,
  type TieFilters,
  type Viewport,
} from "./appState";
import {
  isOneOf,
  TIE_KINDS,
  TIE_STATUS_KEYS,
  type TieKind,
  type TieStatusKey,
} from "../schema/vocabulary";
import { isPartialDate } from "../schema/partialDate";

export type HashState = Pick<
  AppState,
  | "selection"
  | "query"
  | "viewport"
  | "collapseParallel"
  | "view"
  | "filters"
  | "sizeBy"
  | "colourBy"
  | "path"
  | "ego"
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
  const { kinds, statuses, sources, window } = state.filters;
  if (kinds) params.set("kinds", kinds.join(","));
  if (statuses) params.set("status", statuses.join(","));
  if (sources) params.set("sources", sources.join(","));
  if (window) {
    params.set("from", window.from);
    params.set("to", window.to);
  }
  if (state.sizeBy !== "none") params.set("size", state.sizeBy);
  if (state.colourBy !== "kind") params.set("colour", state.colourBy);
  if (state.path.from && state.path.to) {
    params.set("path", `${state.path.from},${state.path.to}`);
    if (state.path.directed) params.set("directed", "1");
    params.set("hops", String(state.path.maxHops));
    if (state.path.kinds === "all") params.set("pathkinds", "all");
    if (!state.path.respectTime) params.set("pathtime", "ignore");
  }
  if (state.ego) params.set("ego", `${state.ego.center},${state.ego.hops}`);
  return params.toString();
}

export interface HashContext {
  hasActor(id: string): boolean;
  hasTie(id: string): boolean;
  hasSource?(id: string): boolean;
  /** Whether "Colour by" offers this actor attribute of the file (view/colourBy.ts). */
  hasColourAttribute?(key: string): boolean;
}

function listParam<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: (value: string) => value is T,
): T[] | null {
  const raw = params.get(key);
  if (raw === null) return null;
  return raw === "" ? [] : raw.split(",").filter(allowed);
}

const isTieKind = (value: string): value is TieKind => isOneOf(TIE_KINDS, value);
const isTieStatus = (value: string): value is TieStatusKey => isOneOf(TIE_STATUS_KEYS, value);

export function decodeHash(hash: string, context: HashContext): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  let selection: Selection = null;
  const actor = params.get("actor");
  const tie = params.get("tie");
  if (actor !== null && context.hasActor(actor)) selection = { kind: "actor", id: actor };
  else if (tie !== null && context.hasTie(tie)) selection = { kind: "tie", id: tie };
  const from = params.get("from");
  const to = params.get("to");
  const filters: TieFilters = {
    ...NO_FILTERS,
    kinds: listParam(params, "kinds", isTieKind),
    statuses: listParam(params, "status", isTieStatus),
    sources: listParam(params, "sources", (id): id is string => context.hasSource?.(id) ?? true),
    window:
      from && to && isPartialDate(from) && isPartialDate(to) && from <= to ? { from, to } : null,
  };
  const size = params.get("size");
  const [pathFrom, pathTo] = (params.get("path") ?? "").split(",");
  const hops = Number(params.get("hops") ?? 4);
  const path: PathQuery = {
    from: pathFrom && context.hasActor(pathFrom) ? pathFrom : null,
    to: pathTo && context.hasActor(pathTo) ? pathTo : null,
    directed: params.get("directed") === "1",
    // More hops than the path finder offers are read as its most (a link from an older version).
    maxHops: Number.isInteger(hops) && hops >= 1 ? Math.min(hops, MAX_PATH_HOPS) : 4,
    kinds: params.get("pathkinds") === "all" ? "all" : "communication",
    respectTime: params.get("pathtime") !== "ignore",
  };
  const [egoCenter, egoHops] = (params.get("ego") ?? "").split(",");
  const egoDepth = Number(egoHops);
  return {
    selection,
    query: (params.get("q") ?? "").slice(0, 200),
    viewport: parseViewport(params.get("view")),
    collapseParallel: params.get("collapse") === "1",
    view: params.get("table") === "1" ? "table" : "graph",
    filters,
    sizeBy: size === "ties" || size === "betweenness" ? size : "none",
    colourBy: parseColourBy(params.get("colour"), context),
    path,
    ego:
      egoCenter &&
      context.hasActor(egoCenter) &&
      Number.isInteger(egoDepth) &&
      egoDepth >= 1 &&
      egoDepth <= 6
        ? { center: egoCenter, hops: egoDepth }
        : null,
  };
}

/** "community", or "attribute:KEY" for an attribute the network offers; anything else is kind. */
function parseColourBy(text: string | null, context: HashContext): ColourBy {
  if (text === "community") return text;
  if (text?.startsWith("attribute:")) {
    const key = text.slice("attribute:".length);
    if (context.hasColourAttribute?.(key)) return `attribute:${key}`;
  }
  return "kind";
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
    previous.collapseParallel !== next.collapseParallel ||
    JSON.stringify(previous.filters) !== JSON.stringify(next.filters) ||
    JSON.stringify(previous.path) !== JSON.stringify(next.path) ||
    JSON.stringify(previous.ego) !== JSON.stringify(next.ego) ||
    previous.sizeBy !== next.sizeBy ||
    previous.colourBy !== next.colourBy
  );
}
