import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { hasBrowser, useBrowser } from "./browser";
import { largeNetworkDocument } from "../fixtures/largeNetwork";
import { exportGexf } from "../../src/io/exportGexf";

/** Share of the visible canvas's pixels that are not the white background. */
const ink = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.network-canvas")!;
    const copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext("2d", { willReadFrequently: true })!;
    context.drawImage(canvas, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) inked++;
    return inked / (data.length / 4);
  });

/** Opens a file through the "Open…" input, as picked from disk. */
const openFile = (page: Page, name: string, mimeType: string, text: string | Buffer) =>
  page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType,
    buffer: typeof text === "string" ? Buffer.from(text) : text,
  });

const doneMarks = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName("backchannel:layout-done").length);

describe.skipIf(!hasBrowser)("a large network", () => {
  const openApp = useBrowser();
  const document = largeNetworkDocument({ actors: 1500, ties: 4500, seed: 7 });

  it("is drawn on a canvas at once, lays out in a worker with progress, and stays usable", async () => {
    const { page, errors } = await openApp();
    const marksBefore = await doneMarks(page);
    await openFile(page, "large.json", "application/json", JSON.stringify(document));
    await page
      .getByRole("status")
      .filter({ hasText: "Opened large.json: 1,500 actors" })
      .waitFor({ timeout: 30_000 });
    // Past 1 000 actors the picture is a canvas: no element per actor or tie, only the few that
    // hold the keyboard's place, the selection or the pointer.
    await page.locator("canvas.network-canvas").waitFor();
    expect(await page.locator("svg.network g.actor").count()).toBeLessThanOrEqual(3);
    expect(await page.locator("svg.network g.tie").count()).toBe(0);
    await page.waitForFunction(
      () => performance.getEntriesByName("backchannel:first-picture").length >= 2,
    );
    expect(await ink(page)).toBeGreaterThan(0.02);
    // search answers while the layout runs or after it
    await page.getByRole("combobox", { name: "Search actors" }).fill(document.actors[42]!.name);
    await page
      .getByRole("listbox", { name: "Matching actors" })
      .getByRole("option")
      .first()
      .waitFor();
    await page.getByRole("combobox", { name: "Search actors" }).fill("");
    // the layout converges and the progress indicator goes away
    await page.waitForFunction(
      (before) => performance.getEntriesByName("backchannel:layout-done").length > before,
      marksBefore,
      { timeout: 60_000 },
    );
    expect(await page.locator(".layout-progress").isHidden()).toBe(true);
    expect(await ink(page)).toBeGreaterThan(0.02);
    expect(errors).toEqual([]);
  });

  it("finds actors under the pointer and by keyboard, and exports every actor to SVG", async () => {
    const { page, errors } = await openApp();
    await openFile(page, "large.json", "application/json", JSON.stringify(document));
    await page.locator("canvas.network-canvas").waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      () => performance.getEntriesByName("backchannel:layout-done").length >= 2,
      undefined,
      { timeout: 60_000 },
    );
    // Zoom in so actors are apart, then sweep the pointer until it is over one.
    for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Zoom in" }).click();
    const box = (await page.locator("canvas.network-canvas").boundingBox())!;
    let hovered: string | null = null;
    for (let y = 0.3; y < 0.7 && !hovered; y += 0.02)
      for (let x = 0.3; x < 0.7 && !hovered; x += 0.01) {
        await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
        hovered = await page.evaluate(() => {
          const target = window.document.querySelectorAll("svg.network g.actor");
          return target.length > 1 ? target[target.length - 1]!.getAttribute("aria-label") : null;
        });
      }
    expect(hovered).not.toBeNull();
    await page.mouse.down();
    await page.mouse.up();
    const name = hovered!.split(",")[0]!;
    await page
      .getByRole("complementary", { name: "Details" })
      .getByRole("heading", { name })
      .waitFor();
    // The keyboard's place is an element with the actor's name; arrows move it to a neighbour.
    // Zoomed in close, the neighbours are off screen until the view follows the focus.
    for (let i = 0; i < 8; i++) await page.getByRole("button", { name: "Zoom in" }).click();
    const stop = page.locator('svg.network g.actor[tabindex="0"]');
    await stop.focus();
    const focused = () =>
      page.evaluate(() => window.document.activeElement?.getAttribute("aria-label") ?? "");
    const visited = [await focused()];
    for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"]) {
      await page.keyboard.press(key);
      visited.push(await focused());
    }
    for (const label of visited) expect(label).toMatch(/^.+, .+, \d+ ties?$/);
    expect(new Set(visited).size).toBeGreaterThan(1);
    // The actor the keys reached is on screen (the view pans to it when it is not).
    const onScreen = await page.evaluate(() => {
      const focused = window.document.activeElement!.getBoundingClientRect();
      const stage = window.document.querySelector("canvas.network-canvas")!.getBoundingClientRect();
      const x = focused.x + focused.width / 2;
      const y = focused.y + focused.height / 2;
      return x >= stage.left && x <= stage.right && y >= stage.top && y <= stage.bottom;
    });
    expect(onScreen).toBe(true);
    // The SVG export still has one element per actor.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export SVG" }).click(),
    ]);
    const markup = await readFile((await download.path())!, "utf8");
    expect(markup.match(/data-actor="/g)?.length).toBe(1500);
    // The PNG (network drawn on a canvas at this size) has the SVG's frame at 2×.
    const [pngDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export PNG" }).click(),
    ]);
    const png = await readFile((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(markup)!;
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      2 * Number(width),
      2 * Number(height),
    ]);
    expect(errors).toEqual([]);
  });

  it("pans on a plain drag over the dense canvas, and moves an actor only with Alt", async () => {
    const { page, errors } = await openApp();
    const before = await doneMarks(page);
    await openFile(page, "large.json", "application/json", JSON.stringify(document));
    await page.waitForFunction(
      (marks) => performance.getEntriesByName("backchannel:layout-done").length > marks,
      before,
      { timeout: 60_000 },
    );
    // The page says how dragging works here.
    await page.getByText("Drag pans · Alt + drag moves an actor").waitFor();
    const box = (await page.locator("canvas.network-canvas").boundingBox())!;
    /** Moves the pointer over the fitted picture until an actor is under it (it gets an element). */
    const actorUnderPointer = async () => {
      for (let y = 0.35; y < 0.65; y += 0.02)
        for (let x = 0.35; x < 0.65; x += 0.01) {
          const at = { x: box.x + box.width * x, y: box.y + box.height * y };
          await page.mouse.move(at.x, at.y);
          const under = await page.evaluate(
            ([px, py]) =>
              window.document
                .elementFromPoint(px!, py!)
                ?.closest("g.actor")
                ?.getAttribute("data-actor") ?? null,
            [at.x, at.y],
          );
          if (under) return at;
        }
      throw new Error("no actor under the pointer anywhere in the middle of the picture");
    };
    const pinned = () => page.getByRole("button", { name: "Release pinned" }).isVisible();
    const view = () => new URLSearchParams(new URL(page.url()).hash.slice(1)).get("view");

    // A plain drag that starts on an actor pans the picture and pins nothing.
    let at = await actorUnderPointer();
    expect(view()).toBeNull();
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(at.x + i * 8, at.y + i * 5);
    await page.mouse.up();
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).has("view"));
    const [x, y] = view()!.split(",").map(Number);
    expect(x).not.toBeNaN();
    expect(y).not.toBeNaN();
    expect(await pinned()).toBe(false);

    // Alt + drag moves the actor under the pointer and pins it; the view stays where it was.
    const panned = view();
    at = await actorUnderPointer();
    await page.keyboard.down("Alt");
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(at.x + i * 6, at.y - i * 4);
    await page.mouse.up();
    await page.keyboard.up("Alt");
    await page.getByRole("button", { name: "Release pinned" }).waitFor();
    expect(view()).toBe(panned);
    expect(errors).toEqual([]);
  });

  it("shows a large GEXF's actors while its ties are read, and a bad one leaves the open network", async () => {
    const { page, errors } = await openApp();
    const gexf = exportGexf(document).text;
    const marksAt = await page.evaluate(() => performance.now());
    await openFile(page, "large.gexf", "application/xml", gexf);
    await page
      .getByRole("status")
      .filter({ hasText: "Opened large.gexf: 1,500 actors" })
      .waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      (after) =>
        performance.getEntriesByName("backchannel:first-picture").filter((m) => m.startTime > after)
          .length >= 2,
      marksAt,
    );
    // The actors' picture came first, then the network's; the preview is gone.
    expect(await page.locator(".import-preview").count()).toBe(0);
    // A file that breaks after its actors: the preview goes, the alert names the line, and the
    // network that was open stays.
    const title = await page.locator(".network-title").textContent();
    const broken = gexf.replace(/<\/edges>/, "</edgez>");
    await openFile(page, "broken.gexf", "application/xml", broken);
    await page
      .getByRole("alert")
      .filter({ hasText: /broken\.gexf line \d+/ })
      .waitFor({ timeout: 30_000 });
    expect(await page.locator(".import-preview").count()).toBe(0);
    expect(await page.locator(".network-title").textContent()).toBe(title);
    expect(await page.locator(".status-message").textContent()).not.toMatch(/reading the ties/);
    expect(errors).toEqual([]);
  });

  it("a small file opened while a large one is read is the one left open", async () => {
    const { page, errors } = await openApp();
    const small = await readFile("tests/fixtures/foreign/networkx-contacts.links.json");
    await openFile(page, "large.gexf", "application/xml", exportGexf(document).text);
    await openFile(page, "contacts.json", "application/json", small);
    await page
      .getByRole("status")
      .filter({ hasText: "Opened contacts.json" })
      .waitFor({ timeout: 30_000 });
    // The large file's result, whenever it comes, is dropped: the small network stays.
    await page.waitForFunction(
      () =>
        performance
          .getEntriesByName("backchannel:open-dropped")
          .some((mark) => (mark as PerformanceMark).detail === "large.gexf"),
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.locator(".network-title").textContent()).not.toBe("large.gexf");
    expect(
      await page.getByRole("group", { name: "Actors", exact: true }).getByRole("button").count(),
    ).toBe(8);
    expect(await page.locator(".import-preview").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
