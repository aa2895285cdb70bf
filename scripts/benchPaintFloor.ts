// The paint floor beside the seed bench (issue 14's "painted ≤ 0.6× the baseline's settled"): how
// soon this machine's Chromium paints any page at all, measured in the same run as the app and the
// baseline, so the budget can be read against what is physically possible here.
//   - "one paragraph": a page with one line of text, no stylesheet, no script — the earliest any
//     page paints over HTTP from the same preview server;
//   - "prerendered, no script": the app's built index.html with its scripts removed — the picture,
//     title and credit with the stylesheet, what a reader without JavaScript sees.
// The pages are written into the two builds' output folders after they are built.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";

export const FLOOR_PAGE = "bench-floor.html";
export const NO_SCRIPT_PAGE = "bench-noscript.html";

/** Writes the two floor pages: the paragraph beside the baseline, the script-free app page in dist. */
export function writeFloorPages(appDir: string, baselineDir: string): void {
  writeFileSync(
    join(baselineDir, FLOOR_PAGE),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>floor</title><p>Backchannel</p></html>\n',
  );
  const html = readFileSync(join(appDir, "index.html"), "utf8")
    .replace(/<script type="module"[^>]*><\/script>/g, "")
    .replace(/<link rel="modulepreload"[^>]*>/g, "");
  writeFileSync(join(appDir, NO_SCRIPT_PAGE), html);
}

/** Navigation start → first contentful paint of a page without a script, in ms. */
export async function measurePaint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName("first-contentful-paint").length > 0,
    undefined,
    { timeout: 30_000 },
  );
  const painted = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
  );
  await context.close();
  return painted;
}
