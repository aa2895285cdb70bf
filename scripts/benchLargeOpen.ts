// The large case of `npm run bench` in Chromium: load the app, open a file through its file input
// and time the first picture, the longest main-thread task while the layout runs and the
// converged layout, from the marks the app sets ("backchannel:first-picture",
// "backchannel:layout-done"). Returns why it could not measure when the app lacks a piece.
import type { Browser } from "playwright-core";

export interface LargeOpen {
  firstPicture: number;
  longestDuringLayout: number;
  longestOverall: number;
  converged: number;
}

export async function openLarge(
  browser: Browser,
  url: string,
  file: string,
): Promise<LargeOpen | string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName("backchannel:settled").length > 0,
      undefined,
      { timeout: 30_000 },
    );
    const input = page.locator("input[type=file]");
    if ((await input.count()) === 0) return "the app has no file input yet";
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
    await page.waitForTimeout(100); // let the observer deliver the last long tasks
    const tasks = await page.evaluate(
      () =>
        (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
    );
    const longest = (from: number, to: number) =>
      Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
    return {
      firstPicture: firstPicture - opened,
      longestDuringLayout: longest(firstPicture, converged),
      longestOverall: longest(opened, converged),
      converged: converged - opened,
    };
  } finally {
    await context.close();
  }
}
