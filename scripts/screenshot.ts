// Screenshots of the built app for eyes and the README: `npx tsx scripts/screenshot.ts [hash]`.
// Builds nothing: run `npm run build` first. Writes docs/screenshot-desktop.png and -phone.png.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { chromium } from "playwright-core";
import { preview } from "vite";

const hash = process.argv[2] ?? "";
const out = process.argv[3] ?? "docs/screenshot";
const server = await preview({ logLevel: "warn", preview: { host: "127.0.0.1", port: 0 } });
const address = server.httpServer.address();
const port = typeof address === "object" && address ? address.port : 4173;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
for (const [name, viewport, mobile] of [
  ["desktop", { width: 1280, height: 800 }, false],
  ["phone", { width: 375, height: 812 }, true],
] as const) {
  const page = await browser.newPage({
    viewport,
    isMobile: mobile,
    hasTouch: mobile,
    deviceScaleFactor: mobile ? 2 : 1,
  });
  page.on("console", (m) => console.log(`[${name}] ${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => console.log(`[${name}] pageerror: ${e.message}`));
  await page.goto(`http://127.0.0.1:${port}/${hash ? `#${hash}` : ""}`);
  await page.waitForSelector("[data-actor]");
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}-${name}.png` });
  await page.close();
}
await browser.close();
await server.close();
