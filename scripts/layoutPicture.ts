// A PNG of a layout, to look at (`npm run bench -- --only quality --pictures DIR`): ties as one
// path of crisp hairlines (one path, so crossings do not darken: tens of thousands of ties would
// turn the middle black, and the file stays small), actors as circles of their true size (at
// least 1.3 px) coloured by group, fitted into a square. Drawn as an SVG string and rasterized
// with resvg (a dev dependency); no browser needed.
import { writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

// Tableau 20: twenty colours that stay apart.
// prettier-ignore
const PALETTE = [
  "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
  "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
  "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
];

export interface PictureOptions {
  /** Width and height of the PNG, px. */
  size?: number;
  radius?: number;
  title?: string;
}

/** Writes `file`: positions x, y interleaved; `links` as index pairs; `groups` pick colours. */
export function writeLayoutPicture(
  file: string,
  positions: Float64Array,
  links: Int32Array,
  groups: ArrayLike<number>,
  { size = 1100, radius = 9, title = "" }: PictureOptions = {},
): void {
  const n = positions.length / 2;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, positions[2 * i]!);
    x1 = Math.max(x1, positions[2 * i]!);
    y0 = Math.min(y0, positions[2 * i + 1]!);
    y1 = Math.max(y1, positions[2 * i + 1]!);
  }
  const margin = 30;
  const scale = (size - 2 * margin) / Math.max(x1 - x0 + 2 * radius, y1 - y0 + 2 * radius, 1);
  const X = (i: number) =>
    (
      margin +
      (positions[2 * i]! - x0 + radius) * scale +
      (size - 2 * margin - (x1 - x0 + 2 * radius) * scale) / 2
    ).toFixed(1);
  const Y = (i: number) =>
    (
      margin +
      (positions[2 * i + 1]! - y0 + radius) * scale +
      (size - 2 * margin - (y1 - y0 + 2 * radius) * scale) / 2
    ).toFixed(1);
  const ties: string[] = [];
  for (let t = 0; t + 1 < links.length; t += 2)
    ties.push(`M${X(links[t]!)} ${Y(links[t]!)}L${X(links[t + 1]!)} ${Y(links[t + 1]!)}`);
  const r = Math.max(1.3, radius * scale).toFixed(2);

  const circles: string[] = [];
  for (let i = 0; i < n; i++)
    circles.push(
      `<circle cx="${X(i)}" cy="${Y(i)}" r="${r}" fill="${PALETTE[(groups[i] ?? 0) % PALETTE.length]}"/>`,
    );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="100%" height="100%" fill="#fff"/>
<path d="${ties.join("")}" stroke="#000" stroke-opacity="0.1" stroke-width="1" fill="none" shape-rendering="crispEdges"/>
${circles.join("\n")}
<text x="${margin}" y="${margin - 10}" font-family="sans-serif" font-size="16" fill="#333">${title}</text>
</svg>`;
  const png = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: true } })
    .render()
    .asPng();
  writeFileSync(file, png);
}
