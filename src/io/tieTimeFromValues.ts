// A tie's time from a foreign record: explicit start/end columns, a single date, a Gephi time set
// or the format's own time (GEXF), in that order; values that only repeat the chosen time are
// used up, the others stay attributes, and a date Backchannel cannot read is named in a warning.
import type { TieTime } from "../schema/networkDocument";
import { periodEnd, periodStart } from "../schema/partialDate";
import { TIE_FIELD_KEYS, normalizeKey } from "./fieldNames";
import type { ForeignEdge, ValueBag } from "./foreignGraph";
import {
  booleanOf,
  coverOf,
  parseTimeSet,
  partialDateOf,
  sameDays,
  textOf,
  type DateBounds,
} from "./foreignValues";
import { entryOf } from "./valueBag";

interface TimeCandidate {
  bounds: DateBounds;
  time: TieTime;
  /** Keys used up when this candidate is the tie's time (or repeats it). */
  keys: string[];
  /** False when the time says less than the value (an open end): the value is kept as well. */
  exact: boolean;
}

const boundsOfTime = (time: TieTime): DateBounds =>
  time.start !== undefined
    ? { start: time.start, end: time.end ?? time.start }
    : time.end !== undefined
      ? { end: time.end }
      : {};

/** A derived span as a tie time: a single period stays a single date. */
function timeOfBounds(bounds: DateBounds): TieTime | undefined {
  const { start, end } = bounds;
  if (start !== undefined && end !== undefined)
    return start === end || sameDays(bounds, { start, end: start }) ? { start } : { start, end };
  if (start !== undefined) return { start };
  if (end !== undefined) return { end };
  return undefined;
}

function candidateOf(bounds: DateBounds, keys: string[]): TimeCandidate | undefined {
  const time = timeOfBounds(bounds);
  if (!time) return undefined;
  return { bounds, time, keys, exact: !(bounds.start !== undefined && bounds.end === undefined) };
}

/** The tie's time from the first of: explicit start/end, a single date, a time set, the format's
 * own time (GEXF). Values that say the same as the chosen time are used up; others are kept. */
export function tieTimeFrom(
  bag: ValueBag,
  edge: ForeignEdge,
  warn: (message: string) => void,
): TieTime | undefined {
  const dateEntry = (names: readonly string[]) => {
    const entry = entryOf(bag, names);
    if (!entry || typeof entry[1] !== "string") return undefined; // numeric times stay attributes
    const date = partialDateOf(entry[1]);
    if (date === undefined && entry[1].trim() !== "")
      warn(
        `${entry[0]} "${entry[1]}" is not a date Backchannel reads (YYYY, YYYY-MM, YYYY-MM-DD or written out, like 12 May 2025); kept as an attribute`,
      );
    return date === undefined ? undefined : { key: entry[0], date };
  };
  const start = dateEntry(TIE_FIELD_KEYS.start);
  const end = dateEntry(TIE_FIELD_KEYS.end);
  const point = dateEntry(TIE_FIELD_KEYS.point);
  const setEntry = entryOf(bag, TIE_FIELD_KEYS.timeset);
  const spans =
    setEntry && typeof setEntry[1] === "string"
      ? parseTimeSet(setEntry[1], normalizeKey(setEntry[0]) === "timestamps")
      : undefined;
  if (setEntry && typeof setEntry[1] === "string" && !spans && /\d{4}-\d\d/.test(setEntry[1]))
    warn(
      `${setEntry[0]} "${setEntry[1]}" is not a time set Backchannel reads; kept as an attribute`,
    );

  const candidates: TimeCandidate[] = [];
  if (start || end) {
    const time: TieTime = {
      ...(start ? { start: start.date } : {}),
      ...(end ? { end: end.date } : {}),
    };
    const keys = [start?.key, end?.key].filter((key): key is string => key !== undefined);
    candidates.push({ bounds: boundsOfTime(time), time, keys, exact: true });
  }
  const pointCandidate = point && candidateOf({ start: point.date, end: point.date }, [point.key]);
  if (pointCandidate) candidates.push(pointCandidate);
  const setCandidate = setEntry && spans && candidateOf(coverOf(spans), [setEntry[0]]);
  if (setCandidate)
    candidates.push({ ...setCandidate, exact: setCandidate.exact && spans.length === 1 });
  const structural = edge.time;
  const structuralStart = structural?.start && partialDateOf(structural.start);
  const structuralEnd = structural?.end && partialDateOf(structural.end);
  const formatCandidate = candidateOf(
    {
      ...(structuralStart ? { start: structuralStart } : {}),
      ...(structuralEnd ? { end: structuralEnd } : {}),
    },
    [],
  );
  if (formatCandidate) candidates.push(formatCandidate);

  const chosen = candidates[0];
  if (!chosen) return undefined;
  const { time } = chosen;
  if (
    time.start !== undefined &&
    time.end !== undefined &&
    periodEnd(time.end) <= periodStart(time.start)
  ) {
    warn(`ends (${time.end}) before it starts (${time.start}); the dates are kept as attributes`);
    return undefined;
  }
  if (chosen.exact) for (const key of chosen.keys) bag.delete(key);
  for (const other of candidates.slice(1))
    if (other.exact && sameDays(other.bounds, chosen.bounds))
      for (const key of other.keys) bag.delete(key);

  const approximateEntry = entryOf(bag, TIE_FIELD_KEYS.approximate);
  const approximate = booleanOf(approximateEntry?.[1]);
  if (approximateEntry && approximate !== undefined) bag.delete(approximateEntry[0]);
  const labelEntry = entryOf(bag, TIE_FIELD_KEYS.timeLabel);
  const label = textOf(labelEntry?.[1]);
  if (labelEntry && label !== undefined) bag.delete(labelEntry[0]);
  return {
    ...time,
    ...(approximate !== undefined ? { approximate } : {}),
    ...(label !== undefined ? { label } : {}),
  };
}
