// The timeline strip's geometry: every dated tie on a time axis, packed into lanes so none
// overlap, drawn so its precision shows (an exact day is a tick, a month or a range a bar), plus
// month ticks for the axis; past an item limit, a density of ties over time instead. Pure.
import type { ActorGraph } from "../model/actorGraph";
import { tieInterval, timePrecision, type TimePrecision } from "../schema/tieTime";
import { tieFamily, type TieFamily } from "../schema/vocabulary";
import { DAY_MS } from "../schema/partialDate";

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
  ticks: { x: number; label: string }[];
  undated: string[];
  /** Pixel ⇄ time, for brushing and the playhead. */
  toX(time: number): number;
  toTime(x: number): number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const TICK_WIDTH = 3;

/** Width of a density bin, pixels. */
const DENSITY_BIN = 3;
/** Lanes' worth of height the density uses. */
const DENSITY_LANES = 4;

export function layoutTimeline(
  graph: ActorGraph,
  width: number,
  maxLanes = 10,
  itemLimit = Infinity,
): TimelineLayout {
  // Past the item limit only where ties fall matters: no object per tie (15 000 on large files).
  if (graph.size > itemLimit) return densityLayout(graph, width, itemLimit, maxLanes);
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
  let low = Infinity;
  let high = -Infinity;
  for (const d of dated)
    for (const t of [d.start, d.end])
      if (Number.isFinite(t)) {
        low = Math.min(low, t);
        high = Math.max(high, t);
      }
  const axis = axisFor(low, high, width);
  const { toX } = axis;

  const laneEnds: number[] = [];
  const items = dated
    .sort(
      (a, b) =>
        (Number.isFinite(a.start) ? a.start : -Infinity) -
          (Number.isFinite(b.start) ? b.start : -Infinity) || a.end - b.end,
    )
    .map((d) => {
      let x0 = toX(d.start);
      let x1 = toX(d.end);
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

/** The time axis over the dated ties' extent (low, high; infinite when none), in pixels. */
function axisFor(
  low: number,
  high: number,
  width: number,
): Pick<TimelineLayout, "start" | "end" | "ticks" | "toX" | "toTime"> {
  let start = Number.isFinite(low) ? low : Date.UTC(2025, 0, 1);
  let end = Number.isFinite(high) ? high : Date.UTC(2026, 0, 1);
  // Breathing room of about 3 % each side, and never less than a week of axis.
  const pad = Math.max((end - start) * 0.03, DAY_MS);
  start -= pad;
  end += pad;
  if (end - start < 7 * DAY_MS) end = start + 7 * DAY_MS;
  const toX = (time: number) =>
    ((Math.min(Math.max(time, start), end) - start) / (end - start)) * width;
  const toTime = (x: number) => start + (x / width) * (end - start);
  return { start, end, ticks: monthTicks(start, end, width, toX), toX, toTime };
}

function monthTicks(
  start: number,
  end: number,
  width: number,
  toX: (t: number) => number,
): { x: number; label: string }[] {
  const first = new Date(start);
  const months: number[] = [];
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth() + 1; ; m++) {
    const t = Date.UTC(y, m, 1);
    if (t > end) break;
    months.push(t);
    if (months.length > 600) break;
  }
  // Keep labels at least ~56 px apart: every month, quarter, half-year or year.
  const every =
    [1, 3, 6, 12].find((step) => (width / Math.max(months.length, 1)) * step >= 56) ?? 24;
  return months
    .filter((t) => {
      const date = new Date(t);
      return (date.getUTCFullYear() * 12 + date.getUTCMonth()) % every === 0;
    })
    .map((t) => {
      const date = new Date(t);
      const month = date.getUTCMonth();
      return {
        x: toX(t),
        label:
          month === 0 || every >= 12
            ? `${MONTHS[month]} ${date.getUTCFullYear()}`
            : `${MONTHS[month]} ${date.getUTCFullYear() % 100 === 0 ? "" : "’" + String(date.getUTCFullYear()).slice(2)}`,
      };
    });
}

/** The axis from a network's dated ties, with their count per bin, or lanes when few are dated. */
function densityLayout(
  graph: ActorGraph,
  width: number,
  itemLimit: number,
  maxLanes: number,
): TimelineLayout {
  const starts = new Float64Array(graph.size);
  const ends = new Float64Array(graph.size);
  const undated: string[] = [];
  let count = 0;
  let low = Infinity;
  let high = -Infinity;
  graph.forEachEdge((id, tie) => {
    const interval = tieInterval(tie.time);
    if (!interval) {
      undated.push(id);
      return;
    }
    starts[count] = interval.start;
    ends[count] = interval.end;
    count++;
    for (const t of [interval.start, interval.end])
      if (Number.isFinite(t)) {
        low = Math.min(low, t);
        high = Math.max(high, t);
      }
  });
  // Few dated ties after all: the lanes, as usual.
  if (count <= itemLimit) return layoutTimeline(graph, width, maxLanes);
  const axis = axisFor(low, high, width);
  const counts = new Array<number>(Math.max(1, Math.ceil(width / DENSITY_BIN))).fill(0);
  for (let i = 0; i < count; i++) {
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
