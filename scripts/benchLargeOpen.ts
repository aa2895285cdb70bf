// The large case of `npm run bench` in Chromium: load the app, open a file through its file input
// and time the first picture (a large GEXF's actors, while its ties are read), the full picture
// (ties included), the longest main-thread task while the layout runs ("backchannel:layout-start"
// to "backchannel:layout-done") and the converged layout, from the marks the app sets. Returns
// why it could not measure when the app lacks a piece.
import type { Browser } from "playwright-core";
import { longTasks, observeLongTasks } from "./benchPage";

export interface LargeOpen {
  /** The first picture after the open: a large GEXF's actors, shown while its ties are read. */
  firstPicture: number;
  /** The network's own first picture, ties included (the last first-picture mark). */
  fullPicture: number;
  longestDuringLayout: number;
  longestOverall: number;
  converged: number;
}

export async function openLarge(
  browser: Browser,
  url: string,
  file: string,
  warm = true,
): Promise<LargeOpen | string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await observeLongTasks(page);
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName("backchannel:settled").length > 0,
      undefined,
      { timeout: 30_000 },
    );
    const input = page.locator("input[type=file]");
    if ((await input.count()) === 0) return "the app has no file input yet";
    // A reader's pointer is on "Open…" before the file chooser opens, and choosing a file takes
    // longer than this: the app starts its import worker on that intent (warm: true).
    if (warm) {
      await page.getByRole("button", { name: "Open…" }).hover();
      await page.waitForTimeout(500);
    }
    const opened = await page.evaluate(() => performance.mark("bench:open").startTime);
    await input.first().setInputFiles(file);
    const markAfter = (name: string, timeout: number) =>
      page
        .waitForFunction(
          ([mark, after]) =>
            performance.getEntriesByName(mark).find((entry) => entry.startTime >= after)?.startTime,
          [name, opened] as const,
          { timeout },
        )
        .then((handle) => handle.jsonValue() as Promise<number>)
        .catch(() => undefined);
    const firstPicture = await markAfter("backchannel:first-picture", 30_000);
    if (firstPicture === undefined) return 'the app does not mark "backchannel:first-picture" yet';
    const converged = await markAfter("backchannel:layout-done", 60_000);
    if (converged === undefined) return 'the app does not mark "backchannel:layout-done" yet';
    const layoutStart = (await markAfter("backchannel:layout-start", 1_000)) ?? firstPicture;
    const fullPicture = await page.evaluate(
      ([after, before]) =>
        Math.max(
          ...performance
            .getEntriesByName("backchannel:first-picture")
            .map((entry) => entry.startTime)
            .filter((time) => time >= after && time <= before),
        ),
      [opened, converged] as const,
    );
    await page.waitForTimeout(100); // let the observer deliver the last long tasks
    const tasks = await longTasks(page);
    const longest = (from: number, to: number) =>
      Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
    return {
      firstPicture: firstPicture - opened,
      fullPicture: fullPicture - opened,
      longestDuringLayout: longest(layoutStart, converged),
      longestOverall: longest(opened, converged),
      converged: converged - opened,
    };
  } finally {
    await context.close();
  }
}
