import { describe, expect, it } from "vitest";
import {
  datePrecision,
  formatPartialDate,
  isPartialDate,
  isoDay,
  periodEnd,
  periodStart,
} from "../../src/schema/partialDate";

describe("partial dates", () => {
  it.each([
    ["2025", true],
    ["2025-04", true],
    ["2025-04-22", true],
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2025-04-31", false],
    ["2025-13", false],
    ["25-04-22", false],
    ["2025-4-22", false],
    ["22 April 2025", false],
  ])("accepts %s: %s", (text, valid) => {
    expect(isPartialDate(text)).toBe(valid);
  });

  it("knows the precision from the length", () => {
    expect([datePrecision("2025"), datePrecision("2025-03"), datePrecision("2025-03-07")]).toEqual([
      "year",
      "month",
      "day",
    ]);
  });

  it("covers the whole period it names, end exclusive", () => {
    expect(isoDay(periodStart("2025-03"))).toBe("2025-03-01");
    expect(isoDay(periodEnd("2025-03"))).toBe("2025-04-01");
    expect(isoDay(periodEnd("2024"))).toBe("2025-01-01");
    expect(isoDay(periodEnd("2025-12-31"))).toBe("2026-01-01");
  });

  it("says dates the way a reporter writes them", () => {
    expect(formatPartialDate("2025-04-22")).toBe("22 April 2025");
    expect(formatPartialDate("2025-03")).toBe("March 2025");
    expect(formatPartialDate("2024")).toBe("2024");
  });
});
