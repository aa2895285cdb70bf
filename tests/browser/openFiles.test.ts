import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { hasBrowser, useBrowser } from "./browser";

const actorButtons = (page: Page) =>
  page.getByRole("group", { name: "Actors", exact: true }).getByRole("button");
const fileInput = (page: Page) => page.locator('input[type="file"]');

async function dropFile(page: Page, name: string, text: string, type = "text/plain") {
  await page.evaluate(
    ({ name, text, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type }));
      const target = document.querySelector("svg.network") ?? document.body;
      for (const kind of ["dragenter", "dragover", "drop"])
        target.dispatchEvent(
          new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
    },
    { name, text, type },
  );
}

describe.skipIf(!hasBrowser)("bringing your own network", () => {
  const openApp = useBrowser();

  it("opens a GEXF written by NetworkX through the Open… input", async () => {
    const { page, errors } = await openApp({ hash: "actor=bishara-bahbah" });
    expect(await page.getByRole("button", { name: "Open…" }).isVisible()).toBe(true);
    await fileInput(page).setInputFiles("tests/fixtures/foreign/networkx-contacts.gexf");
    await page.getByRole("status").filter({ hasText: "Opened networkx-contacts.gexf" }).waitFor();
    expect(await actorButtons(page).count()).toBe(8);
    expect(page.url()).not.toContain("actor=bishara-bahbah");
    expect(errors).toEqual([]);
    // The file was read and validated in the import worker, not on the page's thread.
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => entry.name),
    );
    expect(scripts.some((name) => /importWorker-[\w-]+\.js$/.test(name))).toBe(true);
  });

  it("draws a Gephi file's arrangement as Gephi showed it, the right way up", async () => {
    const { page, errors } = await openApp();
    await fileInput(page).setInputFiles("tests/fixtures/foreign/gephi-0.10-export.gexf");
    await page.getByRole("status").filter({ hasText: "Opened gephi-0.10-export.gexf" }).waitFor();
    // Each actor is drawn where the file puts it (no layout moved it), y turned over: in Gephi
    // the Ministry (−120.5, 33.2) is above Jane Roe (50, −80).
    const drawnAt = async (name: string) =>
      actorButtons(page).filter({ hasText: name }).first().getAttribute("transform");
    expect(await drawnAt("Ministry of Finance")).toBe("translate(-120.5,-33.2)");
    expect(await drawnAt("Jane Roe")).toBe("translate(50,80)");
    expect(await drawnAt("Harbour Holdings")).toBe("translate(210.75,-140.5)");
    expect(await drawnAt("Daily Courier")).toBe("translate(-60.25,190)");
    expect(errors).toEqual([]);
  });

  it("shows no timeline for a network with no dated tie, only a note saying so", async () => {
    const { page, errors } = await openApp();
    const timeline = page.getByRole("region", { name: "Timeline" });
    expect(await timeline.getByRole("button", { name: "Play" }).isVisible()).toBe(true);
    await dropFile(page, "undated.csv", "Source,Target\nalice,bob\nbob,carol\n");
    await page.getByRole("status").filter({ hasText: "Opened undated.csv" }).waitFor();
    await timeline
      .getByText("No tie is dated (2 ties), so there is no timeline to show.")
      .waitFor();
    expect(await timeline.getByRole("button", { name: "Play" }).isVisible()).toBe(false);
    expect(await timeline.getByRole("img").isVisible()).toBe(false);
    expect((await timeline.boundingBox())!.height).toBeLessThan(60);
    expect(errors).toEqual([]);
  });

  it("draws the ties of a Source,Target table as 'Other or not stated', never as actions", async () => {
    const { page, errors } = await openApp();
    await dropFile(page, "pairs.csv", "Source,Target\nalice,bob\nbob,carol\n");
    await page.getByRole("status").filter({ hasText: "Opened pairs.csv" }).waitFor();
    const legend = page.locator(".legend-body");
    // the ties' entry (a line swatch); the actors', with no kind in the file either, says so too
    const tieEntry = legend
      .getByRole("listitem")
      .filter({ hasText: /^Other or not stated$/, has: page.locator("line") });
    await tieEntry.waitFor();
    expect(
      await legend
        .getByRole("listitem")
        .filter({ hasText: /^Other or not stated$/ })
        .count(),
    ).toBe(2);
    expect(await legend.getByText(/action/i).count()).toBe(0);
    // The lines are drawn in that group's colour, the same as its legend swatch.
    const swatch = await tieEntry.locator("line").getAttribute("stroke");
    const strokes = await page
      .locator("svg.network g.tie[data-tie] .tie-line")
      .evaluateAll((lines) => lines.map((line) => getComputedStyle(line).stroke));
    expect(strokes).toHaveLength(2);
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
    expect(new Set(strokes)).toEqual(new Set([rgb(swatch!)]));
    // The filters name the kind so too.
    await page.getByText("Filters", { exact: true }).click();
    expect(await page.getByRole("checkbox", { name: "other or not stated" }).isChecked()).toBe(
      true,
    );
    expect(errors).toEqual([]);
  });

  it("opens a CSV saved by Excel on Windows (Windows-1252) with its accents, and says so", async () => {
    const { page } = await openApp();
    await fileInput(page).setInputFiles({
      name: "excel-ansi.csv",
      mimeType: "text/csv",
      // "Source;Target\nRéunion;Zoë\n", one byte a letter
      buffer: Buffer.from("Source;Target\nR\u00e9union;Zo\u00eb\n", "latin1"),
    });
    const status = page.getByRole("status").filter({ hasText: "Opened excel-ansi.csv" });
    await status.waitFor();
    expect(await status.textContent()).toContain(
      "excel-ansi.csv is not UTF-8: it was read as Windows-1252",
    );
    await actorButtons(page).filter({ hasText: "Réunion" }).first().waitFor({ state: "attached" });
    expect(await actorButtons(page).filter({ hasText: "Zoë" }).count()).toBe(1);
  });

  it("opens a nodes + edges CSV pair saved by a spreadsheet", async () => {
    const { page } = await openApp();
    await fileInput(page).setInputFiles([
      "tests/fixtures/foreign/excel-nodes.csv",
      "tests/fixtures/foreign/excel-edges.csv",
    ]);
    await page
      .getByRole("status")
      .filter({ hasText: "Opened excel-nodes.csv, excel-edges.csv" })
      .waitFor();
    expect(await actorButtons(page).count()).toBeGreaterThan(2);
  });

  it("opens a file dropped anywhere on the page", async () => {
    const { page } = await openApp();
    const text = await readFile("tests/fixtures/foreign/networkx-contacts.links.json", "utf8");
    await dropFile(page, "contacts.json", text, "application/json");
    await page.getByRole("status").filter({ hasText: "Opened contacts.json" }).waitFor();
    expect(await actorButtons(page).count()).toBe(8);
  });

  it("a bad file shows an alert naming the file and the problem, and the open network stays", async () => {
    const { page } = await openApp({ hash: "actor=hamas" });
    const broken = JSON.parse(await readFile("data/edan-alexander-backchannel.json", "utf8"));
    broken.ties[3].target = "witkof";
    await dropFile(page, "broken.json", JSON.stringify(broken));
    const alert = page.getByRole("alert");
    await alert.filter({ hasText: "broken.json" }).waitFor();
    expect(await alert.textContent()).toContain(
      'ties[3].target: no actor "witkof" (did you mean "steve-witkoff"?)',
    );
    expect(await actorButtons(page).count()).toBe(15);
    await page
      .getByRole("complementary", { name: "Details" })
      .getByRole("heading", { name: "Hamas" })
      .waitFor();
    await fileInput(page).setInputFiles({
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("hello, world"),
    });
    await alert.filter({ hasText: "notes.txt" }).waitFor();
    expect(await actorButtons(page).count()).toBe(15);
  });

  it("Export data → Backchannel JSON re-opens as the same network", async () => {
    const { page } = await openApp();
    await page.getByText("Export data").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Backchannel JSON" }).click(),
    ]);
    const saved = await readFile((await download.path())!, "utf8");
    const original = JSON.parse(await readFile("data/edan-alexander-backchannel.json", "utf8"));
    // The same document, plus where every actor is drawn (re-opened, the picture is the same).
    const { layout, ...rest } = JSON.parse(saved);
    expect(rest).toEqual(original);
    expect(Object.keys(layout.positions).sort()).toEqual(
      original.actors.map((a: { id: string }) => a.id).sort(),
    );
    const [gexf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "GEXF (Gephi)" }).click(),
    ]);
    await fileInput(page).setInputFiles((await gexf.path())!);
    await page.getByRole("status").filter({ hasText: "15 actors, 25 ties" }).waitFor();
  });
});
