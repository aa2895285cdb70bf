// Characters that change how text looks without being seen: the bidi controls that can make
// "‮samaH" read as "Hamas" (or a tie's ends swap sides) and the other invisible format characters
// (Unicode category Cf: zero-width space, soft hyphen, word joiner, tags…). Control characters
// (category Cc) are data the exports carry exactly, so they stay. Pure string functions, used on
// every imported document (sanitizeImported) and on the messages shown about files.

/**
 * Format characters that draw a visible mark or that a script needs, so they stay: Arabic number
 * signs and end of ayah (U+0600–0605, U+06DD), the Syriac abbreviation mark, Arabic pound and
 * piastre marks (U+0890–0891, U+08E2), the Kaithi number signs, Egyptian hieroglyph and Duployan
 * shorthand format controls (their scripts cannot be written without them).
 */
const NEEDED_FORMAT =
  /^[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}\u{13430}-\u{1345F}\u{1BCA0}-\u{1BCA3}]$/u;

/** The explicit bidi controls (embeddings, overrides, isolates, marks): never kept. */
const BIDI_CONTROL = /^[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]$/u;

/**
 * What is looked at: a flag's tag sequence (kept whole), a zero-width (non-)joiner (kept between
 * two visible characters: emoji sequences, Persian and Indic spelling need them), or any other
 * format character.
 */
const CANDIDATES = /\u{1F3F4}[\u{E0020}-\u{E007E}]{1,32}\u{E007F}|[\u200C\u200D]|\p{Cf}/gu;
const VISIBLE_NEIGHBOUR = /^[^\s\p{Cf}]$/u;
/** Cheap test first: most text has no format character at all. */
const ANY_FORMAT = /\p{Cf}/u;

export interface CleanedText {
  text: string;
  /** The code points taken out, each once, in order of appearance ("U+202E"). */
  removed: string[];
  /** Whether any of them was a bidi control. */
  bidi: boolean;
}

export const codePointName = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** The character before `index` and the one from `index` on (whole code points). */
function neighbours(text: string, index: number, length: number): [string, string] {
  const before = text.codePointAt(index - 1);
  const lead = index >= 2 ? text.codePointAt(index - 2) : undefined;
  const previous =
    before === undefined
      ? ""
      : before >= 0xdc00 && before <= 0xdfff && lead !== undefined && lead > 0xffff
        ? String.fromCodePoint(lead)
        : String.fromCodePoint(before);
  const after = text.codePointAt(index + length);
  return [previous, after === undefined ? "" : String.fromCodePoint(after)];
}

/** Whether `match` (a CANDIDATES match at `offset`) is hidden: a character to take out. */
function isHidden(text: string, match: string, offset: number): boolean {
  if (match.length > 2) return false; // a flag's tag sequence
  if (match === "\u200C" || match === "\u200D") {
    const [previous, next] = neighbours(text, offset, match.length);
    return !(VISIBLE_NEIGHBOUR.test(previous) && VISIBLE_NEIGHBOUR.test(next));
  }
  return !NEEDED_FORMAT.test(match);
}

/** The text without its hidden characters (see the module comment for what stays). */
export function removeHiddenCharacters(text: string): CleanedText {
  if (!ANY_FORMAT.test(text)) return { text, removed: [], bidi: false };
  const removed = new Set<string>();
  let bidi = false;
  const cleaned = text.replace(CANDIDATES, (match: string, offset: number) => {
    if (!isHidden(text, match, offset)) return match;
    removed.add(codePointName(match));
    if (BIDI_CONTROL.test(match)) bidi = true;
    return "";
  });
  return { text: cleaned, removed: [...removed], bidi };
}

/** Hidden characters written out visibly ("<U+202E>"), for messages that quote a file's text. */
export function showHiddenCharacters(text: string): string {
  if (!ANY_FORMAT.test(text)) return text;
  return text.replace(CANDIDATES, (match: string, offset: number) =>
    isHidden(text, match, offset) ? `<${codePointName(match)}>` : match,
  );
}

/** At most `max` UTF-16 units without splitting a surrogate pair, with "…" when cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
