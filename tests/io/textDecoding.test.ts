import { describe, expect, it } from "vitest";
import { decodeText, encodingWarning } from "../../src/io/textDecoding";
import { importFromFiles } from "../../src/io/importFromFiles";

const bytes = (...values: number[]) => new Uint8Array(values);
/** "Source,Target\nRéunion,Zoë\n" as Excel on Windows writes it: one byte a letter (CP-1252). */
const cp1252 = bytes(
  ...[..."Source,Target\nR"].map((c) => c.charCodeAt(0)),
  0xe9, // é
  ...[..."union,Zo"].map((c) => c.charCodeAt(0)),
  0xeb, // ë
  0x0a,
);
/** The same text as UTF-16 little-endian with its mark, as Excel's "Unicode Text". */
const utf16le = (text: string, mark = true) =>
  bytes(...(mark ? [0xff, 0xfe] : []), ...[...text].flatMap((c) => [c.charCodeAt(0), 0]));

describe("a file's text in its own encoding", () => {
  it("reads UTF-8, with or without its mark", () => {
    expect(decodeText(bytes(0x52, 0xc3, 0xa9, 0x75))).toEqual({ text: "Réu", encoding: "utf-8" });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: "A", encoding: "utf-8" });
  });

  it("reads Windows-1252 where the bytes are not UTF-8", () => {
    expect(decodeText(cp1252)).toEqual({
      text: "Source,Target\nRéunion,Zoë\n",
      encoding: "windows-1252",
    });
    // 0x80 is the euro sign there
    expect(decodeText(bytes(0x80, 0x31)).text).toBe("€1");
  });

  it("reads UTF-16 by its mark, and without one when every other byte is zero", () => {
    expect(decodeText(utf16le("Source\tTarget"))).toEqual({
      text: "Source\tTarget",
      encoding: "utf-16le",
    });
    expect(decodeText(bytes(0xfe, 0xff, 0, 0x41, 0, 0x42))).toEqual({
      text: "AB",
      encoding: "utf-16be",
    });
    expect(decodeText(utf16le("Source,Target\n", false)).encoding).toBe("utf-16le");
  });

  it("says when a file was not UTF-8", () => {
    expect(encodingWarning("a.csv", "utf-8")).toBeUndefined();
    expect(encodingWarning("a.csv", "windows-1252")).toBe(
      "a.csv is not UTF-8: it was read as Windows-1252 (Western European). If names look wrong, save it as UTF-8 and open it again",
    );
  });

  it("opens a spreadsheet's CP-1252 CSV with its accents, and says how it was read", async () => {
    const result = await importFromFiles([new File([cp1252], "excel.csv")]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.actors.map((actor) => actor.name)).toEqual(["Réunion", "Zoë"]);
    expect(result.warnings[0]).toMatch(/^excel\.csv is not UTF-8: it was read as Windows-1252/);
  });

  it("opens Excel's Unicode Text (UTF-16, tab-separated)", async () => {
    const result = await importFromFiles([
      new File([utf16le("Source\tTarget\r\nAlice\tBob\r\n")], "contacts.txt"),
    ]);
    expect(result.ok && result.document.ties.length).toBe(1);
  });
});
