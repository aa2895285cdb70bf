// Editing in the app: a network built from nothing with the keyboard survives a reload exactly
// and undoes back to empty; edits show everywhere; deletes and merges undo; bad input is refused
// at its field; a full storage keeps the app working.
import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import { hasBrowser, useBrowser } from "./browser";

/** Reaches a control and activates it with the keyboard (Enter), as a keyboard user does. */
async function press(control: Locator): Promise<void> {
  await control.focus();
  await control.press("Enter");
}

/** Types into the field with that label. */
async function type(page: Page, label: string | RegExp, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: typeof label === "string" });
  await field.focus();
  await page.keyboard.type(text);
}

/** Every actor's drawn position (world coordinates, from its transform). */
async function actorPositions(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => {
    const out: Record<string, [number, number]> = {};
    for (const g of document.querySelectorAll<SVGGElement>("g.actor[data-actor]")) {
      const match = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/.exec(
        g.getAttribute("transform") ?? "",
      );
      if (match) out[g.dataset.actor!] = [Number(match[1]), Number(match[2])];
    }
    return out;
  });
}

const actorNames = (page: Page) =>
  page
    .locator("g.actor[data-actor]")
    .evaluateAll((gs) => gs.map((g) => g.getAttribute("aria-label")?.split(",")[0]));

async function addActor(page: Page, name: string): Promise<void> {
  await press(page.getByRole("button", { name: "Add actor…" }));
  await page.keyboard.type(name); // the form opens with Name focused
  await page.keyboard.press("Enter");
  await page.getByRole("form", { name: "Add actor" }).waitFor({ state: "detached" });
}

async function addTie(page: Page, from: string, to: string, summary: string): Promise<void> {
  await press(page.getByRole("button", { name: "Add tie…" }));
  const form = page.getByRole("form", { name: "Add tie" });
  await page.keyboard.type(from); // From is focused; a typed exact name counts as chosen
  await page.keyboard.press("Enter");
  await form.getByRole("combobox", { name: "To" }).focus();
  await page.keyboard.type(to);
  await page.keyboard.press("Enter");
  await form.getByLabel("Summary").focus();
  await page.keyboard.type(summary);
  await form.getByLabel(/^Source/).focus();
  await page.keyboard.press("ArrowDown");
  await form.getByLabel("Attribution as reported").focus();
  await page.keyboard.type("an aide told the paper");
  await page.keyboard.press("Enter");
  await form.waitFor({ state: "detached" });
}

describe.skipIf(!hasBrowser)("editing", () => {
  const open = useBrowser();

  it("builds a network from nothing with the keyboard, keeps it through a reload, undoes to empty and redoes", async () => {
    const { page, errors } = await open();
    await press(page.getByRole("button", { name: "Networks…" }));
    await press(page.getByRole("button", { name: "New network" }));
    await page.getByRole("heading", { name: "An empty network" }).waitFor();
    expect(page.url()).toMatch(/#net=[a-z2-9]{10}&edit=1/);

    await press(page.getByRole("button", { name: "Sources…" }));
    await press(page.getByRole("button", { name: "Add source" }));
    await type(page, /^Publisher/, "The Daily");
    await type(page, /^Title/, "Who called whom");
    await page.keyboard.press("Enter");
    await page.getByRole("form", { name: "Add source" }).waitFor({ state: "detached" });
    await press(page.getByRole("button", { name: "Close" }));

    for (const name of ["Alpha Adviser", "Bravo Broker", "Charlie Chief"])
      await addActor(page, name);
    await addTie(page, "Alpha Adviser", "Bravo Broker", "Alpha passed a message to Bravo");
    await addTie(page, "Bravo Broker", "Charlie Chief", "Bravo relayed it to Charlie");

    await expect.poll(() => page.locator("path.tie[data-tie], g.tie[data-tie]").count()).toBe(2);
    const before = await actorPositions(page);
    expect(Object.keys(before)).toHaveLength(3);
    // saved within a second ("Saving…" until then)
    await page.locator(".save-status", { hasText: /^Saved in this browser/ }).waitFor();
    const url = page.url();

    await page.reload();
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    await expect.poll(() => page.locator("g.actor[data-actor]").count()).toBe(3);
    expect(page.url()).toBe(url);
    const after = await actorPositions(page);
    for (const [id, [x, y]] of Object.entries(before)) {
      expect(Math.abs(after[id]![0] - x)).toBeLessThanOrEqual(1);
      expect(Math.abs(after[id]![1] - y)).toBeLessThanOrEqual(1);
    }

    // Undo every step (the history was kept with the network), back to the empty network…
    const undo = page.locator(".edit-bar [data-action=undo]");
    let steps = 0;
    await page.locator("body").focus();
    while (await undo.isEnabled()) {
      await page.keyboard.press("Control+z");
      steps += 1;
      if (steps > 20) break;
    }
    expect(steps).toBe(6); // a source, three actors, two ties
    await expect.poll(() => page.locator("g.actor[data-actor]").count()).toBe(0);
    // …and redo every one (Ctrl+Y, then Ctrl+Shift+Z)
    for (let i = 0; i < 6; i++) await page.keyboard.press(i % 2 ? "Control+Shift+z" : "Control+y");
    await expect.poll(() => page.locator("g.actor[data-actor]").count()).toBe(3);
    expect(await actorNames(page)).toEqual(["Alpha Adviser", "Bravo Broker", "Charlie Chief"]);
    expect(await actorPositions(page)).toEqual(after);
    expect(errors).toEqual([]);
  });

  it("an edited name shows in the picture, details, table, search and the SVG export", async () => {
    const { page } = await open({ hash: "edit=1" });
    await page.locator('g.actor[data-actor="bishara-bahbah"]').click();
    await press(page.getByRole("button", { name: /^Edit actor Bishara Bahbah/ }));
    const name = page.getByRole("form", { name: "Edit actor" }).getByLabel(/^Name/);
    await name.fill("Bishara A. Bahbah");
    await name.press("Enter");
    await page.getByRole("form", { name: "Edit actor" }).waitFor({ state: "detached" });
    await expect.poll(() => actorNames(page)).toContain("Bishara A. Bahbah");
    expect(page.url()).toMatch(/net=/); // the published network is untouched: a copy is edited
    await expect
      .poll(() => page.getByRole("complementary", { name: "Details" }).innerText())
      .toContain("Bishara A. Bahbah");
    await page.getByRole("combobox", { name: /Search actors/ }).fill("bahbah");
    await page.getByRole("option", { name: /Bishara A\. Bahbah/ }).waitFor();
    await page.getByRole("combobox", { name: /Search actors/ }).fill("");
    await page.getByRole("button", { name: "Table view" }).click();
    await page.getByRole("table").first().getByText("Bishara A. Bahbah").first().waitFor();
    await page.getByRole("button", { name: "Graph view" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export SVG" }).click(),
    ]);
    expect(await readFile((await download.path())!, "utf8")).toContain("Bishara A. Bahbah");
  });

  it("deleting an actor says which ties go with it, and undo brings all back", async () => {
    const { page } = await open({ hash: "edit=1" });
    const ties = await page.locator("[data-tie]").count();
    await page.locator('g.actor[data-actor="steve-witkoff"]').click();
    await press(page.getByRole("button", { name: /^Delete actor Steve Witkoff/ }));
    const dialog = page.getByRole("form", { name: /Delete/ });
    await expect
      .poll(() => dialog.innerText())
      .toMatch(/ties? go with it|will also be deleted|and its/i);
    await dialog.getByRole("button", { name: /^Delete/ }).click();
    await expect.poll(() => page.locator('g.actor[data-actor="steve-witkoff"]').count()).toBe(0);
    await page
      .getByRole("button", { name: /^Undo: delete actor Steve Witkoff and \d+ ties$/ })
      .click();
    await expect.poll(() => page.locator('g.actor[data-actor="steve-witkoff"]').count()).toBe(1);
    expect(await page.locator("[data-tie]").count()).toBe(ties);
  });

  it("merges two actors: ties and names move to the one kept", async () => {
    const { page } = await open({ hash: "edit=1" });
    await press(page.getByRole("button", { name: "Merge actors…" }));
    const dialog = page.getByRole("form", { name: /Merge/ });
    await dialog.getByRole("combobox").first().fill("Donald Trump");
    await dialog.getByRole("combobox").first().press("Enter");
    await dialog.getByRole("combobox").nth(1).fill("Trump administration");
    await dialog.getByRole("combobox").nth(1).press("Enter");
    await dialog.getByRole("button", { name: /^Merge/ }).click();
    await expect
      .poll(() => page.locator('g.actor[data-actor="trump-administration"]').count())
      .toBe(0);
    await page.locator('g.actor[data-actor="donald-trump"]').click();
    await expect
      .poll(() => page.getByRole("complementary", { name: "Details" }).innerText())
      .toContain("Trump administration");
  });

  it("refuses bad input at its field and commits nothing", async () => {
    const { page } = await open({ hash: "edit=1" });
    await press(page.getByRole("button", { name: "Add actor…" }));
    const form = page.getByRole("form", { name: "Add actor" });
    await form.getByLabel(/^Name/).fill("<b>Markup</b> Person");
    await form.getByLabel(/^Links/).fill("javascript:alert(1)");
    await form.getByRole("button", { name: "Add actor" }).click();
    await expect.poll(() => form.getByRole("alert").innerText()).toMatch(/http/);
    expect(await form.getByLabel(/^Links/).getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("g.actor[data-actor]").count()).toBe(15);
    await form.getByLabel(/^Links/).fill("");
    await form.getByRole("button", { name: "Add actor" }).click();
    await expect.poll(() => actorNames(page)).toContain("<b>Markup</b> Person");
    expect(await page.locator("b").count()).toBe(0);
  });

  it("keeps working when the storage is full, and says the work is not saved", async () => {
    const { page } = await open({ hash: "edit=1" });
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("full", "QuotaExceededError");
      };
    });
    await page.locator('g.actor[data-actor="egypt"]').click();
    await press(page.getByRole("button", { name: /^Delete actor Egypt/ }));
    await page
      .getByRole("form", { name: /Delete/ })
      .getByRole("button", { name: /^Delete/ })
      .click();
    await page.getByText(/Not saved: the browser's storage for this site is full/).waitFor();
    expect(await page.locator('g.actor[data-actor="egypt"]').count()).toBe(0);
    await page.keyboard.press("Control+z");
    await expect.poll(() => page.locator('g.actor[data-actor="egypt"]').count()).toBe(1);
  });

  it("a reader's drag on the published network is theirs alone: nothing is stored", async () => {
    const { page } = await open();
    expect(page.url()).not.toMatch(/net=/);
    expect(
      await page.getByRole("button", { name: "Edit", exact: true }).getAttribute("aria-pressed"),
    ).toBe("false");
    expect(await page.locator(".edit-bar").isHidden()).toBe(true);
  });

  it("a drag is an undoable move; Shift + drag from one actor to another opens the tie form", async () => {
    const { page } = await open({ hash: "edit=1" });
    const actor = page.locator('g.actor[data-actor="egypt"]');
    const start = (await actorPositions(page)).egypt!;
    const box = (await actor.boundingBox())!;
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 60, at.y + 40, { steps: 6 });
    await page.mouse.up();
    await page.getByRole("button", { name: "Undo: move Egypt" }).waitFor();
    expect((await actorPositions(page)).egypt![0]).not.toBeCloseTo(start[0], 0);
    await page.getByRole("button", { name: "Undo: move Egypt" }).click();
    await expect.poll(async () => (await actorPositions(page)).egypt).toEqual(start);

    const from = (await page.locator('g.actor[data-actor="qatar"]').boundingBox())!;
    const to = (await page.locator('g.actor[data-actor="egypt"]').boundingBox())!;
    await page.keyboard.down("Shift");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up("Shift");
    const form = page.getByRole("form", { name: "Add tie" });
    await form.waitFor();
    expect(await form.getByRole("combobox", { name: /^From/ }).inputValue()).toBe("Qatar");
    expect(await form.getByRole("combobox", { name: /^To/ }).inputValue()).toBe("Egypt");
    // neither actor moved
    expect((await actorPositions(page)).egypt).toEqual(start);
  });

  it("two tabs editing the same network do not overwrite each other: the second is told", async () => {
    const { page } = await open({ hash: "edit=1" });
    await page.locator('g.actor[data-actor="egypt"]').click();
    await press(page.getByRole("button", { name: /^Delete actor Egypt/ }));
    await page
      .getByRole("form", { name: /Delete/ })
      .getByRole("button", { name: /^Delete/ })
      .click();
    await page.locator(".save-status", { hasText: /^Saved in this browser/ }).waitFor();
    const second = await page.context().newPage();
    await second.goto(page.url());
    await second.locator("html[data-ready]").waitFor({ state: "attached" });
    await expect.poll(() => second.locator('g.actor[data-actor="egypt"]').count()).toBe(0);
    // the first tab changes it again; the second, still at the older revision, edits too
    await page.locator('g.actor[data-actor="qatar"]').click();
    await press(page.getByRole("button", { name: /^Delete actor Qatar/ }));
    await page
      .getByRole("form", { name: /Delete/ })
      .getByRole("button", { name: /^Delete/ })
      .click();
    await page.locator(".save-status", { hasText: /^Saved in this browser/ }).waitFor();
    await second.locator(".save-status", { hasText: /changed in another tab/ }).waitFor();
  });

  it("the exported document re-opens as the same picture", async () => {
    const { page } = await open();
    const before = await actorPositions(page);
    await page.getByText("Export data").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Backchannel JSON" }).click(),
    ]);
    const path = (await download.path())!;
    const json = JSON.parse(await readFile(path, "utf8")) as { layout?: { positions: object } };
    expect(Object.keys(json.layout?.positions ?? {})).toHaveLength(15);
    await page.locator('input[type="file"]').setInputFiles({
      name: "again.backchannel.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(json)),
    });
    await expect.poll(() => page.url()).toMatch(/net=/);
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    const after = await actorPositions(page);
    for (const [id, [x, y]] of Object.entries(before)) {
      expect(Math.abs(after[id]![0] - x)).toBeLessThanOrEqual(1);
      expect(Math.abs(after[id]![1] - y)).toBeLessThanOrEqual(1);
    }
  });
});
