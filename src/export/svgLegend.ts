// The exported picture's legend (export/svgDocument.ts): its entries flowed into rows across the
// width, each group under its heading, and the text element both use. Pure, deterministic.
import { THEME } from "../view/encodings";
import { estimateTextWidth } from "../view/labels";
import type { LegendEntry } from "../view/scene";
import { attrs, escapeXml, formatNumber } from "./xml";

/** The legend's and the credit's type size. */
export const SMALL_SIZE = 11;

/** A <text> element: the content escaped, ink unless told. */
export function svgText(
  x: number,
  y: number,
  content: string,
  style: { size: number; weight?: number; fill?: string; anchor?: string },
): string {
  return `<text${attrs({
    x,
    y,
    "font-size": style.size,
    "font-weight": style.weight,
    fill: style.fill ?? THEME.ink,
    "text-anchor": style.anchor,
  })}>${escapeXml(content)}</text>`;
}

/** Legend entries flowed into rows across the available width. */
export function layoutLegend(
  entries: readonly LegendEntry[],
  available: number,
): { markup: string[]; height: number } {
  const markup: string[] = [];
  const ROW = 20;
  let y = 0;
  const groups = (["actor", "colour", "tie", "status"] as const).filter((g) =>
    entries.some((e) => e.group === g),
  );
  const titles = { actor: "Actors", colour: "Colour", tie: "Ties", status: "Status" } as const;
  for (const group of groups) {
    let x = 0;
    // A heading of its own (the colours, and the kinds then shown by shape) has a row of its own.
    const title = entries.find((e) => e.group === group && e.title)?.title;
    if (title) {
      markup.push(
        svgText(x, y + 13, title, { size: SMALL_SIZE, weight: 700, fill: THEME.mutedInk }),
      );
      y += ROW;
    } else
      markup.push(
        svgText(x, y + 13, titles[group], { size: SMALL_SIZE, weight: 700, fill: THEME.mutedInk }),
      );
    const start = title ? 0 : 58;
    x = start;
    for (const entry of entries.filter((e) => e.group === group)) {
      const w = 30 + estimateTextWidth(entry.label, SMALL_SIZE) + 16;
      if (x + w > available && x > start) {
        x = start;
        y += ROW;
      }
      markup.push(
        `<g${attrs({ transform: `translate(${formatNumber(x)},${formatNumber(y)})` })}>${swatch(entry)}${svgText(30, 13, entry.label, { size: SMALL_SIZE })}</g>`,
      );
      x += w;
    }
    y += ROW;
  }
  return { markup, height: y };
}

function swatch(entry: LegendEntry): string {
  if (entry.d)
    return `<path${attrs({ d: entry.d, transform: "translate(12,9)", fill: entry.fill, stroke: THEME.nodeStroke, "stroke-width": 1 })}/>`;
  return `<path${attrs({ d: "M0,9L24,9", stroke: entry.stroke, "stroke-width": entry.width, "stroke-dasharray": entry.dash, fill: "none" })}/>`;
}
