import { describe, expect, it } from "vitest";
import {
  removeHiddenCharacters,
  showHiddenCharacters,
  truncateText,
} from "../../src/io/hiddenCharacters";

describe("hidden characters", () => {
  it.each([
    // [what, text, cleaned, removed, bidi]
    ["a right-to-left override", "\u202EsamaH", "samaH", ["U+202E"], true],
    [
      "an override and its pop",
      "\u202Esetats detinU\u202C",
      "setats detinU",
      ["U+202E", "U+202C"],
      true,
    ],
    [
      "isolates and marks",
      "\u2067a\u2069\u200Eb\u200F\u061C",
      "ab",
      ["U+2067", "U+2069", "U+200E", "U+200F", "U+061C"],
      true,
    ],
    ["a zero-width space", "Ha\u200Bmas", "Hamas", ["U+200B"], false],
    ["a soft hyphen and a word joiner", "Ha\u00ADm\u2060as", "Hamas", ["U+00AD", "U+2060"], false],
    ["a byte-order mark inside", "Wit\uFEFFkoff", "Witkoff", ["U+FEFF"], false],
    [
      "tag characters hiding text",
      "Hamas\u{E0068}\u{E0069}",
      "Hamas",
      ["U+E0068", "U+E0069"],
      false,
    ],
    ["a joiner with nothing visible after it", "Hamas\u200D", "Hamas", ["U+200D"], false],
    ["a non-joiner before a space", "Ali\u200C Reza", "Ali Reza", ["U+200C"], false],
  ])("removes %s", (_what, text, cleaned, removed, bidi) => {
    expect(removeHiddenCharacters(text)).toEqual({ text: cleaned, removed, bidi });
  });

  it.each([
    ["a family emoji (joiners between emoji)", "👨\u200D👩\u200D👧"],
    ["Persian spelling (a non-joiner between letters)", "می\u200Cخواهم"],
    ["a Devanagari conjunct (a joiner between letters)", "क्\u200Dष"],
    [
      "the flag of England (a tag sequence)",
      "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
    ],
    ["an Arabic number sign, which is drawn", "\u0600١٢"],
    ["plain text", "Bishara Bahbah"],
    ["tabs and line breaks", "a\tb\r\nc\nd"],
    ["control characters, which are data the exports carry exactly", "Bell\u0007 here\u0000"],
    ["right-to-left text without controls", "حماس"],
  ])("keeps %s", (_what, text) => {
    expect(removeHiddenCharacters(text)).toEqual({ text, removed: [], bidi: false });
  });

  it("writes hidden characters out visibly for messages", () => {
    expect(showHiddenCharacters('no actor "\u202Ex\u200B"')).toBe('no actor "<U+202E>x<U+200B>"');
    expect(showHiddenCharacters("👨\u200D👩")).toBe("👨\u200D👩");
  });

  it("cuts text to a length without splitting a surrogate pair", () => {
    expect(truncateText("abcdef", 6)).toBe("abcdef");
    expect(truncateText("abcdefg", 6)).toBe("abcde…");
    // "abcd" + 😀 (two code units): cutting at 5 would split the emoji, so it goes whole.
    expect(truncateText("abcd😀xyz", 6)).toBe("abcd…");
    expect(truncateText("abc😀xyz", 6)).toBe("abc😀…");
  });
});
