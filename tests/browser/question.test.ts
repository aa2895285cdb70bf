import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { hasBrowser, useBrowser } from "./browser";
import { COMMUNICATION_TIE_KINDS } from "../../src/schema/vocabulary";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { tieInterval } from "../../src/schema/tieTime";
import { SEED_PATH } from "../fixtures/documents";

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
    // Ignoring time, over communications: the back-channel as the report tells it.
    await page.getByRole("checkbox", { name: "Respect time" }).uncheck();
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
    // Ignoring time, the chain says where it goes back in time: al-Thani met Witkoff on 22
    // April, before the relay to Witkoff (29 April – 12 May) could have started.
    expect(text).toContain(
      "Out of time order: hop 3 (\u2068Steve Witkoff\u2069 → \u2068Mohammed bin Abdul Rahman al-Thani\u2069) is dated before hop 2.",
    );
    expect(page.url()).toContain("path=hamas-official%2Cdonald-trump");
    expect(page.url()).toContain("pathtime=ignore");
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

  it("with Respect time, lists only chains in time order, never the 2024 support after an April 2025 hop", async () => {
    const seed = JSON.parse(await readFile(SEED_PATH, "utf8")) as NetworkDocument;
    const intervals = new Map(seed.ties.map((tie) => [tie.id, tieInterval(tie.time)]));
    const { page } = await openApp({ hash: "path=hamas-official,donald-trump&hops=4" });
    await page.getByText("Paths", { exact: true }).click();
    expect(await page.getByRole("checkbox", { name: "Respect time" }).isChecked()).toBe(true);
    const panel = details(page);
    await panel
      .getByText("No chain over communication ties connects them in time order.")
      .waitFor();
    await panel
      .getByText("Nearest alternative: over ties of every kind, in time order, shown below.")
      .waitFor();
    const chains = await panel.locator("li.chain").evaluateAll((items) =>
      items.map((chain) => ({
        text: chain.querySelector(".chain-text")?.textContent ?? "",
        verdict: chain.querySelector(".verdict")?.textContent ?? "",
        hops: [...chain.querySelectorAll(".hops > li")].map((hop) =>
          [...hop.querySelectorAll("[data-tie]")].map((tie) => tie.getAttribute("data-tie") ?? ""),
        ),
      })),
    );
    expect(chains[0]?.text).toBe(
      "Hamas official outside Gaza → Bishara Bahbah → Steve Witkoff → Donald Trump",
    );
    expect(chains.length).toBeGreaterThan(2);
    const DAY = 86_400_000;
    for (const chain of chains) {
      // Ordered, or saying which hops are undated (and those hops have no date at all).
      expect(chain.verdict).toMatch(/^In time order(\.| where dated; undated: hop \d)/);
      const undated = [...chain.verdict.matchAll(/hop (\d+)/g)].map((m) => Number(m[1]) - 1);
      for (const index of undated)
        expect(chain.hops[index]?.every((tie) => intervals.get(tie) === undefined)).toBe(true);
      // No hop is listed only with ties that end before an earlier dated hop could start.
      chain.hops.forEach((ties, k) => {
        const dated = ties.flatMap((tie) => intervals.get(tie) ?? []);
        if (dated.length < ties.length || dated.length === 0) return;
        const latestStart = Math.max(...dated.map((i) => i.end - DAY));
        for (const earlier of chain.hops.slice(0, k)) {
          const starts = earlier.flatMap((tie) => intervals.get(tie) ?? []);
          if (starts.length < earlier.length || starts.length === 0) continue;
          expect(latestStart).toBeGreaterThanOrEqual(Math.min(...starts.map((i) => i.start)));
        }
      });
      // The 2024 support never comes after a hop dated April 2025.
      const at = chain.hops.findIndex((ties) => ties.includes("bahbah-supports-trump"));
      if (at > 0)
        for (const earlier of chain.hops.slice(0, at))
          expect(earlier.every((tie) => intervals.get(tie) === undefined)).toBe(true);
    }
    // The nearest alternative can be asked for directly; then nothing is missing.
    await panel.getByRole("button", { name: "Use every tie kind" }).click();
    await panel.getByText("No chain over communication ties").waitFor({ state: "detached" });
    expect(page.url()).toContain("pathkinds=all");
    expect(await page.getByLabel("Tie kinds").inputValue()).toBe("all");
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
    // Pressing Export SVG, outside the popover, closed it: open it again to reset.
    expect(await page.getByRole("button", { name: "Reset filters" }).isVisible()).toBe(false);
    await page.getByText("Filters", { exact: true }).click();
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

  it("a typed time window keeps the ties that overlap it, and the label states it", async () => {
    const { page } = await openApp();
    await page.getByLabel("From date").fill("2025-04-22");
    await page.getByLabel("To date").fill("2025-04-22");
    // 22 April: the four ties dated that day, the two late-April ties and the secret talks
    expect(await visibleTies(page)).toBe(7);
    expect(page.url()).toContain("from=2025-04-22&to=2025-04-22");
    expect(await page.locator(".play-date").textContent()).toBe("22 April 2025");
    await page.getByLabel("To date").fill("2025-05-12");
    await page.locator(".play-date").filter({ hasText: "22 April – 12 May 2025" }).waitFor();
  });

  it("one typed date alone, or two the wrong way round, still make the window the fields show", async () => {
    const { page } = await openApp();
    const label = page.locator(".play-date");
    // From 1 May alone: up to the last dated tie (12 May); the To field says so.
    await page.getByLabel("From date").fill("2025-05-01");
    await label.filter({ hasText: "1–12 May 2025" }).waitFor();
    expect(await page.getByLabel("To date").inputValue()).toBe("2025-05-12");
    expect(page.url()).toContain("from=2025-05-01&to=2025-05-12");
    // To 1 April before From 1 May: the window is 1 April – 1 May, in both fields.
    await page.getByLabel("To date").fill("2025-04-01");
    await label.filter({ hasText: "1 April – 1 May 2025" }).waitFor();
    expect(await page.getByLabel("From date").inputValue()).toBe("2025-04-01");
    expect(await page.getByLabel("To date").inputValue()).toBe("2025-05-01");
    // Both emptied: every date again.
    await page.getByLabel("From date").fill("");
    await page.getByLabel("To date").fill("");
    await label.filter({ hasText: "All dates" }).waitFor();
  });

  it("plays the timeline: the network grows tie by tie in date order, the playhead where the label says", async () => {
    const { page } = await openApp();
    const status = page.locator(".play-date");
    // The thirteen undated ties are shown throughout the replay, and the strip says so.
    expect(await page.locator(".timeline .undated").textContent()).toContain(
      "13 undated ties: not on the axis. Play shows them throughout",
    );
    await page.getByRole("button", { name: "Step forward one tie" }).click();
    await status.filter({ hasText: "1 of 12" }).waitFor();
    expect(await status.textContent()).toBe("2024 · 1 of 12 dated ties"); // Bahbah supports Trump
    expect(await visibleTies(page)).toBe(1 + 13);
    await page.getByRole("button", { name: "Step forward one tie" }).click();
    await status.filter({ hasText: "March 2025 · 2 of 12" }).waitFor();
    for (let i = 0; i < 3; i++)
      await page.getByRole("button", { name: "Step forward one tie" }).click();
    await status.filter({ hasText: "22 April 2025 · 5 of 12" }).waitFor();
    expect(await visibleTies(page)).toBe(5 + 13);
    const positions = await page.evaluate(() =>
      document.querySelector('[data-actor="bishara-bahbah"]')?.getAttribute("transform"),
    );
    await page.getByRole("button", { name: "Play" }).click();
    await status.filter({ hasText: "12 of 12" }).waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "Play" }).waitFor({ timeout: 5_000 });
    expect(await visibleTies(page)).toBe(25);
    // positions stay where the whole network put them
    expect(
      await page.evaluate(() =>
        document.querySelector('[data-actor="bishara-bahbah"]')?.getAttribute("transform"),
      ),
    ).toBe(positions);

    // The label names the last dated tie's date; the playhead stands on that day of the axis.
    const label = (await status.textContent()) ?? "";
    expect(label).toBe("until 12 May 2025 · 12 of 12 dated ties");
    const [, dayText, monthName, yearText] = /(\d{1,2}) (\w+) (\d{4})/.exec(label) ?? [];
    const said = Date.parse(`${dayText} ${monthName} ${yearText} 12:00 UTC`);
    const axis = await page.evaluate(() => {
      const middle = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.left + box.width / 2;
      };
      return {
        playhead: middle(document.querySelector(".timeline line.playhead")!),
        ticks: [...document.querySelectorAll(".timeline g.tick")].map((tick) => ({
          date: tick.getAttribute("data-date") ?? "",
          x: middle(tick.querySelector("line")!),
        })),
        compressed: [...document.querySelectorAll(".timeline g.compressed rect")].map((rect) => {
          const box = rect.getBoundingClientRect();
          return [box.left, box.right] as const;
        }),
      };
    });
    // Where the axis puts that date: between the two last ticks before it, with no compressed
    // stretch between them, time is linear.
    const before = axis.ticks.filter((tick) => Date.parse(`${tick.date}T00:00Z`) <= said);
    const [a, b] = before.slice(-2);
    if (!a || !b) throw new Error("no ticks before the date");
    expect(axis.compressed.some(([left, right]) => left < b.x && right > a.x)).toBe(false);
    const perMs = (b.x - a.x) / (Date.parse(`${b.date}T00:00Z`) - Date.parse(`${a.date}T00:00Z`));
    const expected = b.x + (said - Date.parse(`${b.date}T00:00Z`)) * perMs;
    expect(Math.abs(axis.playhead - expected)).toBeLessThan(1.5);

    await page.getByRole("button", { name: "Show all" }).click();
    expect(await visibleTies(page)).toBe(25);
    expect(await status.textContent()).toBe("All dates");
  });
});
