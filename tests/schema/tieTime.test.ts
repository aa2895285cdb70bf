import { describe, expect, it } from "vitest";
import {
  formatTieTime,
  formatWindow,
  overlapsWindow,
  shortTieTime,
  tieInterval,
  tieDateSpan,
  tieSortKey,
  timePrecision,
} from "../../src/schema/tieTime";
import { isoDay, periodStart } from "../../src/schema/partialDate";

const day = { start: "2025-04-22" };
const month = { start: "2025-03" };
const lateApril = {
  start: "2025-04-21",
  end: "2025-04-30",
  approximate: true,
  label: "late April 2025",
};
const until = { end: "2025-05-12" };
const windowOf = (from: string, to: string) => ({ start: periodStart(from), end: periodStart(to) });

describe("tie time", () => {
  it("derives the precision a time was reported with", () => {
    expect(timePrecision(day)).toBe("day");
    expect(timePrecision(month)).toBe("month");
    expect(timePrecision({ start: "2024" })).toBe("year");
    expect(timePrecision(lateApril)).toBe("approximate");
    expect(timePrecision({ start: "2025-04-29", end: "2025-05-12" })).toBe("range");
    expect(timePrecision(undefined)).toBe("undated");
  });

  it("turns times into half-open UTC intervals", () => {
    const i = tieInterval(lateApril);
    expect(i && [isoDay(i.start), isoDay(i.end)]).toEqual(["2025-04-21", "2025-05-01"]);
    const m = tieInterval(month);
    expect(m && [isoDay(m.start), isoDay(m.end)]).toEqual(["2025-03-01", "2025-04-01"]);
    expect(tieInterval(until)?.start).toBe(-Infinity);
    expect(tieInterval(undefined)).toBeUndefined();
  });

  it.each([
    ["exact day inside", day, "2025-04-22", "2025-04-23", true],
    ["exact day just before the window", day, "2025-04-23", "2025-05-01", false],
    ["exact day on the window's exclusive end", day, "2025-04-01", "2025-04-22", false],
    ["month overlapping the window's first day", month, "2025-03-31", "2025-04-10", true],
    ["month entirely before", month, "2025-04-01", "2025-05-01", false],
    ["approximate range touching the window", lateApril, "2025-04-30", "2025-05-05", true],
    ["approximate range after", lateApril, "2025-05-01", "2025-05-13", false],
    ["open start reaching back", until, "2024-01-01", "2024-02-01", true],
    ["open start ended before", until, "2025-05-13", "2025-06-01", false],
  ])("%s", (_name, time, from, to, expected) => {
    expect(overlapsWindow(time, windowOf(from, to))).toBe(expected);
  });

  it("never puts an undated tie in a window", () => {
    expect(overlapsWindow(undefined, windowOf("1900", "2100"))).toBe(false);
  });

  it("says the reported wording and the span it stands for", () => {
    expect(formatTieTime(day)).toBe("22 April 2025");
    expect(formatTieTime(lateApril)).toBe("late April 2025 (c. 21–30 April 2025)");
    expect(formatTieTime({ start: "2025-04-29", end: "2025-05-12" })).toBe(
      "29 April – 12 May 2025",
    );
    expect(formatTieTime(until)).toBe("until 12 May 2025");
    expect(formatTieTime(undefined)).toBe("date not reported");
    expect(shortTieTime(lateApril)).toBe("late April 2025");
    expect(shortTieTime(undefined)).toBe("undated");
  });

  it("sorts undated ties last and open starts by their end", () => {
    expect(tieSortKey(undefined)).toBe(Infinity);
    expect(tieSortKey(until)).toBeLessThan(tieSortKey({ start: "2025-05-13" }));
    expect(tieSortKey(month)).toBeLessThan(tieSortKey(day));
  });
});

describe("dates at their precision", () => {
  it.each([
    ["a year", { start: "2024" }, "2024", "2024"],
    ["a month", month, "March 2025", "March 2025"],
    ["a day", day, "22 April 2025", "22 April 2025"],
    [
      "a range within a month",
      { start: "2025-04-21", end: "2025-04-30" },
      "21–30 April 2025",
      "21–30 April 2025",
    ],
    [
      "a range across months",
      { start: "2025-04-29", end: "2025-05-12" },
      "29 April – 12 May 2025",
      "29 April – 12 May 2025",
    ],
    [
      "a range of months",
      { start: "2025-06", end: "2025-12" },
      "June–December 2025",
      "June–December 2025",
    ],
    [
      "an approximate range with the report's words",
      lateApril,
      "c. 21–30 April 2025",
      "late April 2025 (c. 21–30 April 2025)",
    ],
    [
      "an approximate month",
      { start: "2025-03", approximate: true },
      "c. March 2025",
      "c. March 2025",
    ],
    ["an open start", until, "until 12 May 2025", "until 12 May 2025"],
    ["no date", undefined, "undated", "date not reported"],
  ])("%s: %s in lists, %s in the details", (_name, time, span, details) => {
    expect(tieDateSpan(time)).toBe(span);
    expect(formatTieTime(time)).toBe(details);
  });

  it("states a window at the precision it was given", () => {
    expect(formatWindow({ from: "2025-04-22", to: "2025-04-22" })).toBe("22 April 2025");
    expect(formatWindow({ from: "2025-04-21", to: "2025-05-12" })).toBe("21 April – 12 May 2025");
    expect(formatWindow({ from: "2025-04", to: "2025-05" })).toBe("April–May 2025");
    expect(formatWindow({ from: "2024", to: "2025" })).toBe("2024–2025");
  });
});
