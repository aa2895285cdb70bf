// The date window the timeline's From date and To date fields ask for, whichever of them the user
// has filled in. Pure.
import { DAY_MS, isoDay } from "../schema/partialDate";

/**
 * The window for the two fields' values ("YYYY-MM-DD" or ""), given the dated ties' span
 * ([start, end) in UTC ms; undefined when no tie is dated): both empty clears the window (null);
 * one date alone reaches to the last (or from the first) dated tie, or is a single day when it
 * lies past them, or clears the window when it reaches past every dated tie on its side (so
 * emptying one field, then the other, clears it); two dates in the wrong order are taken in order.
 */
export function typedWindow(
  from: string,
  to: string,
  dated: { start: number; end: number } | undefined,
): { from: string; to: string } | null {
  if (from === "" && to === "") return null;
  const first = dated ? isoDay(dated.start) : undefined;
  const last = dated ? isoDay(dated.end - DAY_MS) : undefined;
  if (to === "") {
    if (first !== undefined && from <= first) return null;
    return { from, to: last !== undefined && last > from ? last : from };
  }
  if (from === "") {
    if (last !== undefined && to >= last) return null;
    return { from: first !== undefined && first < to ? first : to, to };
  }
  return from <= to ? { from, to } : { from: to, to: from };
}
