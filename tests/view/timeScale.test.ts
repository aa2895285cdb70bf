import { describe, expect, it } from "vitest";
import { timeScale, type Span } from "../../src/view/timeScale";
import { timeTicks } from "../../src/view/timeTicks";
import { isoDay } from "../../src/schema/partialDate";

const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);
const DAY = 86_400_000;
/** A span of whole days, end exclusive: from the first day to the day after the last. */
const days = (first: string, last = first): Span => ({ start: utc(first), end: utc(last) + DAY });
const stretchesOf = (spans: Span[], width: number) =>
  timeScale(spans, width).stretches.map((s) => [
    isoDay(s.from),
    isoDay(s.to),
    s.compressed ? "compressed" : "linear",
  ]);

// The seed's shape: one tie dated "2024", a month (March 2025) and ten ties in 21 April – 12 May.
const seedLike: Span[] = [
  days("2024-01-01", "2024-12-31"),
  days("2025-03-01", "2025-03-31"),
  days("2025-04-21", "2025-04-30"),
  days("2025-04-21", "2025-05-12"),
  ...["2025-04-22", "2025-04-22", "2025-04-22", "2025-04-22", "2025-05-12"].map((d) => days(d)),
  days("2025-04-29", "2025-05-12"),
  days("2025-04-29", "2025-05-12"),
  // "until 12 May 2025": an open start, placed at its last day.
  { start: -Infinity, end: utc("2025-05-13") },
];

describe("the timeline's time scale", () => {
  it("squeezes the lone 2024 tie into a compressed stretch and gives the rest to March–May 2025", () => {
    // Twelve ties: 90 % is eleven. The shortest stretch holding eleven whole runs from 1 March
    // to the end of 12 May (73 days), under 40 % of the 498 days from 1 January 2024.
    expect(stretchesOf(seedLike, 1000)).toEqual([
      ["2024-01-01", "2025-03-01", "compressed"],
      ["2025-03-01", "2025-05-13", "linear"],
    ]);
    const scale = timeScale(seedLike, 1000);
    // 6 px margins; the compressed stretch gets 7 % of the 988 px between them (69.16 px);
    // the 73 days of the focus share the other 918.84 px: 12.587 px a day.
    expect(scale.toX(utc("2025-03-01"))).toBeCloseTo(6 + 69.16, 1);
    expect(scale.toX(utc("2025-04-01"))).toBeCloseTo(75.16 + 31 * 12.587, 0);
    expect(scale.toX(utc("2025-05-13"))).toBeCloseTo(994, 5);
    // 21 April – 12 May, 22 days: 277 px, where a linear axis over all 498 days gave it 44 px.
    const aprilToMay = scale.toX(utc("2025-05-13")) - scale.toX(utc("2025-04-21"));
    expect(aprilToMay).toBeCloseTo(22 * 12.587, 0);
  });

  it("keeps time linear inside a stretch and maps pixels back to time", () => {
    const scale = timeScale(seedLike, 800);
    const x = (d: string) => scale.toX(utc(d));
    // March has 31 days, April 30.
    expect((x("2025-05-01") - x("2025-04-01")) / (x("2025-04-01") - x("2025-03-01"))).toBeCloseTo(
      30 / 31,
      6,
    );
    for (const d of ["2024-06-15", "2025-01-20", "2025-04-22", "2025-05-12"])
      expect(scale.toTime(x(d))).toBeCloseTo(utc(d), -3);
    // Order is kept across the compressed stretch.
    expect(x("2024-01-01")).toBeLessThan(x("2024-12-31"));
    expect(x("2024-12-31")).toBeLessThan(x("2025-02-28"));
    expect(x("2025-02-28")).toBeLessThan(x("2025-03-02"));
  });

  it("squeezes a long empty gap between two clusters", () => {
    // Five days in January 2024, five in January 2025: the focus needs both (nine of ten), so the
    // edges stay; the 361 empty days between them are longer than a month and than a fifth of
    // the focus, so they are squeezed, and the two weeks share the rest equally.
    const spans = [1, 2, 3, 4, 5].flatMap((d) => [days(`2024-01-0${d}`), days(`2025-01-0${d}`)]);
    expect(stretchesOf(spans, 600)).toEqual([
      ["2024-01-01", "2024-01-06", "linear"],
      ["2024-01-06", "2025-01-01", "compressed"],
      ["2025-01-01", "2025-01-06", "linear"],
    ]);
    const [first, , last] = timeScale(spans, 600).stretches;
    expect(first!.x1 - first!.x0).toBeCloseTo(last!.x1 - last!.x0, 6);
  });

  it("leaves ties spread evenly on a plain linear axis", () => {
    const spans = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map(
      (m) => days(`2024-${m}-10`),
    );
    expect(stretchesOf(spans, 600)).toEqual([["2024-01-10", "2024-12-11", "linear"]]);
    // A gap of three weeks inside is not long: under a month.
    const gapped = [days("2025-04-01"), days("2025-04-02"), days("2025-04-23"), days("2025-04-24")];
    expect(stretchesOf(gapped, 600)).toEqual([["2025-04-01", "2025-04-25", "linear"]]);
  });

  it("never shows less than a week", () => {
    const scale = timeScale([days("2025-04-22")], 300);
    expect(isoDay(scale.end)).toBe("2025-04-29");
  });
});

describe("the axis ticks", () => {
  const labels = (width: number) => timeTicks(timeScale(seedLike, width)).map((t) => t.label);

  it("labels the compressed year with the year and the focus by week on a wide axis", () => {
    // 12.6 px a day: weeks (88 px apart) fit, days (12.6 px) do not.
    expect(labels(1000)).toEqual([
      "2024",
      "1 Mar 2025",
      "8 Mar",
      "15 Mar",
      "22 Mar",
      "1 Apr",
      "8 Apr",
      "15 Apr",
      "22 Apr",
      "1 May",
      "8 May",
    ]);
  });

  it("labels months on a phone-wide axis", () => {
    // 300 px: the focus gets about 252 px for 73 days, 3.5 px a day: months fit, weeks do not.
    expect(labels(300)).toEqual(["2024", "Mar 2025", "Apr", "May"]);
  });

  it("never lets two labels overlap", () => {
    for (const width of [200, 300, 500, 800, 1200]) {
      const ticks = timeTicks(timeScale(seedLike, width));
      const boxes = ticks.map((t) => {
        const w = t.label.length * 6 + 4;
        const left = t.anchor === "start" ? t.x : t.anchor === "end" ? t.x - w : t.x - w / 2;
        return [left, left + w] as const;
      });
      for (let i = 1; i < boxes.length; i++)
        expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1]);
    }
  });
});
