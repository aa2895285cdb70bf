// The user's work as this tab has it is what leaves it: "Export data" writes an actor's position
// after a move was undone or released (not where the picture's last rebuild found it), the tab's
// title names the network shown, and "Duplicate" of a network another tab saved over keeps this
// tab's changes, as the edit bar says it will.
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

describe.skipIf(!hasBrowser)("two tabs on one network", () => {
  const open = useBrowser();

  it("Duplicate in the tab that was saved over keeps that tab's changes", async () => {
    const { page: first } = await open({ hash: "edit=1" });
    await first.locator('g.actor[data-actor="egypt"]').click();
    await first.getByRole("button", { name: /^Delete actor Egypt/ }).click();
    await first
      .getByRole("form", { name: /Delete/ })
      .getByRole("button", { name: /^Delete/ })
      .click();
    await first.locator(".save-status", { hasText: /^Saved in this browser/ }).waitFor();
    const second = await first.context().newPage();
    await second.goto(first.url());
    await second.locator("html[data-ready]").waitFor({ state: "attached" });
    // the first tab saves again; the second, still at the older revision, deletes Qatar
    for (const [page, actor] of [
      [first, "Israel"],
      [second, "Qatar"],
    ] as const) {
      await page.locator(`g.actor[data-actor="${actor.toLowerCase()}"]`).click();
      await page.getByRole("button", { name: new RegExp(`^Delete actor ${actor}`) }).click();
      await page
        .getByRole("form", { name: /Delete/ })
        .getByRole("button", { name: /^Delete/ })
        .click();
      if (page === first)
        await page.locator(".save-status", { hasText: /^Saved in this browser/ }).waitFor();
    }
    await second
      .locator(".save-status", { hasText: /Networks → Duplicate to keep yours/ })
      .waitFor();

    await second.getByRole("button", { name: "Networks…" }).click();
    await second.getByRole("dialog").getByRole("button", { name: "Duplicate" }).click();
    await second.getByRole("button", { name: /^Open .*\(copy\)$/ }).click();
    await second.getByRole("heading", { level: 1, name: /\(copy\)$/ }).waitFor();
    await second.locator("html[data-ready]").waitFor({ state: "attached" });
    const actors = await second
      .locator("g.actor[data-actor]")
      .evaluateAll((gs) => gs.map((g) => g.getAttribute("data-actor")));
    expect(actors).not.toContain("qatar"); // this tab's change
    expect(actors).toContain("israel"); // deleted in the other tab, after this one opened it
    expect(actors).not.toContain("egypt");
  });

  it("the Networks list opened right after a file opens lists that file", async () => {
    const { page } = await open();
    await page.locator('input[type="file"]').setInputFiles({
      name: "just-opened.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Source,Target\nAlice,Bob\n"),
    });
    await page.locator(".status-message", { hasText: /^Opened just-opened\.csv/ }).waitFor();
    // at once: its first save may still wait (autosave saves a moment after a change)
    await page.getByRole("button", { name: "Networks…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Open just-opened.csv" }).waitFor();
    expect(await page.getByRole("dialog").textContent()).not.toMatch(/No network is kept/);
  });
});
