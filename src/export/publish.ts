// Publishing a network as a page, for the build (scripts/prerenderPlugin.ts): a Backchannel
// document's text, validated, becomes the page's prerendered HTML, its <head> tags and its social
// card. One entry point, so the build loads the pure modules once. Pure.
import { formatProblem, parseDocumentText } from "../schema/parseDocument";
import type { NetworkDocument } from "../schema/networkDocument";
import { prerenderNetwork } from "./prerender";
import { staticPage, type StaticPage } from "./staticPage";
import { socialCardSvg, socialMeta } from "./socialCard";
import type { SvgExport } from "./svgDocument";

export { CARD_FILE, CARD_HEIGHT, CARD_WIDTH } from "./socialCard";

export type PublishResult =
  | { ok: false; problems: string[] }
  | {
      ok: true;
      document: NetworkDocument;
      page: StaticPage;
      /** <title>, description, Open Graph and Twitter tags. */
      head: string;
      /** The social card, 1200 × 630, to rasterise. */
      card: SvgExport;
      /** Said in the build's log (e.g. a picture left out). */
      notes: string[];
    };

export interface PublishOptions {
  /** Absolute URL the page is served from, for the card's URL in the meta tags. */
  siteUrl?: string | undefined;
}

export function publishNetwork(text: string, options: PublishOptions = {}): PublishResult {
  const parsed = parseDocumentText(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(formatProblem) };
  const { document } = parsed;
  const prerendered = prerenderNetwork(document);
  const notes: string[] = [];
  const picture = prerendered.plan.renderer === "svg";
  if (!picture)
    notes.push(
      `${prerendered.graph.order} actors: drawn on a canvas by the explorer, so the page carries the layout but no prerendered picture`,
    );
  if (!options.siteUrl)
    notes.push(
      "no BACKCHANNEL_SITE_URL: the social card is written but not named in the meta tags (crawlers need an absolute URL)",
    );
  return {
    ok: true,
    document,
    page: staticPage(document, prerendered, { picture }),
    head: socialMeta(document, prerendered.scene, { siteUrl: options.siteUrl }),
    card: socialCardSvg(document, prerendered.scene),
    notes,
  };
}
