// Screenshots of the editor's forms on their preview page (scripts/editorPreview/), for eyes:
// `npx tsx scripts/editorScreenshots.ts [outDir] [width]`. Writes <outDir>/editor-<form>.png.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { chromium } from "playwright-core";
import { createServer } from "vite";

const outDir = process.argv[2] ?? "/tmp/editor-shots";
const width = Number(process.argv[3] ?? 420);
const forms = process.argv.slice(4).length
  ? process.argv.slice(4)
  : ["actor", "actor-long", "tie", "tie-problems", "tie-open", "source", "details"].concat([
      "delete-actor",
      "delete-source",
      "merge",
    ]);
const server = await createServer({ logLevel: "warn", server: { host: "127.0.0.1", port: 0 } });
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === "object" && address ? address.port : 5173;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width, height: 900 } });
page.on("pageerror", (e) => console.log(`pageerror: ${e.message}`));
for (const form of forms) {
  await page.goto(`http://127.0.0.1:${port}/scripts/editorPreview/index.html?form=${form}`);
  await page.waitForSelector("form");
  if (form === "tie-problems") await page.getByRole("button", { name: "Add tie" }).click();
  if (form === "tie-open") {
    await page.getByRole("combobox", { name: "To" }).fill("ham");
    await page.keyboard.press("ArrowDown");
  }
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) console.log(`${form}: the page is ${overflow}px wider than the window`);
  await page.screenshot({ path: `${outDir}/editor-${form}.png`, fullPage: true });
  console.log(`${outDir}/editor-${form}.png`);
}
await browser.close();
await server.close();
