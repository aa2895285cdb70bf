// The timeline strip's geometry: every dated tie on a time axis that gives its width to where the
// ties are (see timeScale.ts), packed into lanes so none overlap, drawn so its precision shows (an
// exact day is a tick, a month or a range a bar), plus the axis ticks; past an item limit, a
// density of ties over time instead. Pure.
import type { ActorGraph } from "../model/actorGraph";
import type { TieTime } from "../schema/networkDocument";
import { tieInterval, tieSortKey, timePrecision, type TimePrecision } from "../schema/tieTime";
import { tieFamily, type TieFamily } from "../schema/vocabulary";
import { DAY_MS } from "../schema/partialDate";
import { timeScaleSteps, type Span, type Stretch } from "./timeScale";
import { runSteps, type Steps } from "./steps";
import { timeTicks, type Tick } from "./timeTicks";

export interface TimelineItem {
  id: string;
  x0: number;
  x1: number;
  lane: number;
  precision: TimePrecision;
  family: TieFamily;
  /** The interval reached back to before the axis (an open start). */
  openStart: boolean;
}

export interface TimelineLayout {
  start: number;
  end: number;
  /** How many ties are on the axis. */
  dated: number;
  /** One item per dated tie, packed into lanes; empty when there are too many to draw. */
  items: TimelineItem[];
  /** Instead of items, past the item limit: how many ties fall in each `width`-pixel bin. */
  density?: { width: number; counts: number[] };
  lanes: number;
  ticks: Tick[];
  /** The axis's stretches; compressed ones are marked as such. */
  stretches: Stretch[];
  undated: string[];
  /** Pixel ⇄ time, for brushing and the playhead. */
  toX(time: number): number;
  toTime(x: number): number;
}

const TICK_WIDTH = 3;
/** Width of the mark of a tie with an open start, pixels. */
const OPEN_STUB = 14;

/** Width of a density bin, pixels. */
const DENSITY_BIN = 3;
/** Lanes' worth of height the density uses. */
const DENSITY_LANES = 4;
/** Ties read between two yields of the density's steps. */
const STEP_TIES = 2000;

export function layoutTimeline(
  graph: ActorGraph,
  width: number,
  maxLanes = 10,
  itemLimit = Infinity,
): TimelineLayout {
  return runSteps(layoutTimelineSteps(graph, width, maxLanes, itemLimit));
}

/**
 * layoutTimeline in steps (view/steps.ts) past the item limit, where a network may have 60 000
 * dated ties; below it, at once.
 */
export function* layoutTimelineSteps(
  graph: ActorGraph,
  width: number,
  maxLanes = 10,
  itemLimit = Infinity,
): Steps<TimelineLayout> {
  // Past the item limit only where ties fall matters: no object per tie (15 000 on large files).
  if (graph.size > itemLimit) return yield* densityLayout(graph, width, itemLimit, maxLanes);
  return laneLayout(graph, width, maxLanes);
}

function laneLayout(graph: ActorGraph, width: number, maxLanes: number): TimelineLayout {
  const dated: {
    id: string;
    start: number;
    end: number;
    precision: TimePrecision;
    family: TieFamily;
  }[] = [];
  const undated: string[] = [];
  graph.forEachEdge((id, tie) => {
    const interval = tieInterval(tie.time);
    if (!interval) {
      undated.push(id);
      return;
    }
    dated.push({
      id,
      start: interval.start,
      end: interval.end,
      precision: timePrecision(tie.time),
      family: tieFamily(tie.kind),
    });
  });
  const axis = runSteps(axisFor(dated, width));
  const { toX } = axis;

  const laneEnds: number[] = [];
  const items = dated
    .sort(
      (a, b) =>
        (Number.isFinite(a.start) ? a.start : -Infinity) -
          (Number.isFinite(b.start) ? b.start : -Infinity) || a.end - b.end,
    )
    .map((d) => {
      let x1 = toX(d.end);
      // Known only to end ("until 12 May"): a short stub ending on that day.
      let x0 = Number.isFinite(d.start) ? toX(d.start) : Math.max(toX(d.start), x1 - OPEN_STUB);
      if (d.precision === "day" || x1 - x0 < TICK_WIDTH) {
        const middle = (x0 + x1) / 2;
        x0 = middle - TICK_WIDTH / 2;
        x1 = middle + TICK_WIDTH / 2;
      }
      let lane = laneEnds.findIndex((laneEnd) => laneEnd + 2 <= x0);
      if (lane === -1) {
        lane =
          laneEnds.length < maxLanes ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
      }
      laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, x1);
      return {
        id: d.id,
        x0,
        x1,
        lane,
        precision: d.precision,
        family: d.family,
        openStart: !Number.isFinite(d.start),
      };
    });
  return {
    ...axis,
    dated: dated.length,
    items,
    lanes: Math.max(laneEnds.length, 1),
    undated,
  };
}

/** The time axis over the dated ties' spans, in pixels. */
function* axisFor(
  spans: readonly Span[],
  width: number,
): Steps<Pick<TimelineLayout, "start" | "end" | "ticks" | "stretches" | "toX" | "toTime">> {
  const scale = yield* timeScaleSteps(spans, width);
  const { start, end, stretches, toX, toTime } = scale;
  return { start, end, stretches, ticks: timeTicks(scale), toX, toTime };
}

/**
 * Where the replay's playhead stands for a tie: on the first day it could have happened (an
 * exact day's middle, the first day of a month, a year or a range; for "until D", on D). Play
 * goes through ties in that order, and its label names that tie's date.
 */
export function playX(layout: Pick<TimelineLayout, "toX">, time: TieTime | undefined): number {
  const key = tieSortKey(time);
  if (!Number.isFinite(key)) return layout.toX(-Infinity);
  return layout.toX(Math.floor(key / DAY_MS) * DAY_MS + DAY_MS / 2);
}

/** The axis from a network's dated ties, with their count per bin, or lanes when few are dated. */
function* densityLayout(
  graph: ActorGraph,
  width: number,
  itemLimit: number,
  maxLanes: number,
): Steps<TimelineLayout> {
  const starts = new Float64Array(graph.size);
  const ends = new Float64Array(graph.size);
  const spans: Span[] = [];
  const undated: string[] = [];
  let count = 0;
  let seen = 0;
  for (const { edge: id, attributes: tie } of graph.edgeEntries()) {
    if (++seen % STEP_TIES === 0) yield;
    const interval = tieInterval(tie.time);
    if (!interval) {
      undated.push(id);
      continue;
    }
    starts[count] = interval.start;
    ends[count] = interval.end;
    spans.push(interval);
    count++;
  }
  // Few dated ties after all: the lanes, as usual.
  if (count <= itemLimit) return laneLayout(graph, width, maxLanes);
  const axis = yield* axisFor(spans, width);
  const counts = new Array<number>(Math.max(1, Math.ceil(width / DENSITY_BIN))).fill(0);
  for (let i = 0; i < count; i++) {
    if (i % STEP_TIES === STEP_TIES - 1) yield;
    const start = starts[i] ?? 0;
    const end = ends[i] ?? 0;
    const at = Number.isFinite(start) ? (axis.toX(start) + axis.toX(end)) / 2 : axis.toX(end);
    const bin = Math.min(counts.length - 1, Math.max(0, Math.floor(at / DENSITY_BIN)));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return {
    ...axis,
    dated: count,
    items: [],
    density: { width: DENSITY_BIN, counts },
    lanes: DENSITY_LANES,
    undated,
  };
}
