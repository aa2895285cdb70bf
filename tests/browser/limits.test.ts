// Floods from small files: a path question with millions of answers, thousands of parallel ties
// between two actors. Each measures the page's longest task with a PerformanceObserver
// ("longtask") from before the question, the open or the click: the page must stay responsive.
import { describe, expect, it } from "vitest";
import type { Page, Route } from "playwright-core";
import { hasBrowser, useBrowser } from "./browser";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const fileInput = (page: Page) => page.locator('input[type="file"]');

/** 40 actors, every pair tied once: 780 rows, 5.9 kB. Up to 5 hops: 1.8 million chains. */
function allPairsCsv(n = 40): string {
  const names = Array.from({ length: n }, (_, i) => `Actor ${String(i).padStart(2, "0")}`);
  const rows = names.flatMap((a, i) => names.slice(i + 1).map((b) => `${a},${b}`));
  return `Source,Target\n${rows.join("\n")}\n`;
}

/** Starts recording long tasks; `longest()` gives the longest since, in ms. */
async function watchLongTasks(page: Page): Promise<{ longest(): Promise<number> }> {
  await page.evaluate(() => {
    const state = window as unknown as { longestTask: number };
    state.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longestTask = Math.max(state.longestTask, entry.duration);
    }).observe({ type: "longtask" });
  });
  return {
    longest: () => page.evaluate(() => (window as unknown as { longestTask: number }).longestTask),
  };
}

/** `read()` once the page has drawn a frame: a task is reported to the observer once it ends. */
async function afterAFrame<T>(page: Page, read: () => Promise<T>): Promise<T> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
  return read();
}

async function openFile(page: Page, name: string, text: string, mimeType: string): Promise<void> {
  await fileInput(page).setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  await page
    .getByRole("status")
    .filter({ hasText: `Opened ${name}` })
    .waitFor();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
}

async function askPaths(page: Page, from: string, to: string, hops: number): Promise<void> {
  await page.getByText("Paths", { exact: true }).click();
  await page.getByLabel("List chains of up to").selectOption(String(hops));
  await page.getByLabel("Path from").selectOption({ label: from });
  await page.getByLabel("Path to").selectOption({ label: to });
}

describe.skipIf(!hasBrowser)("limits: nothing a small file asks for freezes the page", () => {
  const openApp = useBrowser();

  it("searches the 780 pairs among 40 actors at 5 hops off the page, within its budget, and says where it stopped", async () => {
    const { page, errors } = await openApp();
    await openFile(page, "all-pairs.csv", allPairsCsv(), "text/csv");
    const tasks = await watchLongTasks(page);
    await askPaths(page, "Actor 00", "Actor 01", 5);
    const panel = details(page);
    await panel.getByText(/^Showing the first 500 chains; the search stopped after/).waitFor();
    // While the worker searched, the page answered: no task held it for 200 ms.
    expect(await tasks.longest()).toBeLessThan(200);
    expect(await panel.textContent()).toContain("Actor 00 → Actor 01");
    // 500 chains listed, 50 drawn; the next 50 on request.
    expect(await panel.locator("ol.chains > li.chain").count()).toBe(50 + 1); // + the shortest
    await panel.getByRole("button", { name: "Show 50 more chains" }).click();
    expect(await panel.locator("ol.chains > li.chain").count()).toBe(100 + 1);
    // The search ran in the path worker.
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => entry.name),
    );
    expect(scripts.some((name) => /pathWorker-[\w-]+\.js$/.test(name))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("offers Cancel while the search runs, then Search again", async () => {
    const { page } = await openApp();
    await openFile(page, "all-pairs.csv", allPairsCsv(), "text/csv");
    // The path worker's script is held back, so the search is still running when Cancel is hit.
    const held: Route[] = [];
    await page.context().route(/pathWorker-[\w-]+\.js$/, (route) => void held.push(route));
    await askPaths(page, "Actor 00", "Actor 01", 6);
    const panel = details(page);
    await panel.getByRole("status").filter({ hasText: "Searching for every chain" }).waitFor();
    await panel.getByRole("button", { name: "Cancel search" }).click();
    await panel.getByText("The search was cancelled.").waitFor();
    // The URL still asks the question; the picture and the rest of the page work.
    expect(page.url()).toContain("hops=6");
    await page.context().unroute(/pathWorker-[\w-]+\.js$/);
    for (const route of held) await route.continue().catch(() => undefined);
    await panel.getByRole("button", { name: "Search again" }).click();
    await panel.getByText(/^Showing the first 500 chains; the search stopped after/).waitFor();
  });

  it("opens 14,999 parallel ties within 200 ms of main-thread work, and an actor's click too; lists them 50 at a time", async () => {
    const { page, errors } = await openApp();
    // Just under the 15,000 ties that ask first, so it opens at once. As a file on disk the
    // browser reads it itself (given as bytes, playwright decodes them on the page's thread).
    const folder = mkdtempSync(join(tmpdir(), "backchannel-flood-"));
    const file = join(folder, "flood-14999.csv");
    writeFileSync(file, `Source,Target\n${"Alpha,Bravo\n".repeat(14_999)}`);
    try {
      // Froze the page for minutes: 14,999 curves fanned over 240,000 px, and every label place
      // tested against each (3,000 ties: a 1.4 s task to open, 3.4 s to click an actor).
      let tasks = await watchLongTasks(page);
      await fileInput(page).setInputFiles(file);
      await page
        .getByRole("status")
        .filter({ hasText: /^Opened flood-14999\.csv: 2 actors, 14,999 ties\./ })
        .waitFor();
      expect(await afterAFrame(page, tasks.longest)).toBeLessThanOrEqual(200);
      // One line with its count, between two actors drawn at a readable size.
      const picture = page.locator("svg.network");
      expect(await picture.locator(".tie-count").textContent()).toBe("×14,999");
      await page.locator("html[data-ready]").waitFor({ state: "attached" });
      tasks = await watchLongTasks(page);
      await page
        .getByRole("group", { name: "Actors", exact: true })
        .getByRole("button", { name: /^Alpha,/ })
        .click();
      const panel = details(page);
      await panel.getByRole("heading", { name: "Ties (14,999), in date order" }).waitFor();
      expect(await afterAFrame(page, tasks.longest)).toBeLessThanOrEqual(200);
      expect(await panel.locator("li.tie-item").count()).toBe(50);
      // From the keyboard.
      await panel.getByRole("button", { name: "Show 50 more ties" }).press("Enter");
      await panel.locator("li.tie-item").nth(99).waitFor();
      expect(await panel.locator("li.tie-item").count()).toBe(100);
      await panel.getByRole("status").filter({ hasText: "100 of 14,999 ties shown" }).waitFor();
      // The keyboard is on the first of the new rows.
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-tie"))).toBe(
        await panel.locator("li.tie-item").nth(50).getAttribute("data-tie"),
      );
      expect(errors).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
