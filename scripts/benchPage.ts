// What the large-network bench (scripts/benchLargeInteract.ts, scripts/benchExports.ts) reads from
// the page: long tasks from the start (PerformanceObserver 'longtask'), the longest since a time,
// the app's performance marks, when the canvas has stopped painting, and how much of it is inked.
import type { Page } from "playwright-core";

export type Task = { start: number; duration: number };

/** Records long tasks from the very start of the page, into window.__longTasks. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
}

export const now = (page: Page) => page.evaluate(() => performance.now());

/** The long tasks observeLongTasks has recorded so far. */
export const longTasks = (page: Page): Promise<Task[]> =>
  page.evaluate(() => (window as unknown as { __longTasks: Task[] }).__longTasks);

export async function longestSince(page: Page, from: number, to?: number): Promise<number> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
  );
  const tasks = await longTasks(page);
  return Math.max(
    0,
    ...tasks.filter((t) => t.start >= from && t.start < (to ?? Infinity)).map((t) => t.duration),
  );
}

/** Answers the app's "Open a large network?" (over 5,000 actors or 15,000 ties): "Open anyway". */
export async function confirmLarge(page: Page): Promise<void> {
  const yes = page.getByRole("button", { name: "Open anyway" });
  await yes.waitFor({ timeout: 60_000 });
  await yes.click({ noWaitAfter: true });
}

/** Resolves with the time of the first mark `name` at or after `after`. */
export async function markAfter(page: Page, name: string, after: number, timeout: number) {
  const handle = await page.waitForFunction(
    ([mark, since]) =>
      performance.getEntriesByName(mark).find((entry) => entry.startTime >= since)?.startTime,
    [name, after] as const,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until the canvas has no painting under way and nothing changed for a moment. */
export async function quiet(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const marks = performance.getEntriesByName("backchannel:painted");
      const last = marks[marks.length - 1]?.startTime ?? 0;
      return performance.now() - last > 400;
    },
    undefined,
    { timeout: 30_000, polling: 100 },
  );
}

/** Share of the canvas that is not background, from a small copy (cheap enough to sample). */
export const inkShare = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.network-canvas");
    if (!canvas || canvas.width === 0) return 0;
    const copy = document.createElement("canvas");
    copy.width = 160;
    copy.height = 100;
    const context = copy.getContext("2d", { willReadFrequently: true })!;
    context.drawImage(canvas, 0, 0, copy.width, copy.height);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) inked++;
    return inked / (data.length / 4);
  });
