// Reading single foreign values as document values: vocabulary words, partial dates, Gephi
// interval sets, booleans, numbers and text. Pure; undefined means "not readable as that".
import { isPartialDate, periodEnd, periodStart } from "../schema/partialDate";
import { writtenDateOf } from "./writtenDates";
import type { ForeignValue } from "./foreignGraph";

// Vocabulary words (kinds and statuses in the file's own words) are read in vocabularyWords.ts.
export { actorKindOf, tieKindOf, tieStatusOf } from "./vocabularyWords";

/** Text of a scalar value, trimmed; undefined for null, lists and blank text. */
export function textOf(value: ForeignValue | undefined): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

export function booleanOf(value: ForeignValue | undefined): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const word = value.trim().toLowerCase();
  if (word === "true" || word === "yes" || word === "1") return true;
  if (word === "false" || word === "no" || word === "0") return false;
  return undefined;
}

export function numberOf(value: ForeignValue | undefined): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** A list from a JSON list, or from text joined with "|" (the exports' convention). */
export function listOf(value: ForeignValue | undefined): string[] | undefined {
  const items =
    typeof value === "string"
      ? value.split("|")
      : Array.isArray(value)
        ? [...value]
        : typeof value === "number" || typeof value === "boolean"
          ? [String(value)]
          : [];
  const kept = items.map((item) => item.trim()).filter((item) => item !== "");
  return kept.length > 0 ? kept : undefined;
}

const DATE_PATTERN =
  /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** "2025-04-22", "2025-04", "2025" as they are; a dateTime or a zoned date keeps its date part;
 * a date written out without ambiguity ("12 May 2025", "May 2025") as io/writtenDates reads it. */
export function partialDateOf(value: string): string | undefined {
  const match = DATE_PATTERN.exec(value.trim());
  const date = match?.[1];
  if (date !== undefined) return isPartialDate(date) ? date : undefined;
  return writtenDateOf(value);
}

/** A span of partial dates; an undefined bound is open. */
export interface DateBounds {
  start?: string;
  end?: string;
}

const isOpenBound = (text: string): boolean => /^[-+]?infinity$/i.test(text.trim());

/**
 * A Gephi time set: intervals `<[2025-04-21, 2025-04-30]; [2025-05-01, Infinity]>` or
 * timestamps `<[2025-04-21, 2025-04-25]>`; `<>`, a trailing `;` and `( )` brackets are optional.
 * Undefined when any bound is not a date (Gephi's numeric times are not dates).
 */
export function parseTimeSet(text: string, timestamps: boolean): DateBounds[] | undefined {
  const body = text
    .trim()
    .replace(/^<(.*)>$/s, "$1")
    .trim();
  const groups = body
    .split(";")
    .map((group) => group.trim())
    .filter((group) => group !== "");
  if (groups.length === 0) return undefined;
  const spans: DateBounds[] = [];
  for (const group of groups) {
    const inner = /^[[(](.*)[\])]$/s.exec(group)?.[1] ?? group;
    const parts = inner.split(",").map((part) => part.trim());
    if (parts.some((part) => part === "")) return undefined;
    const asDate = (part: string): string | null | undefined =>
      isOpenBound(part) ? null : partialDateOf(part);
    const dates = parts.map(asDate);
    if (dates.some((date) => date === undefined)) return undefined;
    if (!timestamps && dates.length === 2) {
      const [start, end] = dates;
      spans.push({ ...(start ? { start } : {}), ...(end ? { end } : {}) });
    } else {
      for (const date of dates) if (date) spans.push({ start: date, end: date });
    }
  }
  return spans;
}

/** The smallest span covering all the given ones (open when any of them is open). */
export function coverOf(spans: readonly DateBounds[]): DateBounds {
  if (spans.length === 0) return {};
  let start: string | undefined = spans[0]?.start;
  let end: string | undefined = spans[0]?.end;
  for (const span of spans) {
    if (start !== undefined)
      start =
        span.start === undefined
          ? undefined
          : periodStart(span.start) < periodStart(start)
            ? span.start
            : start;
    if (end !== undefined)
      end =
        span.end === undefined ? undefined : periodEnd(span.end) > periodEnd(end) ? span.end : end;
  }
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

/** The same days covered? Open bounds are open (`2025-04` and `2025-04-01…2025-04-30` are). */
export function sameDays(a: DateBounds, b: DateBounds): boolean {
  const startOf = (bounds: DateBounds) =>
    bounds.start === undefined ? -Infinity : periodStart(bounds.start);
  const endOf = (bounds: DateBounds) =>
    bounds.end === undefined ? Infinity : periodEnd(bounds.end);
  return startOf(a) === startOf(b) && endOf(a) === endOf(b);
}

/** Gephi's notation for spans, as attributes.spells keeps them: `<[a, b]; [c, Infinity]>`. */
export function formatTimeSet(spans: readonly DateBounds[]): string {
  const bound = (date: string | undefined, open: string) => date ?? open;
  return `<${spans.map((span) => `[${bound(span.start, "-Infinity")}, ${bound(span.end, "Infinity")}]`).join("; ")}>`;
}
