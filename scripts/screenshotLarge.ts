// The README's picture of a large network: `npx tsx scripts/screenshotLarge.ts [out.png]`.
// Builds nothing: run `npm run build` first. Writes the bench's generated 5,000-actor / 15,000-tie
// GEXF (scripts/makeLargeNetwork.ts), opens it through the app's file input at 1280×800, waits for
// the converged layout (mark "backchannel:layout-done") and the refit, and writes
// docs/screenshot-large.png.
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { DEFAULT_LARGE_GEXF, writeLargeGexf } from "./makeLargeNetwork";

const out = process.argv[2] ?? "docs/screenshot-large.png";
mkdirSync("dist-bench", { recursive: true });
writeLargeGexf(DEFAULT_LARGE_GEXF);
const server = await preview({ logLevel: "warn", preview: { host: "127.0.0.1", port: 0 } });
const address = server.httpServer.address();
const port = typeof address === "object" && address ? address.port : 4173;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on("pageerror", (e) => console.log(`pageerror: ${e.message}`));
await page.goto(`http://127.0.0.1:${port}/`);
await page.waitForFunction(() => performance.getEntriesByName("backchannel:settled").length > 0);
const opened = await page.evaluate(() => performance.now());
await page.locator("input[type=file]").first().setInputFiles(DEFAULT_LARGE_GEXF);
await page.waitForFunction(
  (after) =>
    performance.getEntriesByName("backchannel:layout-done").some((e) => e.startTime >= after),
  opened,
  { timeout: 120_000 },
);
// The refit after the layout settles is animated; wait for two quiet frames after it.
await page.waitForTimeout(1_500);
await page.screenshot({ path: out });
console.log(`wrote ${out}`);
await browser.close();
await server.close();
