// The timeline strip's geometry: every dated tie on a time axis, packed into lanes so none
// overlap, drawn so its precision shows (an exact day is a tick, a month or a range a bar), plus
// month ticks for the axis. Pure.
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
  items: TimelineItem[];
  lanes: number;
  ticks: { x: number; label: string }[];
  undated: string[];
  /** Pixel ⇄ time, for brushing and the playhead. */
  toX(time: number): number;
  toTime(x: number): number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const TICK_WIDTH = 3;

export function layoutTimeline(graph: ActorGraph, width: number, maxLanes = 10): TimelineLayout {
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
  const finite = dated.flatMap((d) => [d.start, d.end]).filter(Number.isFinite);
  let start = finite.length ? Math.min(...finite) : Date.UTC(2025, 0, 1);
  let end = finite.length ? Math.max(...finite) : Date.UTC(2026, 0, 1);
  // Breathing room of about 3 % each side, and never less than a week of axis.
  const pad = Math.max((end - start) * 0.03, DAY_MS);
  start -= pad;
  end += pad;
  if (end - start < 7 * DAY_MS) end = start + 7 * DAY_MS;
  const toX = (time: number) =>
    ((Math.min(Math.max(time, start), end) - start) / (end - start)) * width;
  const toTime = (x: number) => start + (x / width) * (end - start);

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
    start,
    end,
    items,
    lanes: Math.max(laneEnds.length, 1),
    ticks: monthTicks(start, end, width, toX),
    undated,
    toX,
    toTime,
  };
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
