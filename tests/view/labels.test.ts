import { describe, expect, it } from "vitest";
import { measureLabel, wrapLabel } from "../../src/view/labels";

describe("actor labels", () => {
  it("wrap a name into lines of about 18 characters", () => {
    expect(wrapLabel("Hamas official outside Gaza")).toEqual(["Hamas official", "outside Gaza"]);
  });

  it("end a line longer than 36 characters in …, so a long name keeps the picture's size", () => {
    const word = "x".repeat(10_000);
    expect(wrapLabel(word)).toEqual([`${"x".repeat(35)}…`]);
    // 13 words of 5 letters: two lines of three words, then the other seven on one line, cut.
    const words = Array.from({ length: 13 }, (_, i) => `w${String(i).padStart(4, "0")}`);
    expect(wrapLabel(words.join(" "))).toEqual([
      "w0000 w0001 w0002",
      "w0003 w0004 w0005",
      "w0006 w0007 w0008 w0009 w0010 w0011…",
    ]);
    // At most 36 characters of about 0.7 em at 12 px: well under 400 px.
    expect(measureLabel(word).width).toBeLessThan(400);
  });

  it("never cuts an emoji in half", () => {
    const line = wrapLabel(`${"x".repeat(34)}😀😀`)[0]!;
    expect(line).toBe(`${"x".repeat(34)}…`);
  });
});
