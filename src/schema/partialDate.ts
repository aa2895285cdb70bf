// Partial ISO dates ("2025", "2025-04", "2025-04-22") as reporting gives them, and the UTC day
// intervals they cover. Pure; no DOM, no local time zones.

export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export type DatePrecision = "year" | "month" | "day";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const DAY_MS = 86_400_000;

export function datePrecision(date: string): DatePrecision {
  if (date.length === 4) return "year";
  if (date.length === 7) return "month";
  return "day";
}

/**
 * Networks repeat the same few hundred dates across thousands of ties, and opening, sorting and
 * drawing a timeline read each many times: what a date string means is remembered (up to a bound,
 * so a hostile file cannot grow it without end).
 */
const MEMO_LIMIT = 20_000;
const partsMemo = new Map<string, readonly [number, number, number]>();
const validMemo = new Map<string, boolean>();

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function parts(date: string): readonly [number, number, number] {
  const known = partsMemo.get(date);
  if (known) return known;
  const [y, m, d] = date.split("-").map(Number);
  return remember(partsMemo, date, [y ?? 0, m ?? 1, d ?? 1] as const);
}

/** True when the string is a partial date naming a day that exists (no 31 April). */
export function isPartialDate(date: string): boolean {
  const known = validMemo.get(date);
  if (known !== undefined) return known;
  return remember(validMemo, date, checkPartialDate(date));
}

function checkPartialDate(date: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(date)) return false;
  if (datePrecision(date) !== "day") return true;
  const [y, m, d] = parts(date);
  const check = new Date(Date.UTC(y, m - 1, d));
  return check.getUTCMonth() === m - 1 && check.getUTCDate() === d;
}

/** First millisecond (UTC) of the period a partial date names. */
export function periodStart(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

/** First millisecond (UTC) after the period a partial date names (exclusive end). */
export function periodEnd(date: string): number {
  const [y, m, d] = parts(date);
  switch (datePrecision(date)) {
    case "year":
      return Date.UTC(y + 1, 0, 1);
    case "month":
      return Date.UTC(y, m, 1);
    case "day":
      return Date.UTC(y, m - 1, d) + DAY_MS;
  }
}

/** "22 April 2025", "April 2025" or "2025". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = parts(date);
  switch (datePrecision(date)) {
    case "year":
      return String(y);
    case "month":
      return `${MONTHS[m - 1] ?? ""} ${y}`;
    case "day":
      return `${d} ${MONTHS[m - 1] ?? ""} ${y}`;
  }
}

/** The ISO day ("2025-04-22") of a UTC millisecond timestamp. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export { DAY_MS };
