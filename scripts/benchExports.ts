// The 5k network's exports for the large-network section of `npm run bench`
// (scripts/benchLarge20k.ts): SVG and PNG through the buttons, from the click to the file, and
// the longest main-thread task meanwhile.
import type { Browser } from "playwright-core";
import { longestSince, markAfter, now, observeLongTasks, quiet } from "./benchPage";

export interface ExportTimes {
  svg: number;
  svgLongest: number;
  png: number;
  pngLongest: number;
}

/**
 * Opens `file` (the 5k network), waits for its layout, then exports SVG and PNG (2×, whole
 * network) through the buttons: time from the click to the download, and the longest task.
 */
export async function measureExports(
  browser: Browser,
  url: string,
  file: string,
): Promise<ExportTimes> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await observeLongTasks(page);
  try {
    await page.goto(url);
    await markAfter(page, "backchannel:settled", 0, 30_000);
    const opened = await now(page);
    await page.locator("input[type=file]").first().setInputFiles(file);
    await markAfter(page, "backchannel:layout-done", opened, 120_000);
    await quiet(page);
    const once = async (name: string) => {
      // Warm: the export code loads on first use, as it would have by a reader's second export.
      const t = await now(page);
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 60_000 }),
        page.getByRole("button", { name }).click(),
      ]);
      const done = await now(page);
      await download.path();
      return { time: done - t, longest: await longestSince(page, t, done) };
    };
    await once("Export SVG");
    const svg = await once("Export SVG");
    await once("Export PNG");
    const png = await once("Export PNG");
    return { svg: svg.time, svgLongest: svg.longest, png: png.time, pngLongest: png.longest };
  } finally {
    await context.close();
  }
}
