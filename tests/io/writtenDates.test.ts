import { describe, expect, it } from "vitest";
import { writtenDateOf } from "../../src/io/writtenDates";
import { partialDateOf } from "../../src/io/foreignValues";
import { importCsvFiles } from "../../src/io/index";

describe("dates written out", () => {
  it.each([
    ["May 2025", "2025-05"],
    ["may 2025", "2025-05"],
    ["Sept. 2024", "2024-09"],
    ["Sep 2024", "2024-09"],
    ["December, 2024", "2024-12"],
    ["12 May 2025", "2025-05-12"],
    ["1st March 2025", "2025-03-01"],
    ["12 of May 2025", "2025-05-12"],
    ["May 12, 2025", "2025-05-12"],
    ["Monday, 12 May 2025", "2025-05-12"],
    ["Mon May 12 2025", "2025-05-12"],
    ["  22  April   2025 ", "2025-04-22"],
    ["2025/05/12", "2025-05-12"],
    ["2025/5/2", "2025-05-02"],
    ["2025.05", "2025-05"],
  ])("reads %j as %s", (text, date) => {
    expect(writtenDateOf(text)).toBe(date);
  });

  it.each([
    "03/05/2025", // 3 May or 5 March: not guessed
    "05/2025",
    "12.05.2025",
    "May", // no year
    "summer 2025",
    "Ma 2025",
    "31 April 2025", // no such day
    "29 February 2025",
    "2025/13/01",
    "2025/05.12",
    "May 12 2025 10:00",
    "",
  ])("leaves %j alone", (text) => {
    expect(writtenDateOf(text)).toBeUndefined();
  });

  it("is what a file's date column falls back to after ISO dates", () => {
    expect(partialDateOf("2025-05-12T10:00:00Z")).toBe("2025-05-12");
    expect(partialDateOf("12 May 2025")).toBe("2025-05-12");
    expect(partialDateOf("29 February 2024")).toBe("2024-02-29");
    expect(partialDateOf("22/04/2025")).toBeUndefined();
  });

  it("dates a tie from a spreadsheet written by hand, and names the date it cannot read", () => {
    const result = importCsvFiles([
      {
        name: "contacts.csv",
        text: 'From,To,Relationship,Date\nAlice,Bob,met with,May 2025\nBob,Carol,called,"May 12, 2025"\nCarol,Alice,called,03/05/2025\n',
      },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second, third] = result.document.ties;
    expect(first?.time).toEqual({ start: "2025-05" });
    expect(first?.attributes?.Date).toBeUndefined();
    expect(second?.time).toEqual({ start: "2025-05-12" });
    expect(third?.time).toBeUndefined();
    expect(third?.attributes?.Date).toBe("03/05/2025");
    expect(result.warnings).toEqual([
      'contacts.csv row 4: Date "03/05/2025" is not a date Backchannel reads (YYYY, YYYY-MM, YYYY-MM-DD or written out, like 12 May 2025); kept as an attribute',
    ]);
  });
});
