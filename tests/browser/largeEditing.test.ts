// Editing a network drawn on the canvas: after an edit its explorer is built again in steps
// (app/stagedRebuild.ts) and its document is stored in pieces (persist/networkLibrary.ts). What
// the editor sees must be what it sees on a small network: the change everywhere, the message,
// the focus where it was, undo, and the same network after a reload.
import { describe, expect, it } from "vitest";
import { hasBrowser, useBrowser } from "./browser";
import { largeNetworkDocument } from "../fixtures/largeNetwork";

describe.skipIf(!hasBrowser)("editing a network drawn on the canvas", () => {
  const open = useBrowser();
  const generated = largeNetworkDocument({ actors: 1200, ties: 3600, seed: 11 });
  // Every actor placed (a grid), so no layout runs and the picture is final at once.
  const document = {
    ...generated,
    layout: {
      positions: Object.fromEntries(
        generated.actors.map((actor, i) => [
          actor.id,
          { x: (i % 40) * 30, y: Math.floor(i / 40) * 30 },
        ]),
      ),
    },
  };
  // A name made from an index is unique: "Ministry 123".
  const actor = generated.actors.find((a) => /^Ministry \d+$/.test(a.name))!;

  it("renames an actor, says so, keeps the focus, undoes, and reloads the same network", async () => {
    const { page, errors } = await open();
    await page.locator('input[type="file"]').setInputFiles({
      name: "large.backchannel.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(document)),
    });
    await page
      .locator(".status-message", { hasText: /^Opened large\.backchannel\.json/ })
      .waitFor();
    expect(page.url()).toMatch(/#net=/);
    await page.getByRole("button", { name: "Edit", exact: true }).click();

    await page.getByRole("combobox", { name: /Search actors/ }).fill(actor.name);
    await page.locator(`[data-actor-option="${actor.id}"]`).click();
    const editButton = page.getByRole("button", { name: `Edit actor ${actor.name}…` });
    await editButton.click();
    const name = page.getByRole("form", { name: "Edit actor" }).getByLabel(/^Name/);
    await name.fill("Ministry of Renamed Things");
    await name.press("Enter");
    await page.getByRole("form", { name: "Edit actor" }).waitFor({ state: "detached" });

    const details = page.getByRole("complementary", { name: "Details" });
    await expect.poll(() => details.innerText()).toContain("Ministry of Renamed Things");
    await page
      .locator(".status-message", { hasText: "Done: edit actor Ministry of Renamed Things." })
      .waitFor();
    // the focus went back to the button that opened the form, through the rebuild
    await expect
      .poll(() => page.evaluate(() => globalThis.document.activeElement?.textContent))
      .toBe("Edit actor Ministry of Renamed Things…");

    await page.keyboard.press("Control+z");
    await expect.poll(() => details.innerText()).toContain(actor.name);
    await page.locator(".status-message", { hasText: /^Undone: edit actor/ }).waitFor();
    await page.locator(".save-status", { hasText: /^Saved in this browser/ }).waitFor();

    await page.reload();
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    await page
      .getByRole("button", { name: "Redo: edit actor Ministry of Renamed Things" })
      .waitFor();
    await page.getByRole("combobox", { name: /Search actors/ }).fill("Renamed Things");
    expect(await page.locator(`[data-actor-option="${actor.id}"]`).count()).toBe(0);
    await page.getByRole("combobox", { name: /Search actors/ }).fill(actor.name);
    await page.locator(`[data-actor-option="${actor.id}"]`).waitFor();
    expect(errors).toEqual([]);
  });
});
