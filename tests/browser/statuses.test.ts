// Statuses in the picture, the legend, the details and the filters: the seed's inferred ties with
// their editor's notes, and an imported file that states no status, with ties to oneself.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { hasBrowser, useBrowser } from "./browser";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const tieButton = (page: Page, name: RegExp) =>
  page.getByRole("group", { name: "Ties", exact: true }).getByRole("button", { name });
const legendEntry = (page: Page, text: string) =>
  page.getByRole("listitem").filter({ hasText: text });
const visibleTies = (page: Page) => page.locator("svg.network g.tie[data-tie]").count();

describe.skipIf(!hasBrowser)("statuses and ties to oneself", () => {
  const openApp = useBrowser();

  it("shows the seed's inferred ties with the editor's note, and lists 'inferred' in the legend", async () => {
    const { page, errors } = await openApp();
    await legendEntry(page, "Inferred: the reporting implies it").waitFor();
    expect(await legendEntry(page, "Reported").count()).toBe(1);
    // Nothing in the seed lacks a status.
    expect(await legendEntry(page, "Status not stated in the file").count()).toBe(0);

    const relay = tieButton(page, /^Bishara Bahbah ↔ Steve Witkoff: relay, .+, inferred$/);
    await relay.focus();
    await page.keyboard.press("Enter");
    await details(page).getByRole("heading", { name: "Bishara Bahbah ↔ Steve Witkoff" }).waitFor();
    const text = await details(page).textContent();
    expect(text).toMatch(/Status\s*inferred/);
    expect(text).toContain(
      "Editor's note: The report never says that Bahbah spoke to Witkoff or passed anything to him.",
    );

    // Every inferred tie is named so, and shows a note when selected.
    const inferred = tieButton(page, /, inferred$/);
    expect(await inferred.count()).toBe(5);
    await tieButton(
      page,
      /^Trump administration → Mohammed bin Abdul Rahman al-Thani: message/,
    ).focus();
    await page.keyboard.press("Enter");
    await details(page)
      .getByText(/^Editor's note: The report gives the U\.S\. position/)
      .waitFor();
    expect(errors).toEqual([]);
  });

  it("filters by status: 'inferred' is a choice of its own", async () => {
    const { page } = await openApp();
    await page.getByText("Filters", { exact: true }).click();
    await page.getByRole("checkbox", { name: "inferred" }).uncheck();
    expect(await visibleTies(page)).toBe(20);
    // The boxes list the statuses the network uses: the seed's are reported and inferred.
    expect(new URL(page.url()).hash).toContain("status=reported");
    expect(new URL(page.url()).hash).not.toContain("inferred");
  });

  it("opens a file that states no status: drawn and named 'not stated', loops kept and clickable", async () => {
    const { page, errors } = await openApp();
    await page
      .locator('input[type="file"]')
      .setInputFiles("tests/fixtures/foreign/self-loops.gexf");
    await page
      .getByRole("status")
      .filter({ hasText: "Opened self-loops.gexf: 5 actors, 8 ties" })
      .waitFor();
    await legendEntry(page, "Status not stated in the file").waitFor();
    expect(await legendEntry(page, "Reported").count()).toBe(0);
    expect(await tieButton(page, /, status not stated$/).count()).toBe(8);
    expect(await tieButton(page, /^YDL014W ↔ YDL014W: /).count()).toBe(2);

    // Click the top of YLR197W's loop, as a person would.
    const top = await page.evaluate(() => {
      const path = document.querySelector<SVGPathElement>(
        'svg.network g.tie[data-source="ylr197w"][data-target="ylr197w"] .tie-line',
      )!;
      const box = path.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + 1 };
    });
    await page.mouse.click(top.x, top.y);
    await details(page).getByRole("heading", { name: "YLR197W ↔ YLR197W" }).waitFor();
    const text = await details(page).textContent();
    expect(text).toContain("From YLR197W to itself");
    expect(text).toMatch(/Status\s*not stated in the file/);
    expect(text).toContain("No summary in the file.");

    // A tie to itself counts twice in the actor's tie count, as graphology counts it.
    await page
      .getByRole("group", { name: "Actors", exact: true })
      .getByRole("button", { name: /^YDL014W,/ })
      .click();
    await details(page).getByRole("heading", { name: "YDL014W" }).waitFor();
    expect(await details(page).textContent()).toMatch(
      /Ties\s*5 \(0 in, 0 out, 5 both ways; 2 ties to itself, counted twice\)/,
    );
    expect(errors).toEqual([]);
  });
});
