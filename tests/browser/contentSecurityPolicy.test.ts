// The built page runs under its Content-Security-Policy: opening a file, the layout (in its worker
// for 100+ actors), zoom, paths, replay and every export (SVG, PNG, JSON, GEXF, GraphML, CSV)
// cause no violation, in the site build (served) and in the single file (from file://).
import { describe, expect, inject, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { CHROMIUM_ARGS, baseUrl, hasBrowser } from "./browser";
import { watchedPage } from "./watchedPage";

/** 120 actors in a ring with chords, every tie dated: enough for the layout worker and replay. */
function ringCsv(): string {
  const lines = ["Source,Target,Kind,Start"];
  for (let i = 0; i < 120; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push(`Actor ${i},Actor ${(i + 1) % 120},message,2025-04-${day}`);
    if (i % 3 === 0) lines.push(`Actor ${i},Actor ${(i + 17) % 120},call,2025-05-${day}`);
  }
  return lines.join("\n");
}

/** Everything the page does with a network, from opening it to every export. */
async function useEverything(page: Page): Promise<string[]> {
  const opened = await page.evaluate(() => performance.now());
  await page.locator('input[type="file"]').setInputFiles({
    name: "ring.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(ringCsv()),
  });
  await page.getByRole("status").filter({ hasText: "Opened ring.csv" }).waitFor();
  await page.waitForFunction(
    (after) =>
      performance.getEntriesByName("backchannel:layout-done").some((m) => m.startTime > after),
    opened,
  );
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Fit" }).click();
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, -240);
  await page.getByText("Paths", { exact: true }).click();
  await page.getByLabel("Path from").selectOption({ label: "Actor 0" });
  await page.getByLabel("Path to").selectOption({ label: "Actor 60" });
  await page
    .getByRole("complementary", { name: "Details" })
    .getByRole("heading", { name: /^Paths from Actor 0 to Actor 60/ })
    .waitFor();
  await page.getByRole("button", { name: "Step forward one tie" }).click();
  await page.getByRole("button", { name: "Play" }).click();
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByRole("button", { name: "Show all" }).click();
  const names: string[] = [];
  page.on("download", (file) => names.push(file.suggestedFilename()));
  const downloaded = (count: number) =>
    expect.poll(() => names.length, { timeout: 20_000 }).toBe(count);
  await page.getByRole("button", { name: "Export SVG" }).click();
  await downloaded(1);
  await page.getByRole("button", { name: "Export PNG" }).click();
  await downloaded(2);
  await page.getByText("Export data", { exact: true }).click();
  for (const [i, label] of ["Backchannel JSON", "GEXF (Gephi)", "GraphML"].entries()) {
    await page.getByRole("button", { name: label }).click();
    await downloaded(3 + i);
  }
  await page.getByRole("button", { name: "CSV (actors + ties)" }).click();
  await downloaded(7);
  return names;
}

describe.skipIf(!hasBrowser)("the Content-Security-Policy", () => {
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

  it.each([
    ["the site build, served", () => baseUrl, "script-src 'self'"],
    ["the single file, from file://", () => inject("singleFileUrl"), "script-src 'sha256-"],
  ])(
    "holds in %s through open, layout, zoom, paths, replay and every export",
    async (_build, url, script) => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        acceptDownloads: true,
      });
      try {
        const watched = await watchedPage(context, url());
        const { page } = watched;
        const policy = await page
          .locator('meta[http-equiv="Content-Security-Policy"]')
          .getAttribute("content");
        expect(policy).toContain("default-src 'none'");
        expect(policy).toContain(script);
        expect(policy).toContain("connect-src 'none'");
        const files = await useEverything(page);
        const ends = [
          ".svg",
          ".png",
          ".backchannel.json",
          ".gexf",
          ".graphml",
          "-nodes.csv",
          "-edges.csv",
        ];
        expect(files.map((name) => ends.find((end) => name.endsWith(end)))).toEqual(ends);
        expect((await watched.recorded()).violations).toEqual([]);
        expect(watched.console).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it("would report a violation: an inline script is refused and recorded", async () => {
    const context = await browser.newContext();
    try {
      const watched = await watchedPage(context, baseUrl);
      await watched.page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.ran = true";
        document.body.append(script);
      });
      await watched.page.waitForFunction(() => (window.__recorded?.violations.length ?? 0) > 0);
      expect((await watched.recorded()).violations[0]).toMatch(/^script-src/);
      expect(await watched.page.evaluate(() => "ran" in window)).toBe(false);
    } finally {
      await context.close();
    }
  });
});
