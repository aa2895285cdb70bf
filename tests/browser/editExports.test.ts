// What "Export data" writes while editing is the network as it is drawn and kept: an actor's
// position after a move was undone or released, not where the picture's last rebuild found it.
import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { hasBrowser, useBrowser } from "./browser";

interface Exported {
  layout?: { positions: Record<string, { x: number; y: number }>; pinned?: string[] };
}

async function exportJson(page: Page): Promise<Exported> {
  await page.getByText("Export data").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Backchannel JSON" }).click(),
  ]);
  await page.keyboard.press("Escape");
  return JSON.parse(await readFile((await download.path())!, "utf8")) as Exported;
}

/** An actor's drawn position (world coordinates, from its transform). */
async function drawnAt(page: Page, id: string): Promise<{ x: number; y: number }> {
  const transform = await page.locator(`g.actor[data-actor="${id}"]`).getAttribute("transform");
  const match = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/.exec(transform ?? "");
  return { x: Number(match![1]), y: Number(match![2]) };
}

describe.skipIf(!hasBrowser)("exports while editing", () => {
  const open = useBrowser();

  it("an undone move exports where the actor is drawn, after the picture was rebuilt", async () => {
    const { page, errors } = await open({ hash: "edit=1" });
    const start = await drawnAt(page, "egypt");
    const box = (await page.locator('g.actor[data-actor="egypt"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 + 30, { steps: 6 });
    await page.mouse.up();
    await page.getByRole("button", { name: "Undo: move Egypt" }).waitFor();
    // An edit of a record rebuilds the picture (with Egypt where it was moved to)…
    await page.locator('g.actor[data-actor="hamas"]').click();
    await page.getByRole("button", { name: /^Edit actor Hamas/ }).click();
    const name = page.getByRole("form", { name: "Edit actor" }).getByLabel(/^Name/);
    await name.fill("Hamas movement");
    await name.press("Enter");
    await page.getByRole("button", { name: "Undo: edit actor Hamas movement" }).click();
    // …and undoing the move puts Egypt back, unpinned
    await page.getByRole("button", { name: "Undo: move Egypt" }).click();
    await expect.poll(() => drawnAt(page, "egypt")).toEqual(start);

    const exported = await exportJson(page);
    expect(exported.layout?.positions.egypt).toEqual(start);
    expect(exported.layout?.pinned ?? []).not.toContain("egypt");
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasBrowser)("the page's title", () => {
  const open = useBrowser();

  it("names the network shown: a file opened, kept, then given a new title", async () => {
    const { page, errors } = await open();
    expect(await page.title()).toBe(
      "The back-channel behind Edan Alexander's release · Backchannel",
    );
    await page.locator('input[type="file"]').setInputFiles({
      name: "small.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Source,Target\nAlice,Bob\n"),
    });
    await page.locator(".status-message", { hasText: /^Opened small\.csv/ }).waitFor();
    expect(await page.title()).toBe("small.csv · Backchannel");
    await page.reload(); // the copy kept in this browser
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    expect(await page.title()).toBe("small.csv · Backchannel");
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await page.getByRole("button", { name: "Network details…" }).click();
    const title = page.getByRole("form", { name: /details/ }).getByLabel(/^Title/);
    await title.fill("Who called whom");
    await title.press("Enter");
    await expect.poll(() => page.title()).toBe("Who called whom · Backchannel");
    expect(errors).toEqual([]);
  });
});
