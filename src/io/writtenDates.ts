// Dates as people write them in spreadsheets and notes, where they cannot be misread: an English
// month name with a year ("May 2025", "Sept. 2024"), a day, a month name and a year in either order
// ("12 May 2025", "May 12, 2025", "Monday, 12 May 2025"), and year-first numbers with slashes or
// dots ("2025/05/12", "2025.05"). Day-month-year numbers ("03/05/2025") are left alone: they read as
// 3 May in Europe and 5 March in the United States, and guessing would invent a date. Pure.
import { isPartialDate } from "../schema/partialDate";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "may" → 5, "sept" → 9, "Sep." → 9; undefined for anything else. */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const index = MONTHS.findIndex((name) => name === w || (name.startsWith(w) && w.length <= 4));
  return index < 0 ? undefined : index + 1;
}

const two = (n: number) => String(n).padStart(2, "0");

function partial(year: string, month?: number, day?: string): string | undefined {
  const date =
    month === undefined
      ? year
      : day === undefined
        ? `${year}-${two(month)}`
        : `${year}-${two(month)}-${two(Number(day))}`;
  return isPartialDate(date) ? date : undefined;
}

const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const MONTH_YEAR = /^([a-z]{3,9}\.?),?\s+(\d{4})$/i;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9}\.?),?\s+(\d{4})$`,
  "i",
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`^${WEEKDAY}([a-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`,
  "i",
);
const YEAR_FIRST = /^(\d{4})([/.])(\d{1,2})(?:\2(\d{1,2}))?$/;

/** The partial date a written date means, or undefined when it is not one of the forms above. */
export function writtenDateOf(text: string): string | undefined {
  const value = text.trim().replace(/\s+/g, " ");
  let match = MONTH_YEAR.exec(value);
  if (match) {
    const month = monthOf(match[1] ?? "");
    return month === undefined ? undefined : partial(match[2] ?? "", month);
  }
  match = DAY_MONTH_YEAR.exec(value);
  if (match) {
    const month = monthOf(match[2] ?? "");
    return month === undefined ? undefined : partial(match[3] ?? "", month, match[1]);
  }
  match = MONTH_DAY_YEAR.exec(value);
  if (match) {
    const month = monthOf(match[1] ?? "");
    return month === undefined ? undefined : partial(match[3] ?? "", month, match[2]);
  }
  match = YEAR_FIRST.exec(value);
  if (match) return partial(match[1] ?? "", Number(match[3]), match[4]);
  return undefined;
}
