// Faults reported, never hangs: going offline, parts of the app that fail to load, workers that
// die, and a bug while drawing. Failures are made from outside the app: playwright takes the
// page offline, fails the requests for chosen chunks, ends workers from inside them
// (`self.close()`, as the browser does when it reclaims one), or makes a DOM method throw.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { hasBrowser, useBrowser } from "./browser";
import { largeNetworkDocument } from "../fixtures/largeNetwork";

const fileInput = (page: Page) => page.locator('input[type="file"]');
const alert = (page: Page) => page.getByRole("alert");
const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const actorButtons = (page: Page) =>
  page.getByRole("group", { name: "Actors", exact: true }).getByRole("button");

const smallCsv = (name: string) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from("Source,Target\nAmal,Boris\nBoris,Carmen\nCarmen,Amal\n"),
});

/** Fails every request for the chunks whose names match (from before the page loads). */
const failChunks =
  (pattern: RegExp) =>
  async (context: BrowserContext): Promise<void> => {
    await context.route(pattern, (route) => route.abort("internetdisconnected"));
  };

/** Waits until the page has fetched, while idle, the parts it needs later. */
async function laterPartsFetched(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const names = performance.getEntriesByType("resource").map((entry) => entry.name);
    return [
      "layoutRunner-",
      "importFiles-",
      "io-",
      "svgDocument-",
      "pngExport-",
      "largeDrawing-",
    ].every((part) => names.some((name) => name.includes(`/assets/${part}`)));
  });
}

/**
 * Ends a running worker from inside, as the browser does when it reclaims one: no "error" event
 * reaches the page. (The import worker is idle after an open; the layout worker mid-layout.)
 */
async function endWorker(page: Page, script: RegExp): Promise<void> {
  const worker = page.workers().find((candidate) => script.test(candidate.url()));
  if (!worker) throw new Error(`no worker ${script} running`);
  await worker.evaluate(() => self.close()).catch(() => undefined);
}

describe.skipIf(!hasBrowser)("faults are reported, never hang", () => {
  const openApp = useBrowser();

  it("opens a file and exports after going offline, with what the page fetched while idle", async () => {
    const { page } = await openApp();
    await laterPartsFetched(page);
    await page.context().setOffline(true);
    await fileInput(page).setInputFiles(smallCsv("offline.csv"));
    await page.getByRole("status").filter({ hasText: "Opened offline.csv" }).waitFor();
    expect(await actorButtons(page).count()).toBe(3);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export SVG" }).click();
    expect((await download).suggestedFilename()).toMatch(/\.svg$/);
  });

  it("says a reload is needed when the file readers could not be fetched, instead of hanging at Opening…", async () => {
    const { page } = await openApp({
      prepare: failChunks(/\/assets\/(importWorker|importFiles|importFromFiles)-[\w-]+\.js$/),
    });
    await fileInput(page).setInputFiles(smallCsv("stranded.csv"));
    await alert(page).filter({ hasText: "Could not open stranded.csv" }).waitFor();
    expect(await alert(page).textContent()).toContain("The file readers could not be loaded");
    expect(await alert(page).getByRole("button", { name: "Reload" }).isVisible()).toBe(true);
    // The network that was open stays.
    expect(await actorButtons(page).count()).toBe(15);
  });

  it("names the tools a deferred part could not bring, and the rest works", async () => {
    const { page } = await openApp({ prepare: failChunks(/\/assets\/timelineStrip-[\w-]+\.js$/) });
    await alert(page)
      .filter({ hasText: "Some tools (the timeline) could not be loaded" })
      .waitFor();
    expect(await alert(page).getByRole("button", { name: "Reload" }).isVisible()).toBe(true);
    // Paths (from the analysis chunk) still answer.
    await page.getByText("Paths", { exact: true }).click();
    await page.getByLabel("Path from").selectOption({ label: "Hamas" });
    await page.getByLabel("Path to").selectOption({ label: "Donald Trump" });
    await page
      .getByRole("complementary", { name: "Details" })
      .getByRole("heading", { name: "Paths from Hamas to Donald Trump" })
      .waitFor();
  });

  it("says so when a part loaded on first use cannot be fetched, with Reload, and the picture stays", async () => {
    const { page } = await openApp({
      prepare: failChunks(/\/assets\/(tableView|editActions)-[\w-]+\.js$/),
    });
    await page.getByRole("button", { name: "Table view" }).click();
    await alert(page).filter({ hasText: "The table view could not be loaded" }).waitFor();
    expect(await alert(page).getByRole("button", { name: "Reload" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Graph view" }).click();
    expect(await actorButtons(page).count()).toBe(15);
    // The editor's buttons: the edit bar shows, and an edit says the editor could not load.
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await page.getByRole("button", { name: "Add actor…" }).click();
    await alert(page).filter({ hasText: "The editor could not be loaded" }).waitFor();
  });

  it("says the layout could not be loaded when a file opens without it, and shows the file", async () => {
    const { page } = await openApp({ prepare: failChunks(/\/assets\/layoutRunner-[\w-]+\.js$/) });
    await fileInput(page).setInputFiles(smallCsv("unplaced.csv"));
    await page.getByRole("status").filter({ hasText: "Opened unplaced.csv" }).waitFor();
    expect(await actorButtons(page).count()).toBe(3);
    await alert(page).filter({ hasText: "The layout could not be loaded" }).waitFor();
    expect(await alert(page).getByRole("button", { name: "Reload" }).isVisible()).toBe(true);
  });

  it("keeps Export SVG working when the PNG rasteriser cannot be loaded", async () => {
    const { page } = await openApp({ prepare: failChunks(/\/assets\/pngExport-[\w-]+\.js$/) });
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export SVG" }).click();
    expect((await download).suggestedFilename()).toMatch(/\.svg$/);
    await page.getByRole("button", { name: "Export PNG" }).click();
    await alert(page)
      .filter({ hasText: "Export failed. The exporter could not be loaded" })
      .waitFor();
  });

  it("starts a new import worker for the next open when the last one died", async () => {
    const { page } = await openApp();
    await fileInput(page).setInputFiles(smallCsv("first.csv"));
    await page.getByRole("status").filter({ hasText: "Opened first.csv" }).waitFor();
    await endWorker(page, /importWorker-[\w-]+\.js$/);
    await fileInput(page).setInputFiles(smallCsv("second.csv"));
    await page.getByRole("status").filter({ hasText: "Opened second.csv" }).waitFor();
    // The open that found the worker dead was read on the page; the next one starts a new worker.
    await fileInput(page).setInputFiles(smallCsv("third.csv"));
    await page.getByRole("status").filter({ hasText: "Opened third.csv" }).waitFor();
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const { held = [] } = await navigator.locks.query();
            return held.some((lock) => lock.name?.startsWith("backchannel-import-worker-"));
          }),
        { timeout: 10_000 },
      )
      .toBe(true);
  });

  it("finishes the layout on the page when the layout worker dies", async () => {
    const { page } = await openApp();
    const document = largeNetworkDocument({ actors: 5_000, ties: 15_000, seed: 15 });
    await fileInput(page).setInputFiles({
      name: "large.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(document)),
    });
    // The worker is mid-layout once it has sent its progress: then it is ended.
    const progress = page.getByText(/Laying out 5,000 actors… \d+ %/);
    await progress.waitFor();
    await endWorker(page, /layoutWorker-[\w-]+\.js$/);
    // "Laying out 5,000 actors…" goes once the page has finished the layout itself.
    await progress.waitFor({ state: "hidden", timeout: 90_000 });
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
  }, 150_000);
});

describe.skipIf(!hasBrowser)("an error boundary around drawing", () => {
  const openApp = useBrowser();
  /** Drawing throws on a name containing the marker, or everywhere (or in new pictures) while the
   * flag is set. */
  const breakDrawing = async (context: BrowserContext): Promise<void> => {
    await context.addInitScript(() => {
      const setAttribute = Element.prototype.setAttribute;
      Element.prototype.setAttribute = function (name: string, value: string) {
        const broken = (window as unknown as { breakDrawing?: boolean | "new" }).breakDrawing;
        if (
          String(value).includes("THROWS-WHILE-DRAWING") ||
          (broken === true && this instanceof SVGElement) ||
          // "new": only pictures made from now on (the one on screen is marked data-old)
          (broken === "new" && this instanceof SVGElement && !this.closest("svg[data-old]"))
        )
          throw new Error("a renderer bug");
        return setAttribute.call(this, name, value);
      };
    });
  };

  it("keeps the network open before, as it was, when a newly opened file cannot be drawn", async () => {
    const { page } = await openApp({ prepare: breakDrawing });
    await page
      .getByRole("group", { name: "Actors", exact: true })
      .getByRole("button", { name: /^Steve Witkoff,/ })
      .click();
    await details(page).getByRole("heading", { name: "Steve Witkoff" }).waitFor();
    const title = await page.getByRole("heading", { level: 1 }).textContent();
    const url = page.url();
    await fileInput(page).setInputFiles({
      name: "strange.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Source,Target\nTHROWS-WHILE-DRAWING,Boris\n"),
    });
    await alert(page).filter({ hasText: "Could not open strange.csv" }).waitFor();
    expect(await alert(page).textContent()).toBe(
      "Could not open strange.csv: drawing it failed (a renderer bug). The network that was open is unchanged.",
    );
    // The seed as it was: its picture, its selection in the details and the address.
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    expect(await actorButtons(page).count()).toBe(15);
    expect(await details(page).getByRole("heading", { name: "Steve Witkoff" }).isVisible()).toBe(
      true,
    );
    expect(page.url()).toBe(url);
    // And it works: another actor is selected, and another file opens.
    await page
      .getByRole("group", { name: "Actors", exact: true })
      .getByRole("button", { name: /^Bishara Bahbah,/ })
      .click();
    await details(page).getByRole("heading", { name: "Bishara Bahbah" }).waitFor();
    await fileInput(page).setInputFiles(smallCsv("next.csv"));
    await page.getByRole("status").filter({ hasText: "Opened next.csv" }).waitFor();
    expect(await actorButtons(page).count()).toBe(3);
  });

  /**
   * Opens kept.csv (stored), then the example from the Networks list, and breaks the drawing of
   * pictures made from then on: the example's title.
   */
  async function keptThenExample(page: Page): Promise<string | null> {
    await fileInput(page).setInputFiles(smallCsv("kept.csv"));
    await page.getByRole("status").filter({ hasText: "Opened kept.csv" }).waitFor();
    await expect.poll(() => page.url()).toMatch(/#net=/);
    await page.getByRole("button", { name: "Networks…" }).click();
    await page.getByRole("button", { name: /^Open example: / }).click();
    await expect.poll(() => actorButtons(page).count()).toBe(15);
    const title = await page.getByRole("heading", { level: 1 }).textContent();
    await page.evaluate(() => {
      document.querySelector("svg.network")?.setAttribute("data-old", "");
      (window as unknown as { breakDrawing: string }).breakDrawing = "new";
    });
    return title;
  }

  it("keeps the network open, and its address, when a stored one from the Networks list cannot be drawn", async () => {
    const { page } = await openApp({ prepare: breakDrawing });
    const title = await keptThenExample(page);
    const url = page.url();
    expect(url).not.toMatch(/#net=/);
    await page.getByRole("button", { name: "Networks…" }).click();
    await page.getByRole("button", { name: "Open kept.csv" }).click();
    await alert(page).filter({ hasText: "Could not open “kept.csv”" }).waitFor();
    expect(await alert(page).textContent()).toBe(
      "Could not open “kept.csv”: drawing it failed (a renderer bug). The network that was open is unchanged.",
    );
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    expect(await actorButtons(page).count()).toBe(15);
    expect(page.url()).toBe(url);
  });

  it("keeps the network open, its view and an address naming it, when Back leads to one that cannot be drawn", async () => {
    const { page } = await openApp({ prepare: breakDrawing });
    const title = await keptThenExample(page);
    // the example's zoom, which Back must not take from kept.csv's entry
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => page.url()).toMatch(/view=/);
    const zoom = new URL(page.url()).hash;

    await page.goBack();
    await alert(page).filter({ hasText: "Could not open “kept.csv”" }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    expect(await actorButtons(page).count()).toBe(15);
    await expect.poll(() => new URL(page.url()).hash).toBe(zoom);
    // and the page goes on: a selection is written to the address of the example
    await page
      .getByRole("group", { name: "Actors", exact: true })
      .getByRole("button", { name: /^Bishara Bahbah,/ })
      .click();
    await details(page).getByRole("heading", { name: "Bishara Bahbah" }).waitFor();
    expect(page.url()).not.toMatch(/net=/);
  });

  it("says so when drawing a state fails, and draws the next one", async () => {
    const { page } = await openApp({ prepare: breakDrawing });
    await page.evaluate(
      () => ((window as unknown as { breakDrawing: boolean }).breakDrawing = true),
    );
    await page.getByRole("checkbox", { name: "Collapse parallel ties" }).check();
    await alert(page)
      .filter({ hasText: "Something went wrong while drawing: a renderer bug" })
      .waitFor();
    await page.evaluate(
      () => ((window as unknown as { breakDrawing: boolean }).breakDrawing = false),
    );
    await page
      .getByRole("group", { name: "Actors", exact: true })
      .getByRole("button", { name: /^Steve Witkoff,/ })
      .click();
    await page
      .getByRole("complementary", { name: "Details" })
      .getByRole("heading", { name: "Steve Witkoff" })
      .waitFor();
  });

  it("reports a rejection nothing caught", async () => {
    const { page } = await openApp();
    await page.evaluate(() => {
      setTimeout(() => void Promise.reject(new Error("a forgotten promise")), 0);
    });
    await alert(page).filter({ hasText: "Something went wrong: a forgotten promise" }).waitFor();
  });
});
