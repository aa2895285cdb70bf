import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { hasBrowser, useBrowser } from "./browser";
import { COMMUNICATION_TIE_KINDS } from "../../src/schema/vocabulary";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const visibleTies = (page: Page) => page.locator("svg.network g.tie[data-tie]").count();
const COMMUNICATION = COMMUNICATION_TIE_KINDS.join(",");

describe.skipIf(!hasBrowser)("questioning the network", () => {
  const openApp = useBrowser();

  it("shows each actor's tie count and brokerage with its rank", async () => {
    const { page } = await openApp({ hash: `actor=steve-witkoff&kinds=${COMMUNICATION}` });
    const text = await details(page).textContent();
    expect(text).toContain("Broker score");
    expect(text).toMatch(/joint 1st of 15/);
    await page
      .getByRole("group", { name: "Actors", exact: true })
      .getByRole("button", { name: /^Bishara Bahbah,/ })
      .click();
    await details(page).getByRole("heading", { name: "Bishara Bahbah" }).waitFor();
    expect(await details(page).textContent()).toMatch(/betweenness · 3rd of 15/);
  });

  it("finds the path from the Hamas official to Trump, with each hop's date and evidence, chosen from the keyboard", async () => {
    const { page } = await openApp({ hash: `kinds=${COMMUNICATION}` });
    await page.getByText("Paths", { exact: true }).click();
    await page.getByLabel("Path from").selectOption({ label: "Hamas official outside Gaza" });
    await page.getByLabel("Path to").focus();
    await page.getByLabel("Path to").selectOption({ label: "Donald Trump" });
    const panel = details(page);
    await panel
      .getByRole("heading", { name: /^Paths from Hamas official outside Gaza to Donald Trump/ })
      .waitFor();
    const text = await panel.textContent();
    expect(text).toContain(
      "Hamas official outside Gaza → Bishara Bahbah → Steve Witkoff → Mohammed bin Abdul Rahman al-Thani → Donald Trump",
    );
    expect(text).toContain("late April 2025");
    expect(text).toContain(
      "two Israeli officials, one Palestinian official and one U.S. official told Axios",
    );
    expect(page.url()).toContain("path=hamas-official%2Cdonald-trump");
    // the path is highlighted, the rest dimmed
    const highlighted = await page.evaluate(() =>
      [...document.querySelectorAll("svg.network g.actor")]
        .filter((g) => g.getAttribute("opacity") === "1")
        .map((g) => g.getAttribute("data-actor")),
    );
    expect(highlighted.sort()).toEqual([
      "bishara-bahbah",
      "donald-trump",
      "hamas-official",
      "mohammed-al-thani",
      "steve-witkoff",
    ]);
  });

  it("filters by status and kind, keeps it in the URL, and says so in the exported SVG", async () => {
    const { page } = await openApp();
    await page.getByText("Filters", { exact: true }).click();
    await page.getByRole("checkbox", { name: "guarantee" }).uncheck();
    expect(await visibleTies(page)).toBe(22);
    expect(page.url()).toContain("kinds=");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export SVG" }).click(),
    ]);
    const svg = await readFile((await download.path())!, "utf8");
    expect(svg).toMatch(/<g id="header">[\s\S]*Kinds: message[\s\S]*<\/g>/);
    await page.getByRole("button", { name: "Reset filters" }).click();
    expect(await visibleTies(page)).toBe(25);
  });

  it("an ego network keeps only actors within N hops", async () => {
    const { page } = await openApp({ hash: "actor=khalil-al-hayya" });
    await details(page).getByRole("button", { name: "Show only this neighbourhood" }).click();
    const actors = await page.locator("svg.network g.actor").count();
    expect(actors).toBe(3); // al-Hayya, Bahbah, Hamas
    expect(page.url()).toContain("ego=khalil-al-hayya%2C1");
    await details(page).getByRole("button", { name: "Show everyone" }).click();
    expect(await page.locator("svg.network g.actor").count()).toBe(15);
  });

  it("a typed time window keeps the ties that overlap it", async () => {
    const { page } = await openApp();
    await page.getByLabel("From date").fill("2025-04-22");
    await page.getByLabel("To date").fill("2025-04-22");
    // 22 April: the four ties dated that day, the two late-April ties and the secret talks
    expect(await visibleTies(page)).toBe(7);
    expect(page.url()).toContain("from=2025-04-22&to=2025-04-22");
  });

  it("plays the timeline: the network grows tie by tie in date order", async () => {
    const { page } = await openApp();
    const status = page.locator(".play-date");
    await page.getByRole("button", { name: "Step forward one tie" }).click();
    await status.filter({ hasText: "1 of 12" }).waitFor();
    expect(await visibleTies(page)).toBe(1); // Bahbah supports Trump, 2024
    for (let i = 0; i < 4; i++)
      await page.getByRole("button", { name: "Step forward one tie" }).click();
    await status.filter({ hasText: "22 April 2025 · 5 of 12" }).waitFor();
    expect(await visibleTies(page)).toBe(5);
    const positions = await page.evaluate(() =>
      document.querySelector('[data-actor="bishara-bahbah"]')?.getAttribute("transform"),
    );
    await page.getByRole("button", { name: "Play" }).click();
    await status.filter({ hasText: "12 of 12" }).waitFor({ timeout: 20_000 });
    expect(await visibleTies(page)).toBe(12);
    // positions stay where the whole network put them
    expect(
      await page.evaluate(() =>
        document.querySelector('[data-actor="bishara-bahbah"]')?.getAttribute("transform"),
      ),
    ).toBe(positions);
    await page.getByRole("button", { name: "Show all" }).click();
    expect(await visibleTies(page)).toBe(25);
  });
});
