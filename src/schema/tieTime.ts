// What a tie's time means: the UTC interval it covers, how precise it is, and how to say it.
// Pure functions over the schema's TieTime.
import type { TieTime } from "./networkDocument";
import { datePrecision, formatPartialDate, periodEnd, periodStart } from "./partialDate";

export type TimePrecision = "day" | "month" | "year" | "range" | "approximate" | "undated";

/** Half-open interval [start, end) in UTC milliseconds; open bounds are ±Infinity. */
export interface TimeInterval {
  start: number;
  end: number;
}

export function timePrecision(time: TieTime | undefined): TimePrecision {
  if (!time || (time.start === undefined && time.end === undefined)) return "undated";
  if (time.approximate) return "approximate";
  if (time.start !== undefined && time.end === undefined) return datePrecision(time.start);
  if (time.start !== undefined && time.end !== undefined && time.start === time.end)
    return datePrecision(time.start);
  return "range";
}

/**
 * Each time's interval, read once: a document's times never change, and the timeline, the play
 * order and the filters all ask for them (60 000 ties: tens of milliseconds of date parsing each).
 */
const intervals = new WeakMap<TieTime, TimeInterval | undefined>();

/** The interval a tie's time covers, or undefined when the tie is undated. Do not change it. */
export function tieInterval(time: TieTime | undefined): TimeInterval | undefined {
  if (!time || (time.start === undefined && time.end === undefined)) return undefined;
  if (intervals.has(time)) return intervals.get(time);
  const interval =
    time.start === undefined
      ? { start: -Infinity, end: periodEnd(time.end ?? "") }
      : { start: periodStart(time.start), end: periodEnd(time.end ?? time.start) };
  intervals.set(time, interval);
  return interval;
}

/** True when the tie's time overlaps the window [from, to) at all. */
export function overlapsWindow(time: TieTime | undefined, window: TimeInterval): boolean {
  const interval = tieInterval(time);
  if (!interval) return false;
  return interval.start < window.end && interval.end > window.start;
}

/** "22 April 2025", "March 2025", "late April 2025 (c. 21–30 April 2025)", "until 12 May 2025". */
export function formatTieTime(time: TieTime | undefined): string {
  if (!time || (time.start === undefined && time.end === undefined)) return "date not reported";
  const span = formatSpan(time.start, time.end);
  if (time.label)
    return span === time.label ? span : `${time.label} (${time.approximate ? "c. " : ""}${span})`;
  return time.approximate ? `c. ${span}` : span;
}

function formatSpan(start: string | undefined, end: string | undefined): string {
  if (start === undefined && end !== undefined) return `until ${formatPartialDate(end)}`;
  if (start !== undefined && (end === undefined || end === start)) return formatPartialDate(start);
  if (start === undefined || end === undefined) return "";
  const a = formatPartialDate(start).split(" ");
  const b = formatPartialDate(end).split(" ");
  // Drop the shared trailing parts: "21–30 April 2025", "29 April – 12 May 2025".
  let shared = 0;
  while (
    shared < Math.min(a.length, b.length) - 1 &&
    a[a.length - 1 - shared] === b[b.length - 1 - shared]
  )
    shared++;
  const head = a.slice(0, a.length - shared).join(" ");
  const joiner = head.includes(" ") ? " – " : "–";
  return `${head}${joiner}${b.join(" ")}`;
}

/** A short date for accessible names and lists: the label if reported, else the span. */
export function shortTieTime(time: TieTime | undefined): string {
  if (!time || (time.start === undefined && time.end === undefined)) return "undated";
  return time.label ?? (time.approximate ? "c. " : "") + formatSpan(time.start, time.end);
}

/**
 * The dates alone, at their precision, without the report's wording: "2024", "March 2025",
 * "c. 21–30 April 2025", "until 12 May 2025"; "undated" when there are none.
 */
export function tieDateSpan(time: TieTime | undefined): string {
  if (!time || (time.start === undefined && time.end === undefined)) return "undated";
  return (time.approximate ? "c. " : "") + formatSpan(time.start, time.end);
}

/** A window of partial dates: "22 April 2025", "21 April – 12 May 2025", "April–May 2025". */
export function formatWindow(window: { from: string; to: string }): string {
  return formatSpan(window.from, window.to);
}

/** Sort key: the start of the interval; undated ties sort last. */
export function tieSortKey(time: TieTime | undefined): number {
  const interval = tieInterval(time);
  if (!interval) return Infinity;
  return Number.isFinite(interval.start) ? interval.start : interval.end - 1;
}
