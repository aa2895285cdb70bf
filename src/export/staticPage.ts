// The published page before (and without) its script: the explorer's page as HTML text — the
// header with the title, the picture (the export's network markup, fitted by CSS into the place
// the explorer will fit it), the legend, the credit, the document's summary — and, for readers
// without JavaScript, every tie with its evidence. Also the data the script takes over from: the
// document and its layout, as JSON data blocks (type application/json: never executed, so they
// pass a `script-src 'self'` policy). No style attributes and no inline styles: classes and SVG
// presentation attributes only (`style-src 'self'`). Pure; all user text is escaped.
import type { NetworkDocument } from "../schema/networkDocument";
import { formatPartialDate } from "../schema/partialDate";
import { THEME } from "../view/encodings";
import { creditLine } from "../view/credit";
import { sourceLabel, tieDetails } from "../view/details";
import type { LegendEntry, Scene } from "../view/scene";
import { encodeLayoutSnapshot } from "../layout/layoutSnapshot";
import type { Prerendered } from "./prerender";
import { networkLayers } from "./svgDocument";
import { attrs, escapeXml as escape, formatNumber } from "./xml";
import { DOCUMENT_BLOCK_ID, LAYOUT_BLOCK_ID, PICTURE_CLASS, WORLD_CLASS } from "./publishedIds";
import { counted } from "../view/counts";

/** The explorer's fit never zooms past this (view/viewport.ts fitViewport's maxZoom). */
const MAX_FIT_ZOOM = 2;

export interface StaticPage {
  /** The content of <div id="app">, which the script replaces with the explorer. */
  app: string;
  /** A <noscript> with the ties and their evidence. */
  noscript: string;
  /** The document and its layout, as <script type="application/json"> blocks. */
  data: string;
}

/**
 * `picture: false` leaves the picture out (networks the explorer draws on a canvas: thousands of
 * actors would make a page of megabytes); the layout is still carried.
 */
export function staticPage(
  document: NetworkDocument,
  prerendered: Prerendered,
  { picture = true }: { picture?: boolean } = {},
): StaticPage {
  const { scene } = prerendered;
  const credit = creditLine(document);
  const app = [
    `<header class="app-header">`,
    `<div class="brand"><span class="product">Backchannel</span><h1 class="network-title">${escape(document.title)}</h1></div>`,
    // The explorer's search and tools take this room: the picture starts where it will stay.
    `<div class="prerendered-tools" aria-hidden="true"></div>`,
    `</header>`,
    `<main class="app-main"><div class="graph-view"><div class="stage-wrap">`,
    `<div class="prerendered-stage">`,
    legendMarkup(scene.legend),
    `<div class="prerendered-fit">${picture ? pictureMarkup(document, scene) : ""}</div>`,
    `</div>`,
    credit ? `<p${attrs({ class: "credit", title: credit })}>${escape(credit)}</p>` : "",
    `</div><div class="timeline prerendered-timeline"></div></div>`,
    summaryMarkup(document, prerendered),
    `</main>`,
  ].join("\n");
  return {
    app,
    noscript: tiesMarkup(document, prerendered),
    data: [
      dataBlock(DOCUMENT_BLOCK_ID, document),
      dataBlock(LAYOUT_BLOCK_ID, encodeLayoutSnapshot(prerendered.positions)),
    ].join("\n"),
  };
}

/**
 * The scene in an <svg> whose viewBox is the scene's bounds: with the default
 * preserveAspectRatio (xMidYMid meet) and a box no larger than twice the bounds (the width and
 * height attributes, capped at 100 % by CSS), it is fitted the way the explorer fits its picture.
 */
function pictureMarkup(document: NetworkDocument, scene: Scene): string {
  const { x0, y0, x1, y1 } = scene.bounds;
  const width = Math.max(x1 - x0, 1);
  const height = Math.max(y1 - y0, 1);
  return [
    `<svg${attrs({
      xmlns: "http://www.w3.org/2000/svg",
      class: PICTURE_CLASS,
      viewBox: [x0, y0, width, height].map(formatNumber).join(" "),
      width: width * MAX_FIT_ZOOM,
      height: height * MAX_FIT_ZOOM,
      role: "img",
      "aria-labelledby": "prerendered-title prerendered-desc",
      "font-family": THEME.fontFamily,
    })}>`,
    `<title id="prerendered-title">${escape(document.title)}</title>`,
    `<desc id="prerendered-desc">${escape(describe(document, scene))}</desc>`,
    `<g class="${WORLD_CLASS}">`,
    ...networkLayers(scene),
    `</g></svg>`,
  ].join("\n");
}

function describe(document: NetworkDocument, scene: Scene): string {
  const names = scene.nodes.map((node) => node.name).join(", ");
  return `A network of ${counted(scene.nodes.length, "actor")} and ${counted(scene.edges.length, "tie")}: ${names}. ${document.description ?? ""}`.trim();
}

const GROUP_TITLES: Record<LegendEntry["group"], string> = {
  actor: "Actors",
  colour: "Colour",
  tie: "Ties",
  status: "Status",
};

/** The legend as render/legendView.ts draws it (same elements and classes, so the same size). */
function legendMarkup(entries: readonly LegendEntry[]): string {
  const groups = (["actor", "colour", "tie", "status"] as const).filter((group) =>
    entries.some((e) => e.group === group),
  );
  const swatch = (entry: LegendEntry): string => {
    const shape = entry.d
      ? `<path${attrs({ d: entry.d, transform: "translate(14,8)", fill: entry.fill ?? "#000", stroke: "#fff", "stroke-width": 1 })}/>`
      : `<line${attrs({ x1: 2, y1: 8, x2: 26, y2: 8, stroke: entry.stroke ?? "#000", "stroke-width": entry.width ?? 1.5, "stroke-dasharray": entry.dash })}/>`;
    return `<svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true">${shape}</svg>`;
  };
  const body = groups
    .map(
      (group) =>
        `<div class="legend-group"><h3>${escape(entries.find((e) => e.group === group && e.title)?.title ?? GROUP_TITLES[group])}</h3><ul>${entries
          .filter((e) => e.group === group)
          .map((e) => `<li>${swatch(e)}<span>${escape(e.label)}</span></li>`)
          .join("")}</ul></div>`,
    )
    .join("");
  return `<details class="legend" open><summary>Legend</summary><div class="legend-body">${body}</div></details>`;
}

/** The details panel's summary of the document, as render/detailsPanel.ts's renderSummary. */
function summaryMarkup(document: NetworkDocument, { graph }: Prerendered): string {
  const asOf = document.asOf ? `, as of ${formatPartialDate(document.asOf)}` : "";
  return [
    `<aside class="details" aria-label="Details">`,
    `<h2>${escape(document.title)}</h2>`,
    document.description ? `<p class="description">${escape(document.description)}</p>` : "",
    `<p>${counted(graph.order, "actor")}, ${counted(graph.size, "tie")}${escape(asOf)}.</p>`,
    `<h3>Sources</h3>`,
    `<ul class="sources">${document.sources.map((s) => `<li>${link(s.url, sourceLabel(s, s.id))}</li>`).join("")}</ul>`,
    `</aside>`,
  ].join("\n");
}

/** Every tie in the document's order: kind, date, status, summary, note, evidence. */
function tiesMarkup(document: NetworkDocument, { graph }: Prerendered): string {
  const items = document.ties
    .filter((tie) => graph.hasEdge(tie.id))
    .map((tie) => {
      const d = tieDetails(graph, tie.id);
      const arrow = d.directed ? "→" : "–";
      const facts = [d.kind, d.asWritten && `“${d.asWritten}”`, d.date, d.count, d.statusText]
        .filter(Boolean)
        .join(" · ");
      const words = [d.summary, d.note && `Note: ${d.note}`].filter(Boolean).join(" ");
      const evidence = d.evidence
        .map(
          (e) =>
            `<li>${e.quote ? `“${escape(e.quote)}” ` : ""}${escape(e.attribution)} (${link(e.url, e.sourceLabel)})</li>`,
        )
        .join("");
      return `<li><p><strong>${escape(`${d.sourceName} ${arrow} ${d.targetName}`)}</strong> — ${escape(facts)}.${words ? ` ${escape(words)}` : ""}</p><ul>${evidence}</ul></li>`;
    })
    .join("\n");
  return [
    `<noscript><section class="static-ties" aria-labelledby="static-ties-title">`,
    `<p>The interactive explorer needs JavaScript. Here is the network as text.</p>`,
    `<h2 id="static-ties-title">The ${graph.size} ties and their evidence</h2>`,
    `<ol>\n${items}\n</ol>`,
    `</section></noscript>`,
  ].join("\n");
}

/** An <a> only for an http(s) URL; otherwise the text alone. */
function link(url: string | undefined, text: string): string {
  if (url !== undefined) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === "http:" || parsed.protocol === "https:")
        return `<a${attrs({ href: parsed.href, rel: "noopener noreferrer" })}>${escape(text)}</a>`;
    } catch {
      /* not a URL: text */
    }
  }
  return escape(text);
}

/** JSON inside <script>: "<" written as \u003c so no "</script>" or "<!--" can end the block. */
function dataBlock(id: string, value: unknown): string {
  const json = JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `<script type="application/json" id="${id}">${json}</script>`;
}
