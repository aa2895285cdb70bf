// A file's bytes as text, in the encoding it was written in. Most files are UTF-8, but Excel on
// Windows saves "CSV" in the Windows code page (Windows-1252 for Western European names:
// "Réunion" as the single byte E9) and "Unicode Text" as UTF-16 with a byte-order mark; read as
// UTF-8, their accented letters became U+FFFD and UTF-16 became unreadable. Pure.

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const NAMES: Record<Exclude<TextEncoding, "utf-8">, string> = {
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
  "windows-1252": "Windows-1252 (Western European)",
};

/**
 * The text of the bytes: by their byte-order mark (UTF-8, UTF-16), else UTF-8 if they are valid
 * UTF-8, else UTF-16 when every other byte of the start is zero (text without a mark), else
 * Windows-1252, which gives every byte a character (a file of another single-byte code page reads
 * with a few wrong letters rather than not at all; the warning says which encoding was used).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === 0xef && b === 0xbb && bytes[2] === 0xbf) return utf8(bytes);
  if (a === 0xff && b === 0xfe) return decoded(bytes, "utf-16le");
  if (a === 0xfe && b === 0xff) return decoded(bytes, "utf-16be");
  const unmarked = unmarkedUtf16(bytes); // (zero bytes are valid UTF-8: asked first)
  if (unmarked) return decoded(bytes, unmarked);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: windows1252(bytes), encoding: "windows-1252" };
  }
}

/** 0x80–0x9F in Windows-1252 (the rest is Latin-1); undefined bytes stay their C1 controls. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 by its own table: runtimes differ on the label (Node without full ICU reads it as
 * Latin-1, which puts C1 controls where the euro sign and curly quotes are).
 */
function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = new Uint16Array(8192);
  for (let start = 0; start < bytes.length; start += chunk.length) {
    const end = Math.min(start + chunk.length, bytes.length);
    for (let i = start; i < end; i++) {
      const byte = bytes[i] as number;
      chunk[i - start] = byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] as number) : byte;
    }
    parts.push(String.fromCharCode(...chunk.subarray(0, end - start)));
  }
  return parts.join("");
}

/** A warning for a file that was not UTF-8, or undefined. */
export function encodingWarning(file: string, encoding: TextEncoding): string | undefined {
  return encoding === "utf-8"
    ? undefined
    : `${file} is not UTF-8: it was read as ${NAMES[encoding]}. If names look wrong, save it as UTF-8 and open it again`;
}

const utf8 = (bytes: Uint8Array): DecodedText => ({
  text: new TextDecoder("utf-8").decode(bytes),
  encoding: "utf-8",
});

const decoded = (bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodedText => ({
  text: new TextDecoder(encoding).decode(bytes),
  encoding,
});

/** UTF-16 without a mark: in the first 64 bytes of text in Latin letters, every other byte is 0. */
function unmarkedUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros === pairs && evenZeros === 0) return "utf-16le";
  if (evenZeros === pairs && oddZeros === 0) return "utf-16be";
  return undefined;
}
