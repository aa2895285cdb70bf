// The README's picture of an embed: `npx tsx scripts/screenshotEmbed.ts [hash]` after
// `npm run build`. Serves dist/, puts the snippet "Embed" gives into a plain article page and
// writes docs/screenshot-embed.png.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { chromium } from "playwright-core";
import { preview } from "vite";

const hash = process.argv[2] ?? "actor=bishara-bahbah";
const out = process.argv[3] ?? "docs/screenshot-embed.png";
const server = await preview({ logLevel: "warn", preview: { host: "127.0.0.1", port: 0 } });
const address = server.httpServer.address();
const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 4173}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

// The snippet, as a reader copies it from the Embed panel.
const app = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await app.goto(`${url}#${hash}`);
await app.locator("html[data-ready]").waitFor({ state: "attached" });
await app.getByRole("button", { name: "Embed" }).click();
const snippet = await app.getByLabel("Paste into your page:").inputValue();
await app.close();

const host = await browser.newPage({ viewport: { width: 800, height: 760 } });
host.on("pageerror", (error) => console.log(`pageerror: ${error.message}`));
// The article is served from the same host (Chromium blocks public pages from framing loopback).
await host.route(`${url}article.html`, (route) =>
  route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;padding:24px 40px;font:16px/1.5 Georgia,serif;color:#222">
<p style="font:600 13px sans-serif;letter-spacing:.08em;color:#b8005c;margin:0">WORLD · ANALYSIS</p>
<h1 style="font-size:28px;line-height:1.2;margin:4px 0 12px">How a businessman opened a channel between Hamas and Washington</h1>
<p style="margin:0 0 16px">Who spoke to whom in the weeks before Edan Alexander's release, as reported. Select anyone in the network to see their ties.</p>
${snippet}
<p style="margin:12px 0 0">The talks began when a Hamas official contacted Bishara Bahbah…</p>
</body></html>`,
  }),
);
await host.goto(`${url}article.html`);
await host.frameLocator("iframe").locator("html[data-ready]").waitFor({ state: "attached" });
// The selection from the link dims the others with a short transition: let it end.
await host.waitForTimeout(800);
await host.screenshot({ path: out });
await browser.close();
await server.close();
console.log(`wrote ${out}`);
