// The build's publishing step (a Vite plugin): the network the page opens with — the seed, or
// any Backchannel document named by BACKCHANNEL_NETWORK (`npm run build -- --network FILE` sets
// it, scripts/build.ts) — is validated (a bad file fails the build, its problems listed), laid
// out, and written into index.html as the prerendered page (src/export/staticPage.ts); the build
// also writes its social card, social-card.png (1200 × 630), and the <head> tags naming it.
// BACKCHANNEL_SITE_URL, the absolute URL the page will be served from, lets the tags name the
// card (crawlers need an absolute URL); without it the card is written but not named.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { runnerImport, type Plugin } from "vite";
import type * as Publish from "../src/export/publish";

export const DEFAULT_NETWORK = "data/edan-alexander-backchannel.json";

export interface PrerenderOptions {
  /** The document to publish; default BACKCHANNEL_NETWORK, else the seed. */
  network?: string;
  /** Absolute URL of the published page; default BACKCHANNEL_SITE_URL. */
  siteUrl?: string;
}

type Published = Extract<Publish.PublishResult, { ok: true }>;

/** The site URL as a folder URL ("…/" at the end), or an error naming what is wrong. */
export function siteUrlOf(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`BACKCHANNEL_SITE_URL must be an absolute URL, got "${value}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`BACKCHANNEL_SITE_URL must be an http(s) URL, got "${value}"`);
  url.hash = "";
  url.search = "";
  // "…/index.html" names the page: its folder is the site.
  if (/\/[^/]*\.[^/]*$/.test(url.pathname)) url.pathname = url.pathname.replace(/[^/]*$/, "");
  if (!url.pathname.endsWith("/")) url.pathname = `${url.pathname}/`;
  return url.href;
}

export function prerender(options: PrerenderOptions = {}): Plugin {
  const network = resolve(options.network ?? process.env.BACKCHANNEL_NETWORK ?? DEFAULT_NETWORK);
  const siteUrl = siteUrlOf(options.siteUrl ?? process.env.BACKCHANNEL_SITE_URL);
  let published: Published | undefined;
  let root = process.cwd();
  let cardFile = "social-card.png";

  const publish = async (): Promise<Published> => {
    let text: string;
    try {
      text = readFileSync(network, "utf8");
    } catch (error) {
      throw new Error(`cannot read the network to publish, ${network}: ${String(error)}`);
    }
    // The pure modules, loaded through Vite (TypeScript, the app's own resolution) once.
    const { module } = await runnerImport<typeof Publish>(resolve(root, "src/export/publish.ts"), {
      configFile: false,
      logLevel: "error",
    });
    cardFile = module.CARD_FILE;
    const result = module.publishNetwork(text, { siteUrl });
    if (!result.ok)
      throw new Error(
        `${network} is not a valid Backchannel document:\n${result.problems.map((p) => `  - ${p}`).join("\n")}`,
      );
    return result;
  };

  return {
    name: "backchannel:prerender",
    // Before the bundler starts (its timings would count a second of layout as a slow plugin).
    async configResolved(config) {
      root = config.root;
      published = await publish();
      if (config.command === "build")
        for (const note of published.notes) config.logger.warn(`${network}: ${note}`);
    },
    transformIndexHtml: {
      order: "pre",
      async handler(html) {
        published ??= await publish();
        const { page, head } = published;
        return replaceOnce(
          replaceOnce(
            replaceOnce(html, "<!-- backchannel:head -->", head),
            '<div id="app"></div>',
            `<div id="app">\n${page.app}\n</div>\n${page.data}`,
          ),
          /<noscript>[\s\S]*?<\/noscript>/,
          page.noscript,
        );
      },
    },
    async generateBundle() {
      if (!published) return;
      const { Resvg } = await import("@resvg/resvg-js");
      const png = new Resvg(published.card.markup, {
        font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
        fitTo: { mode: "width", value: published.card.width },
      })
        .render()
        .asPng();
      this.emitFile({ type: "asset", fileName: cardFile, source: png });
    },
  };
}

function replaceOnce(html: string, find: string | RegExp, replacement: string): string {
  const found = typeof find === "string" ? html.includes(find) : find.test(html);
  if (!found) throw new Error(`index.html has no ${String(find)} for the prerendered page`);
  return html.replace(find, () => replacement);
}
