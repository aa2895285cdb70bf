// Which ties a reader asked to see: kind, status, source and time-window filters as a pure test on
// tie attributes, plus the caption that states them under an export. The choice itself
// (`TieFilters`) is state and lives in state/appState; this module only applies it. Must not
// decide which actors are shown (that is the view's job) and never reads or writes UI state.
import type { ActorGraph, EdgeId, TieAttributes } from "../model/actorGraph";
import type { TieFilters } from "../state/appState";
import { formatPartialDate, periodEnd, periodStart } from "../schema/partialDate";
import { formatTieTime, overlapsWindow, type TimeInterval } from "../schema/tieTime";
import {
  TIE_KIND_LABELS,
  TIE_KINDS,
  TIE_STATUS_KEYS,
  TIE_STATUS_LABELS,
  tieStatusKey,
  type TieKind,
  type TieStatusKey,
} from "../schema/vocabulary";

/** Human names for the ids a caption mentions; an id without a name is shown as itself. */
export interface FilterLabels {
  /** By source id, in document order (a Map: "constructor" is a valid id). */
  sources: ReadonlyMap<string, string>;
}

/**
 * The half-open interval [from, to + 1 day) in UTC milliseconds. Bounds coarser than a day work
 * too: "2025-04" as `to` runs to the end of April.
 */
export function windowInterval(window: { from: string; to: string }): TimeInterval {
  return { start: periodStart(window.from), end: periodEnd(window.to) };
}

/** A list covering the whole closed vocabulary restricts nothing, exactly like `null`. */
function restricts<T>(list: readonly T[] | null, vocabulary: readonly T[]): list is readonly T[] {
  return list !== null && !vocabulary.every((value) => list.includes(value));
}

/** True when the filters can hide at least one tie of some network. */
export function isFiltered(filters: TieFilters): boolean {
  return (
    restricts(filters.kinds, TIE_KINDS) ||
    restricts(filters.statuses, TIE_STATUS_KEYS) ||
    filters.sources !== null ||
    filters.window !== null
  );
}

type TiePredicate = (tie: TieAttributes) => boolean;

function compileFilters(filters: TieFilters): TiePredicate {
  const kinds = filters.kinds === null ? null : new Set<TieKind>(filters.kinds);
  const statuses = filters.statuses === null ? null : new Set<TieStatusKey>(filters.statuses);
  const sources = filters.sources === null ? null : new Set(filters.sources);
  const window = filters.window === null ? null : windowInterval(filters.window);
  return (tie) =>
    (kinds === null || kinds.has(tie.kind)) &&
    (statuses === null || statuses.has(tieStatusKey(tie.status))) &&
    (sources === null || tie.evidence.some((evidence) => sources.has(evidence.source))) &&
    // A tie shows when any part of its period falls in the window, at the precision reported:
    // "April 2025" overlaps a window of 30 April, "late April" (21–30 April) does not overlap
    // 1 May. An undated tie can't be placed in any window, so a window hides it.
    (window === null || overlapsWindow(tie.time, window));
}

/** True when the tie passes every filter. */
export function isTieVisible(tie: TieAttributes, filters: TieFilters): boolean {
  return compileFilters(filters)(tie);
}

/**
 * The ties that pass every filter. With a window set, undated ties are hidden: the report does
 * not say when they happened, so they can't be shown as happening in any period.
 */
export function visibleTies(graph: ActorGraph, filters: TieFilters): Set<EdgeId> {
  const isVisible = compileFilters(filters);
  return new Set(graph.filterEdges((_edge, attributes) => isVisible(attributes)));
}

/** Source names for captions, from the sources listed in the document: "Publisher (date)". */
export function filterLabels(graph: ActorGraph): FilterLabels {
  const sources = new Map<string, string>();
  for (const source of graph.getAttribute("sources"))
    sources.set(
      source.id,
      source.date === undefined
        ? source.publisher
        : `${source.publisher} (${formatPartialDate(source.date)})`,
    );
  return { sources };
}

/** "confirmed", "confirmed and reported", "confirmed, reported and alleged". */
function andList(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

/** "kind: envoy of", "kinds: message, call", "sources: none". */
function listClause(singular: string, plural: string, words: readonly string[]): string {
  if (words.length === 0) return `${plural}: none`;
  return `${words.length === 1 ? singular : plural}: ${words.join(", ")}`;
}

/**
 * The filters in words for an export caption, e.g. "Only confirmed ties; kinds: message, call;
 * 21 April – 12 May 2025". Empty when nothing is filtered. Statuses and kinds are named in
 * vocabulary order and sources in document order, whatever order the reader ticked them in.
 */
export function describeFilters(
  filters: TieFilters,
  labels: FilterLabels = { sources: new Map() },
): string {
  const clauses: string[] = [];
  if (restricts(filters.statuses, TIE_STATUS_KEYS)) {
    const statuses = TIE_STATUS_KEYS.filter((status) => filters.statuses?.includes(status)).map(
      (status) => TIE_STATUS_LABELS[status],
    );
    clauses.push(statuses.length === 0 ? "statuses: none" : `only ${andList(statuses)} ties`);
  }
  if (restricts(filters.kinds, TIE_KINDS)) {
    const kinds = TIE_KINDS.filter((kind) => filters.kinds?.includes(kind));
    clauses.push(
      listClause(
        "kind",
        "kinds",
        kinds.map((kind) => TIE_KIND_LABELS[kind]),
      ),
    );
  }
  if (filters.sources !== null) {
    const order = [...labels.sources.keys()];
    const position = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
    const names = [...filters.sources]
      .sort((a, b) => position(a) - position(b))
      .map((id) => labels.sources.get(id) ?? id);
    clauses.push(listClause("source", "sources", names));
  }
  if (filters.window !== null)
    clauses.push(formatTieTime({ start: filters.window.from, end: filters.window.to }));
  const caption = clauses.join("; ");
  return caption.charAt(0).toUpperCase() + caption.slice(1);
}
