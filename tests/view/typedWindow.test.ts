import { describe, expect, it } from "vitest";
import { typedWindow } from "../../src/view/typedWindow";

// The seed's dated ties run from 1 January 2024 to 12 May 2025 inclusive: [start, end) in UTC ms.
const dated = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 4, 13) };

describe("the window the From date and To date fields ask for", () => {
  it("takes two dates as they are, and in order when typed the wrong way round", () => {
    expect(typedWindow("2025-04-01", "2025-05-01", dated)).toEqual({
      from: "2025-04-01",
      to: "2025-05-01",
    });
    expect(typedWindow("2025-05-01", "2025-04-01", dated)).toEqual({
      from: "2025-04-01",
      to: "2025-05-01",
    });
  });

  it("reaches from one date to the last or from the first dated tie", () => {
    expect(typedWindow("2025-05-01", "", dated)).toEqual({ from: "2025-05-01", to: "2025-05-12" });
    expect(typedWindow("", "2025-03-15", dated)).toEqual({ from: "2024-01-01", to: "2025-03-15" });
  });

  it("is the one day when that date lies past the dated ties, or none is dated", () => {
    expect(typedWindow("2026-01-01", "", dated)).toEqual({ from: "2026-01-01", to: "2026-01-01" });
    expect(typedWindow("", "2023-06-30", dated)).toEqual({ from: "2023-06-30", to: "2023-06-30" });
    expect(typedWindow("2025-05-01", "", undefined)).toEqual({
      from: "2025-05-01",
      to: "2025-05-01",
    });
  });

  it("clears the window when both fields are emptied, or one date alone reaches past every tie", () => {
    expect(typedWindow("", "", dated)).toBeNull();
    // From emptied (the field then shows the first dated day), then To emptied: all dates.
    expect(typedWindow("2024-01-01", "", dated)).toBeNull();
    expect(typedWindow("2023-12-31", "", dated)).toBeNull();
    expect(typedWindow("", "2025-05-12", dated)).toBeNull();
  });
});
