// A page that records what a strict page must never do and what a reader must never wait for:
// Content-Security-Policy violations (the securitypolicyviolation event and Chromium's console
// report) and main-thread long tasks (PerformanceObserver "longtask"), from before the app loads.
import type { BrowserContext, Page } from "playwright-core";

export interface Recorded {
  violations: string[];
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    __recorded?: Recorded;
  }
}

/** Runs in the page before any of its scripts. */
function record(): void {
  const recorded: Recorded = { violations: [], longTasks: [] };
  window.__recorded = recorded;
  document.addEventListener("securitypolicyviolation", (event) =>
    recorded.violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        recorded.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    /* no long task timing: nothing recorded */
  }
}

export interface WatchedPage {
  page: Page;
  /** Console messages about the policy ("Refused to …") and page errors. */
  console: string[];
  recorded(): Promise<Recorded>;
  /** The longest main-thread task that started at or after `since` (performance.now()). */
  longestTaskSince(since: number): Promise<number>;
  now(): Promise<number>;
}

export async function watchedPage(context: BrowserContext, url: string): Promise<WatchedPage> {
  const page = await context.newPage();
  const console: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content.Security.Policy|Refused to/i.test(text) || message.type() === "error")
      console.push(`${message.type()}: ${text}`);
  });
  page.on("pageerror", (error) => console.push(`pageerror: ${error.message}`));
  await page.addInitScript(record);
  await page.goto(url);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  const recorded = async () =>
    page.evaluate(() => window.__recorded ?? { violations: [], longTasks: [] });
  return {
    page,
    console,
    recorded,
    async longestTaskSince(since) {
      // A task is reported once it ends: give the observer a frame to deliver the last one.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
      );
      const { longTasks } = await recorded();
      return Math.max(0, ...longTasks.filter((t) => t.start >= since).map((t) => t.duration));
    },
    now: () => page.evaluate(() => performance.now()),
  };
}
