// Every hostile file of tests/fixtures/hostile (manifest.json) through the real file input, one
// after another in one page: each gives the outcome its manifest states, no open of a file under
// 10 MB blocks the page for more than 200 ms (the longest main-thread task, from choosing the file
// to the outcome), a refused file leaves the open network as it was, and nothing violates the
// Content-Security-Policy or throws.
import { describe, expect, inject, it } from "vitest";
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, baseUrl, hasBrowser } from "./browser";
import { watchedPage, type WatchedPage } from "./watchedPage";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HOSTILE_FIXTURES, bytesOf } from "../fixtures/hostile/manifest";
import type { HostileFixture } from "../fixtures/hostile/manifest";
import { counted } from "../../src/view/counts";

const TEN_MB = 10 * 1024 * 1024;
const BUDGET_MS = 200;

const networkTitle = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The fixture as a file on disk, as a reader picks it: given as a path, the browser reads it
 * itself (given as bytes, playwright would decode them on the page's thread, a long task of its
 * own). Generated fixtures are written to a temporary folder first.
 */
function pathOf(fixture: HostileFixture, bytes: Buffer, folder: string): string {
  if (!fixture.generate) return `tests/fixtures/hostile/${fixture.file}`;
  const path = join(folder, fixture.file);
  writeFileSync(path, bytes);
  return path;
}

/** Opens the fixture and waits for its outcome; returns the longest task until then. */
async function open(watched: WatchedPage, fixture: HostileFixture, path: string): Promise<number> {
  const { page } = watched;
  const since = await watched.now();
  await page.locator('input[type="file"]').setInputFiles(path);
  if (fixture.outcome === "opens") {
    const opened = new RegExp(
      `^Opened ${escape(fixture.file)}: ${counted(fixture.actors, "actor")}, ${counted(fixture.ties, "tie")}\\.`,
    );
    await page.getByRole("status").filter({ hasText: opened }).waitFor({ timeout: 45_000 });
    return watched.longestTaskSince(since);
  }
  if (fixture.outcome === "asks") {
    const dialog = page.getByRole("dialog", { name: "Open a large network?" });
    await dialog.filter({ hasText: fixture.question }).waitFor({ timeout: 45_000 });
    const longest = await watched.longestTaskSince(since);
    await dialog.getByRole("button", { name: fixture.answer }).click();
    await page.getByRole("alert").filter({ hasText: fixture.file }).waitFor();
    return longest;
  }
  await page.getByRole("alert").filter({ hasText: fixture.file }).waitFor({ timeout: 45_000 });
  return watched.longestTaskSince(since);
}

describe.skipIf(!hasBrowser)("hostile and broken files", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: inject("chromiumPath"),
      args: CHROMIUM_ARGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    "each gives its stated outcome through the file input, within 200 ms of main-thread work",
    { timeout: 600_000 },
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const folder = mkdtempSync(join(tmpdir(), "backchannel-hostile-"));
      try {
        const watched = await watchedPage(context, baseUrl);
        const { page } = watched;
        const report: string[] = [];
        for (const fixture of HOSTILE_FIXTURES) {
          const bytes = bytesOf(fixture);
          const before = await networkTitle(page);
          const longest = await open(watched, fixture, pathOf(fixture, bytes, folder));
          report.push(`${fixture.file}: longest task ${Math.round(longest)} ms`);
          if (bytes.length < TEN_MB)
            expect(longest, `${fixture.file} blocked the page`).toBeLessThanOrEqual(BUDGET_MS);
          if (fixture.outcome === "opens") {
            const status =
              (await page
                .getByRole("status")
                .filter({ hasText: `Opened ${fixture.file}:` })
                .textContent()) ?? "";
            for (const pattern of fixture.status)
              expect(status, fixture.file).toMatch(new RegExp(pattern));
            expect(status.length, `${fixture.file}: the status line`).toBeLessThan(5_000);
            if (fixture.select) await expectLongNameContained(page);
          } else {
            const alert = (await page.getByRole("alert").textContent()) ?? "";
            expect(alert, fixture.file).toMatch(new RegExp(fixture.alert));
            expect(alert, fixture.file).toContain("The network that was open is unchanged.");
            // The network that was open is kept.
            expect(await networkTitle(page), fixture.file).toBe(before);
          }
        }
        console.log(report.join("\n"));
        expect((await watched.recorded()).violations).toEqual([]);
        expect(watched.console).toEqual([]);
      } finally {
        await context.close();
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});

/** The long name's details fit the panel, and the picture keeps its size and a readable scale. */
async function expectLongNameContained(page: Page): Promise<void> {
  const actor = page
    .getByRole("group", { name: "Actors", exact: true })
    .getByRole("button", { name: /^w{20}/ });
  await actor.click();
  const details = page.getByRole("complementary", { name: "Details" });
  await details.getByRole("heading", { name: /^w{999}…$/ }).waitFor();
  const box = await details.evaluate((element) => ({
    scroll: element.scrollWidth,
    client: element.clientWidth,
  }));
  expect(box.scroll).toBeLessThanOrEqual(box.client);
  // The label is cut, so fitting the picture leaves its actors at a readable size: the two
  // actors' symbols stay at least 8 px across on screen.
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll("svg.network g.actor")].map((g) =>
      Math.round(g.getBoundingClientRect().width),
    ),
  );
  expect(sizes).toHaveLength(2);
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(8);
}
