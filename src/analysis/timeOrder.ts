// Whether a chain of hops can have happened in time order, and why. The rule: each hop must start
// no earlier than the previous hop started. A tie's date is a set of whole days it could have
// started on: an exact day is one day, a month or a year every day in it, a range or an
// approximate date every day from its start to its end, "until D" any day up to D. A chain is in
// time order when one start day can be picked for each dated hop so that they never go back in
// time (the same day is allowed). Undated ties fit anywhere: a hop carried only by undated ties is
// allowed but flagged "undated", and a hop falls back on its undated ties only when none of its
// dated ties can keep the chain in order. Pure; knows nothing of graphs.
import { DAY_MS } from "../schema/partialDate";
import type { TimeInterval } from "../schema/tieTime";

/** One tie that can carry a hop: its id and its interval (undefined: undated). */
export interface HopTie {
  id: string;
  interval: TimeInterval | undefined;
}

/**
 * How one tie sits in the chain's time order. `hop` is the index of the dated hop it is compared
 * with (the previous one, or for "after-next" the next one).
 * - first: the chain's first dated hop;
 * - after: starts on a later day than the previous hop could have started;
 * - same-day: both on the same single day;
 * - overlaps: the dates overlap, so it may have started after the previous hop (or not);
 * - undated: no date, allowed anywhere;
 * - before: ends before the previous hop could have started: out of order;
 * - after-next: starts after the next hop could have started: out of order the other way.
 */
export type TieTiming =
  | { kind: "first" }
  | { kind: "after" | "same-day" | "overlaps" | "before" | "after-next"; hop: number }
  | { kind: "undated" };

export interface TimedTie {
  id: string;
  timing: TieTiming;
}

/** A chain's verdict: in order, in order with some hops undated, or out of order. */
export type ChainOrder = "in-order" | "undated-hops" | "out-of-order";

export interface ChainTiming {
  order: ChainOrder;
  /** Per hop, every tie with its timing, in the order given. */
  hops: { ties: TimedTie[]; undated: boolean }[];
  undatedHops: number;
  /** Out of order: the first hop that cannot follow the ones before it. */
  breaksAt: number | undefined;
}

/** The days a tie could have started on, as [earliest, latest] start-of-day times. */
function startDays(interval: TimeInterval): [number, number] {
  return [interval.start, interval.end - DAY_MS];
}

const isDated = (tie: HopTie) => tie.interval !== undefined;

interface Window {
  /** Earliest and latest day the chain can stand at this hop. */
  low: number;
  high: number;
}

/**
 * With the hops in `dated` carried by dated ties (and the others by undated ones), the window of
 * days each dated hop can start on, or null when no order fits. Forward: the earliest day each hop
 * can start given the hops before it; backward: the latest given the hops after it. On a chain
 * these two passes are exact: a day in both bounds always extends to a whole ordered chain.
 */
function windows(hops: readonly HopTie[][], dated: readonly number[]): Map<number, Window> | null {
  const forward = new Map<number, number>();
  let earliest = -Infinity;
  for (const index of dated) {
    let best = Infinity;
    for (const tie of hops[index] ?? []) {
      if (!tie.interval) continue;
      const [first, last] = startDays(tie.interval);
      const day = Math.max(first, earliest);
      if (day <= last) best = Math.min(best, day);
    }
    if (best === Infinity) return null;
    forward.set(index, best);
    earliest = best;
  }
  const result = new Map<number, Window>();
  let latest = Infinity;
  for (const index of [...dated].reverse()) {
    let best = -Infinity;
    for (const tie of hops[index] ?? []) {
      if (!tie.interval) continue;
      const [first, last] = startDays(tie.interval);
      const day = Math.min(last, latest);
      if (first <= day) best = Math.max(best, day);
    }
    result.set(index, { low: forward.get(index) ?? -Infinity, high: best });
    latest = best;
  }
  return result;
}

/** How a dated tie compares with the previous dated hop's window. */
function compareWithPrevious(
  tie: TimeInterval,
  previous: { index: number; window: Window } | undefined,
): TieTiming {
  if (!previous) return { kind: "first" };
  const [first, last] = startDays(tie);
  const { low, high } = previous.window;
  if (last < low) return { kind: "before", hop: previous.index };
  if (first > high) return { kind: "after", hop: previous.index };
  if (first === last && low === high && first === low)
    return { kind: "same-day", hop: previous.index };
  return { kind: "overlaps", hop: previous.index };
}

/** Subsets of `items` by increasing size, each in index order: [], [a], [b], [a, b], … */
function subsetsBySize<T>(items: readonly T[]): T[][] {
  const all: T[][] = [];
  for (let mask = 0; mask < 2 ** items.length; mask++)
    all.push(items.filter((_item, bit) => (mask >> bit) & 1));
  return all.sort((a, b) => a.length - b.length);
}

/**
 * The time order of a chain whose hops can each be carried by the ties given. Prefers readings
 * with the fewest undated hops; hops that have both dated and undated ties are tried both ways
 * (at most 2^8 readings: chains are short).
 */
export function timeChain(hops: readonly HopTie[][]): ChainTiming {
  const mustBeUndated = hops.map((ties) => !ties.some(isDated));
  const optional = hops
    .map((_ties, index) => index)
    .filter((index) => !mustBeUndated[index] && (hops[index] ?? []).some((t) => !isDated(t)));
  for (const undatedOptional of subsetsBySize(optional)) {
    const dated = hops
      .map((_ties, index) => index)
      .filter((index) => !mustBeUndated[index] && !undatedOptional.includes(index));
    const found = windows(hops, dated);
    if (found) return inOrder(hops, dated, found);
  }
  return outOfOrder(hops);
}

function inOrder(
  hops: readonly HopTie[][],
  dated: readonly number[],
  found: Map<number, Window>,
): ChainTiming {
  const datedSet = new Set(dated);
  let previous: { index: number; window: Window } | undefined;
  const timed = hops.map((ties, index) => {
    const window = found.get(index);
    const next = dated.find((d) => d > index);
    const nextWindow = next === undefined ? undefined : found.get(next);
    const result = {
      undated: !datedSet.has(index),
      ties: ties.map((tie): TimedTie => {
        if (!tie.interval) return { id: tie.id, timing: { kind: "undated" } };
        const timing = compareWithPrevious(tie.interval, previous);
        const [first] = startDays(tie.interval);
        // Fits before but not after: it starts after the next hop could have started.
        if (timing.kind !== "before" && next !== undefined && nextWindow && first > nextWindow.high)
          return { id: tie.id, timing: { kind: "after-next", hop: next } };
        // On an undated hop, a dated tie that would fit both neighbours would have been used.
        return { id: tie.id, timing };
      }),
    };
    if (window) previous = { index, window };
    return result;
  });
  const undatedHops = timed.filter((hop) => hop.undated).length;
  return {
    order: undatedHops === 0 ? "in-order" : "undated-hops",
    hops: timed,
    undatedHops,
    breaksAt: undefined,
  };
}

/**
 * No order fits: say where it breaks. Hops are read one by one from the start; a hop with an
 * undated tie never breaks the chain; the first hop none of whose dated ties can follow the
 * earliest day the chain reached is where it breaks, and the reading carries on from that hop.
 */
function outOfOrder(hops: readonly HopTie[][]): ChainTiming {
  let previous: { index: number; window: Window } | undefined;
  let breaksAt: number | undefined;
  const timed = hops.map((ties, index) => {
    const timedTies = ties.map((tie): TimedTie => {
      if (!tie.interval) return { id: tie.id, timing: { kind: "undated" } };
      return { id: tie.id, timing: compareWithPrevious(tie.interval, previous) };
    });
    const hasUndated = ties.some((tie) => !isDated(tie));
    const datedTies = ties.flatMap((tie) => (tie.interval ? [tie.interval] : []));
    const fitting = ties.flatMap((tie, i) =>
      tie.interval && timedTies[i]?.timing.kind !== "before" ? [tie.interval] : [],
    );
    if (!hasUndated) {
      if (fitting.length === 0 && breaksAt === undefined) breaksAt = index;
      const carriers = fitting.length > 0 ? fitting : datedTies;
      const floor = fitting.length > 0 ? (previous?.window.low ?? -Infinity) : -Infinity;
      // Loops, not Math.min(...list): a step may carry thousands of ties.
      let low = Infinity;
      let high = -Infinity;
      for (const interval of carriers) {
        low = Math.min(low, Math.max(startDays(interval)[0], floor));
        high = Math.max(high, startDays(interval)[1]);
      }
      previous = { index, window: { low, high } };
    }
    return { undated: datedTies.length === 0, ties: timedTies };
  });
  return {
    order: "out-of-order",
    hops: timed,
    undatedHops: timed.filter((hop) => hop.undated).length,
    breaksAt,
  };
}

/** True for the timings a time-respecting answer can show on a hop. */
export function fitsTimeOrder(timing: TieTiming): boolean {
  return timing.kind !== "before" && timing.kind !== "after-next";
}
