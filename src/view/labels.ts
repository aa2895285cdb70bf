// Actor labels: wrapping long names into lines and estimating their size without a DOM, so the
// layout can keep labels apart and the result is the same in Node, a worker and the browser.
import { THEME } from "./encodings";

const MAX_LINE_CHARS = 18;
/** A line longer than this (one long word, or the third line's leftovers) ends in "…": the
 * picture shows a label, the details panel the whole name. A 1,000-character name must not
 * widen the picture's bounds until fitting it leaves a dot. */
const MAX_LABEL_LINE = 2 * MAX_LINE_CHARS;

function capLine(line: string): string {
  if (line.length <= MAX_LABEL_LINE) return line;
  let cut = line.slice(0, MAX_LABEL_LINE - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // not half an emoji
  return `${cut.trimEnd()}…`;
}

/** Break a name into at most three lines of about 18 characters, at spaces. */
export function wrapLabel(name: string): string[] {
  return wrapWords(name).map(capLine);
}

function wrapWords(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= MAX_LINE_CHARS) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length > 3) return [...lines.slice(0, 2), `${lines.slice(2).join(" ")}`];
  return lines;
}

// Advance widths of a 12 px semi-bold system sans, in ems. Calibrated on DejaVu Sans Bold (the
// widest common fallback, measured in Chromium) so estimates err wide on other systems.
const NARROW = /[ijlrtfI.,'’:;!|()-]/;
const WIDE = /[mwMWOQGDHNU@%&]/;

/** Estimated width in px of a label line at the theme's label size. */
export function estimateTextWidth(text: string, size: number = THEME.labelSize): number {
  let units = 0;
  for (const ch of text) {
    if (ch === " ") units += 0.34;
    else if (NARROW.test(ch)) units += 0.4;
    else if (WIDE.test(ch)) units += 0.98;
    else if (/[A-Z]/.test(ch)) units += 0.78;
    else units += 0.7;
  }
  return units * size;
}

export interface LabelBox {
  lines: string[];
  width: number;
  height: number;
}

const measured = new Map<string, LabelBox>();

/** Lines and size of a name's label; names repeat on every redraw, so results are kept. */
export function measureLabel(name: string): LabelBox {
  let box = measured.get(name);
  if (!box) {
    box = measureUncached(name);
    if (measured.size > 50_000) measured.clear();
    measured.set(name, box);
  }
  return box;
}

function measureUncached(name: string): LabelBox {
  const lines = wrapLabel(name);
  return {
    lines,
    // wrapped lines carry a trailing space on screen (so the text reads as the whole name)
    width: Math.max(
      ...lines.map((line, i) => estimateTextWidth(i < lines.length - 1 ? `${line} ` : line)),
    ),
    height: lines.length * THEME.labelLineHeight,
  };
}
