// The published page's social card: the exported SVG (title, network, legend, credit) framed at
// 1200 × 630, the size Open Graph and Twitter cards show, and the <head> tags that point to it.
// Pure: the build rasterises the SVG (resvg) and writes the PNG beside index.html.
import type { NetworkDocument } from "../schema/networkDocument";
import { asOfLine, creditLine } from "../view/credit";
import type { Scene } from "../view/scene";
import { fitViewport } from "../view/viewport";
import { exportSvg, type SvgExport, type SvgExportOptions } from "./svgDocument";
import { attrs, escapeXml } from "./xml";
import { counted } from "../view/counts";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_FILE = "social-card.png";

/** The least height left for the network on the card; below it the legend is left out. */
const MIN_GRAPH_HEIGHT = 280;

export function socialCardSvg(document: NetworkDocument, scene: Scene): SvgExport {
  const options = (graphHeight: number): SvgExportOptions => ({
    title: document.title,
    caption: "",
    credit: creditLine(document),
    asOf: asOfLine(document),
    description: cardDescription(document, scene),
    background: "light",
    frame: {
      kind: "view",
      width: CARD_WIDTH,
      height: graphHeight,
      viewport: fitViewport(scene.bounds, CARD_WIDTH, graphHeight, 24, undefined, 1.25),
    },
  });
  const draw = (withLegend: boolean) => {
    const shown = withLegend ? scene : { ...scene, legend: [] };
    // Title, legend and credit do not depend on the network's height: measure them once.
    const chrome = exportSvg(shown, options(100)).height - 100;
    const graphHeight = CARD_HEIGHT - chrome;
    return { graphHeight, svg: exportSvg(shown, options(graphHeight)) };
  };
  const full = draw(true);
  return full.graphHeight >= MIN_GRAPH_HEIGHT ? full.svg : draw(false).svg;
}

export function cardDescription(document: NetworkDocument, scene: Scene): string {
  const counts = `A network of ${counted(scene.nodes.length, "actor")} and ${counted(scene.edges.length, "tie")}.`;
  return document.description ? `${document.description} ${counts}` : counts;
}

export interface SocialMetaOptions {
  /** The absolute URL the page is published at (ends with "/"); without it no image tags. */
  siteUrl: string | undefined;
}

/**
 * <title>, the description and the Open Graph / Twitter tags. Crawlers need an absolute image
 * URL: without `siteUrl` the image tags are left out (the card is still written) and the
 * Twitter card is the small "summary".
 */
export function socialMeta(
  document: NetworkDocument,
  scene: Scene,
  { siteUrl }: SocialMetaOptions,
): string {
  const description = cardDescription(document, scene);
  const meta = (key: "name" | "property", name: string, content: string) =>
    `<meta${attrs({ [key]: name, content })} />`;
  const image = siteUrl ? new URL(CARD_FILE, siteUrl).href : undefined;
  return [
    `<title>${escapeXml(document.title)} · Backchannel</title>`,
    meta("name", "description", description),
    meta("property", "og:type", "website"),
    meta("property", "og:title", document.title),
    meta("property", "og:description", description),
    siteUrl ? meta("property", "og:url", siteUrl) : "",
    ...(image
      ? [
          meta("property", "og:image", image),
          meta("property", "og:image:width", String(CARD_WIDTH)),
          meta("property", "og:image:height", String(CARD_HEIGHT)),
          meta("property", "og:image:alt", `Network picture: ${document.title}`),
        ]
      : []),
    meta("name", "twitter:card", image ? "summary_large_image" : "summary"),
    meta("name", "twitter:title", document.title),
    meta("name", "twitter:description", description),
    ...(image
      ? [
          meta("name", "twitter:image", image),
          meta("name", "twitter:image:alt", `Network picture: ${document.title}`),
        ]
      : []),
  ]
    .filter(Boolean)
    .join("\n    ");
}
