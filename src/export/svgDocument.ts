// The exported picture: a standalone SVG document built as a string from the same scene the
// screen draws — title, network, legend, caption and credit, styles inline, system fonts, no
// scripts and no external references. Pure and deterministic (rounded numbers, stable order), so
// it is fast at thousands of actors and works whatever renders the screen.
import type { Viewport } from "../state/appState";
import { THEME } from "../view/encodings";
import { estimateTextWidth } from "../view/labels";
import type { Bounds, Scene } from "../view/scene";
import { fitViewport } from "../view/viewport";
import { attrs, escapeXml, formatNumber, xmlId } from "./xml";
import { layoutLegend, SMALL_SIZE, svgText as text } from "./svgLegend";
import { runSteps, STEP_ITEMS, type Steps } from "../view/steps";

export interface SvgExportOptions {
  title: string;
  /** What is filtered or highlighted, e.g. "Highlighted: Bishara Bahbah and his ties". */
  caption: string;
  /** "Source: Quds News Network, citing Axios, 13 May 2025". */
  credit: string;
  /** "As of 13 May 2025". */
  asOf: string;
  /** Plain-language summary for <desc>. */
  description: string;
  background: "light" | "transparent";
  /** "fit": the whole network; otherwise the on-screen viewport and the screen size. */
  frame:
    | { kind: "fit"; width: number }
    | { kind: "view"; viewport: Viewport; width: number; height: number };
}

const PADDING = 24;
const TITLE_SIZE = 20;
const CAPTION_SIZE = 13;

export interface SvgExport {
  markup: string;
  width: number;
  height: number;
  /** Where the network is drawn: the band from `top`, `height` high, at `viewport` within it. */
  network: { top: number; height: number; viewport: Viewport };
}

export function exportSvg(scene: Scene, options: SvgExportOptions): SvgExport {
  return runSteps(exportSvgSteps(scene, options));
}

/**
 * exportSvg in steps (view/steps.ts), so thousands of actors and ties are written without holding
 * the page. `withNetwork: false` leaves the network's band empty (the PNG of a large network
 * draws it on a canvas: app/networkPng.ts).
 */
export function* exportSvgSteps(
  scene: Scene,
  options: SvgExportOptions,
  withNetwork = true,
): Steps<SvgExport> {
  const { width, graphHeight, viewport } =
    options.frame.kind === "fit"
      ? fitFrame(scene.bounds, options)
      : {
          width: Math.round(options.frame.width),
          graphHeight: Math.round(options.frame.height),
          viewport: options.frame.viewport,
        };
  const headerLines = options.caption ? 2 : 1;
  const headerHeight = PADDING + TITLE_SIZE + (headerLines - 1) * (CAPTION_SIZE + 8) + 14;
  const legend = layoutLegend(scene.legend, width - 2 * PADDING);
  const footerHeight = legend.height + 16 + SMALL_SIZE * 2 + 10 + PADDING - 8;

  const height = headerHeight + graphHeight + footerHeight;
  const out: string[] = [];
  out.push(
    `<svg${attrs({
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-labelledby": "backchannel-title backchannel-desc",
      "font-family": THEME.fontFamily,
    })}>`,
  );
  out.push(`<title id="backchannel-title">${escapeXml(options.title)}</title>`);
  out.push(`<desc id="backchannel-desc">${escapeXml(options.description)}</desc>`);
  if (options.background === "light")
    out.push(`<rect${attrs({ id: "background", width, height, fill: THEME.background })}/>`);

  out.push(`<g id="header">`);
  out.push(
    text(PADDING, PADDING + TITLE_SIZE * 0.8, options.title, { size: TITLE_SIZE, weight: 700 }),
  );
  if (options.caption)
    out.push(
      text(PADDING, PADDING + TITLE_SIZE + 8 + CAPTION_SIZE * 0.8, options.caption, {
        size: CAPTION_SIZE,
        fill: THEME.mutedInk,
      }),
    );
  out.push(`</g>`);

  out.push(
    `<defs><clipPath id="graph-clip"><rect${attrs({ x: 0, y: headerHeight, width, height: graphHeight })}/></clipPath></defs>`,
  );
  out.push(`<g id="network" clip-path="url(#graph-clip)">`);
  out.push(
    `<g${attrs({ transform: `translate(${formatNumber(viewport.x)},${formatNumber(viewport.y + headerHeight)}) scale(${formatNumber(viewport.k)})` })}>`,
  );
  // One element per tie and actor, appended in a loop (push(...) puts every item on the stack).
  if (withNetwork) yield* networkLayerSteps(scene, out);
  out.push(`</g></g>`);

  const legendTop = headerHeight + graphHeight + 8;
  out.push(`<g${attrs({ id: "legend", transform: `translate(${PADDING},${legendTop})` })}>`);
  for (const element of legend.markup) out.push(element);
  out.push(`</g>`);

  const creditTop = legendTop + legend.height + 16;
  out.push(`<g id="credit">`);
  out.push(
    text(PADDING, creditTop + SMALL_SIZE, options.credit, {
      size: SMALL_SIZE,
      fill: THEME.mutedInk,
    }),
  );
  out.push(
    text(PADDING, creditTop + SMALL_SIZE * 2 + 6, options.asOf, {
      size: SMALL_SIZE,
      fill: THEME.mutedInk,
    }),
  );
  out.push(`</g>`);
  out.push(`</svg>`);
  return {
    markup: `${out.join("\n")}\n`,
    width,
    height,
    network: { top: headerHeight, height: graphHeight, viewport },
  };
}

/** Labels scale with the picture: past 1.25× they would outgrow the title. */
const MAX_FIT_ZOOM = 1.25;
const MAX_GRAPH_HEIGHT = 1600;
/** The narrowest fitted export: room for the legend to flow in a few rows. */
const MIN_WIDTH = 480;

/**
 * The whole network's frame: the picture as large as the width allows (up to 1.25×) with a
 * PADDING margin, the frame no wider than that picture (or the title, caption and credit) needs
 * and no taller than the picture at that zoom.
 */
function fitFrame(
  bounds: Bounds,
  options: SvgExportOptions,
): { width: number; graphHeight: number; viewport: Viewport } {
  const contentWidth = Math.max(bounds.x1 - bounds.x0, 1);
  const contentHeight = Math.max(bounds.y1 - bounds.y0, 1);
  const maxWidth = Math.round(options.frame.width);
  const k = Math.min(
    MAX_FIT_ZOOM,
    (maxWidth - 2 * PADDING) / contentWidth,
    (MAX_GRAPH_HEIGHT - 2 * PADDING) / contentHeight,
  );
  const words = Math.max(
    estimateTextWidth(options.title, TITLE_SIZE),
    estimateTextWidth(options.caption, CAPTION_SIZE),
    estimateTextWidth(options.credit, SMALL_SIZE),
  );
  const width = Math.round(
    Math.min(maxWidth, Math.max(contentWidth * k, words, MIN_WIDTH - 2 * PADDING) + 2 * PADDING),
  );
  const graphHeight = Math.round(contentHeight * k + 2 * PADDING);
  return {
    width,
    graphHeight,
    viewport: fitViewport(bounds, width, graphHeight, PADDING, undefined, MAX_FIT_ZOOM),
  };
}

/**
 * The network itself — ties, actors, labels — in the scene's coordinates, as the export draws it
 * (the published page's prerendered picture is made of the same markup).
 */
export function networkLayers(scene: Scene): string[] {
  return runSteps(networkLayerSteps(scene, []));
}

/** networkLayers in steps, appended to `out` (a loop: push(...) puts every item on the stack). */
function* networkLayerSteps(scene: Scene, out: string[]): Steps<string[]> {
  yield* tieMarkup(scene, out);
  yield* actorMarkup(scene, out);
  for (const element of labelMarkup(scene)) out.push(element);
  return out;
}

function* tieMarkup(scene: Scene, out: string[]): Steps<void> {
  out.push(`<g id="ties">`);
  let written = 0;
  for (const edge of scene.edges) {
    if (++written % STEP_ITEMS === 0) yield;
    const stroke = edge.selected ? THEME.highlight : edge.stroke;
    out.push(
      `<g${attrs({ id: xmlId("tie-", edge.id), "data-tie": edge.id, "data-source": edge.source, "data-target": edge.target, opacity: edge.dimmed ? THEME.dimOpacity : undefined })}>` +
        `<path${attrs({ d: edge.d, fill: "none", stroke, "stroke-width": edge.selected ? edge.width + 1.2 : edge.width, "stroke-dasharray": edge.dash })}/>` +
        (edge.arrow ? `<path${attrs({ d: edge.arrow, fill: stroke })}/>` : "") +
        (edge.count
          ? `<text${attrs({ x: edge.middle.x, y: edge.middle.y, dy: "0.35em", "text-anchor": "middle", "font-size": 11, "font-weight": 700, fill: THEME.ink, stroke: THEME.halo, "stroke-width": 3, "paint-order": "stroke" })}>${escapeXml(edge.count)}</text>`
          : "") +
        `</g>`,
    );
  }
  out.push(`</g>`);
}

function* actorMarkup(scene: Scene, out: string[]): Steps<void> {
  out.push(`<g id="actors">`);
  let written = 0;
  for (const node of scene.nodes) {
    if (++written % STEP_ITEMS === 0) yield;
    out.push(
      `<g${attrs({ id: xmlId("actor-", node.id), "data-actor": node.id, transform: `translate(${formatNumber(node.x)},${formatNumber(node.y)})`, opacity: node.dimmed ? THEME.dimOpacity : undefined })}>` +
        `<path${attrs({ d: node.d, fill: node.fill, stroke: node.selected ? THEME.selection : THEME.nodeStroke, "stroke-width": node.selected ? 3 : 1.5 })}/>` +
        `</g>`,
    );
  }
  out.push(`</g>`);
}

function labelMarkup(scene: Scene): string[] {
  const out = [
    `<g${attrs({ id: "labels", "font-size": THEME.labelSize, "font-weight": 600, fill: THEME.ink, stroke: THEME.halo, "stroke-width": 3.5, "stroke-linejoin": "round", "paint-order": "stroke" })}>`,
  ];
  for (const node of scene.nodes) {
    if (node.lines.length === 0) continue;
    const spans = node.lines
      .map(
        (line, i) =>
          `<tspan${attrs({ x: node.x + node.labelDx, y: node.y + node.labelDy + i * THEME.labelLineHeight })}>${escapeXml(i < node.lines.length - 1 ? `${line} ` : line)}</tspan>`,
      )
      .join("");
    out.push(
      `<text${attrs({ id: xmlId("label-", node.id), "data-actor": node.id, "text-anchor": node.labelAnchor, opacity: node.dimmed ? THEME.dimOpacity : undefined })}>${spans}</text>`,
    );
  }
  out.push(`</g>`);
  return out;
}
