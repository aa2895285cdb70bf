// A change made just before the page closes is not lost: autosave writes to IndexedDB a moment
// after a change, and a reload or a closed tab in that moment (or a save that failed) used to lose
// it. The page keeps it synchronously as it goes (persist/unsavedRescue.ts) and brings it back.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { hasBrowser, useBrowser } from "./browser";

/** With `window.failSaves` set, IndexedDB refuses to write: the save fails as a closed page's would. */
async function failingSaves(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (
      this: IDBDatabase,
      ...args: Parameters<typeof transaction>
    ) {
      if ((window as unknown as { failSaves?: boolean }).failSaves && args[1] === "readwrite")
        throw new DOMException("refused by the test", "UnknownError");
      return transaction.apply(this, args);
    } as typeof transaction;
  });
}

async function openSmall(page: Page): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({
    name: "small.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Source,Target\nAlice,Bob\nBob,Carol\n"),
  });
  await page.locator(".status-message", { hasText: /^Opened small\.csv/ }).waitFor();
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await page.locator(".save-status", { hasText: /^Saved in this browser/ }).waitFor();
}

async function rename(page: Page, from: string, to: string): Promise<void> {
  await page
    .getByRole("group", { name: "Actors", exact: true })
    .getByRole("button", { name: new RegExp(`^${from},`) })
    .click();
  await page.getByRole("button", { name: `Edit actor ${from}…` }).click();
  const name = page.getByRole("form", { name: "Edit actor" }).getByLabel(/^Name/);
  await name.fill(to);
  await name.press("Enter");
  await page.getByRole("form", { name: "Edit actor" }).waitFor({ state: "detached" });
}

const actorNames = (page: Page) =>
  page
    .getByRole("group", { name: "Actors", exact: true })
    .getByRole("button")
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")?.split(",")[0]));

describe.skipIf(!hasBrowser)("a change made as the page closes", () => {
  const open = useBrowser();

  it("comes back after a reload when its save had not landed, and is then saved", async () => {
    const { page, errors } = await open({ prepare: failingSaves });
    await openSmall(page);
    await page.evaluate(() => ((window as unknown as { failSaves: boolean }).failSaves = true));
    await rename(page, "Alice", "Alicia Renamed");
    await page.locator(".save-status", { hasText: /^Not saved/ }).waitFor();

    await page.reload(); // a new page: its saves work
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    await expect.poll(() => actorNames(page)).toContain("Alicia Renamed");
    await page
      .locator(".status-message", { hasText: /was brought back and is being saved/ })
      .waitFor();
    await page.locator(".save-status", { hasText: /^Saved in this browser/ }).waitFor();
    // Undo still knows the rename
    await page.getByRole("button", { name: "Undo: edit actor Alicia Renamed" }).waitFor();

    // saved now: the next reload reads it from the library, with nothing to bring back
    await page.reload();
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    await expect.poll(() => actorNames(page)).toContain("Alicia Renamed");
    expect(await page.locator(".status-message").textContent()).not.toMatch(/brought back/);
    expect(errors.filter((e) => !/refused by the test/.test(e))).toEqual([]);
  });

  it("is kept through a reload made at once after the edit", async () => {
    const { page, errors } = await open();
    await openSmall(page);
    await rename(page, "Bob", "Roberta Renamed");
    await page.reload();
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    await expect.poll(() => actorNames(page)).toContain("Roberta Renamed");
    expect(await actorNames(page)).not.toContain("Bob");
    expect(errors).toEqual([]);
  });
});
