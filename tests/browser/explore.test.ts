import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { hasBrowser, useBrowser } from "./browser";
import type { Page } from "playwright-core";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const actor = (page: Page, name: string) =>
  page
    .getByRole("group", { name: "Actors", exact: true })
    .getByRole("button", { name: new RegExp(`^${name},`) });

/** Click a tie's line at its midpoint, as a person would. */
async function clickTie(page: Page, id: string) {
  const point = await page.evaluate((id) => {
    const path = document.querySelector<SVGPathElement>(
      `svg.network [data-tie="${id}"] .tie-line`,
    )!;
    const m = path.getScreenCTM()!;
    // the first point along the line that nothing else covers
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      const p = path.getPointAtLength(path.getTotalLength() * t);
      const x = p.x * m.a + p.y * m.c + m.e;
      const y = p.x * m.b + p.y * m.d + m.f;
      if (document.elementFromPoint(x, y)?.closest("[data-tie]")?.getAttribute("data-tie") === id)
        return { x, y };
    }
    throw new Error(`tie ${id} is covered everywhere`);
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** Every pair of boxes that overlap by more than `slack` px. */
async function overlaps(page: Page, selector: string, slack = 0.5) {
  return page.evaluate(
    ([selector, slack]) => {
      const boxes = [...document.querySelectorAll(selector)].map((el) => ({
        id: (el.closest("[data-actor]") ?? el).getAttribute("data-actor") ?? "",
        box: el.getBoundingClientRect(),
      }));
      const found: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > slack && y > slack) found.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
        }
      return found;
    },
    [selector, slack] as const,
  );
}

describe.skipIf(!hasBrowser)("exploring the seed network", () => {
  const openApp = useBrowser();

  it("draws every actor and tie with data attributes and no console errors", async () => {
    const { page, errors } = await openApp();
    expect(await page.locator("svg.network [data-actor]").count()).toBe(15);
    expect(await page.locator("svg.network [data-tie]").count()).toBe(25);
    const tie = page.locator('svg.network [data-tie="bahbah-relays-to-witkoff"]');
    expect(await tie.getAttribute("data-source")).toBe("bishara-bahbah");
    expect(await tie.getAttribute("data-target")).toBe("steve-witkoff");
    expect(errors).toEqual([]);
  });

  it("at 1280×800: no actors or labels overlap, nothing is clipped, every arrowhead shows", async () => {
    const { page } = await openApp();
    expect(await overlaps(page, "svg.network .actor-symbol")).toEqual([]);
    expect(await overlaps(page, "svg.network .actor-label")).toEqual([]);
    const clipped = await page.evaluate(() => {
      const stage = document.querySelector("svg.network")!.getBoundingClientRect();
      const legend = document.querySelector(".legend")!.getBoundingClientRect();
      return [
        ...document.querySelectorAll(
          "svg.network .actor-symbol, svg.network .actor-label, svg.network .tie-arrow",
        ),
      ]
        .filter((el) => {
          const b = el.getBoundingClientRect();
          if (b.width === 0) return false;
          const outside =
            b.left < stage.left ||
            b.right > stage.right ||
            b.top < stage.top ||
            b.bottom > stage.bottom;
          const underLegend =
            b.right > legend.left &&
            b.left < legend.right &&
            b.bottom > legend.top &&
            b.top < legend.bottom;
          return outside || underLegend;
        })
        .map(
          (el) =>
            el.closest("[data-actor],[data-tie]")?.getAttribute("data-actor") ??
            el.closest("[data-tie]")?.getAttribute("data-tie"),
        );
    });
    expect(clipped).toEqual([]);
    const arrows = await page.locator("svg.network .tie-arrow[d]").count();
    const directed = await page.evaluate(
      () => document.querySelectorAll("svg.network .tie-arrow:not([d])").length,
    );
    expect(arrows + directed).toBe(25);
    expect(arrows).toBeGreaterThan(15);
  });

  it("labels never sit on another actor's symbol", async () => {
    const { page } = await openApp();
    const hits = await page.evaluate(() => {
      const labels = [...document.querySelectorAll("svg.network .actor-label")];
      const symbols = [...document.querySelectorAll("svg.network .actor-symbol")];
      const found: string[] = [];
      for (const label of labels)
        for (const symbol of symbols) {
          if (label.closest("[data-actor]") === symbol.closest("[data-actor]")) continue;
          const a = label.getBoundingClientRect();
          const b = symbol.getBoundingClientRect();
          if (
            Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
            Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top)
          )
            found.push(label.textContent ?? "");
        }
      return found;
    });
    expect(hits).toEqual([]);
  });

  it("clicking Bahbah shows his affiliation and ties in the Details panel", async () => {
    const { page } = await openApp();
    await actor(page, "Bishara Bahbah").click();
    const panel = details(page);
    await expect(panel.getByRole("heading", { name: "Bishara Bahbah" }).isVisible()).resolves.toBe(
      true,
    );
    expect(await panel.textContent()).toContain("Arab Americans for Trump");
    const ties = panel.locator("li.tie-item");
    expect(await ties.count()).toBe(5);
    // chronological: 2024 support first, undated conversation with al-Hayya last
    expect(await ties.first().textContent()).toContain("2024");
    expect(await ties.last().textContent()).toContain("Khalil al-Hayya");
    expect(await ties.last().textContent()).toContain("date not reported");
    expect(await panel.textContent()).toContain(
      "two Israeli officials, one Palestinian official and one U.S. official told Axios",
    );
    expect(page.url()).toContain("actor=bishara-bahbah");
  });

  it("a long heading wraps beside its Close or Clear path button, never the button's words", async () => {
    /** How many lines the button's text takes. */
    const lines = (page: Page, name: string) =>
      details(page)
        .getByRole("button", { name, exact: true })
        .evaluate((button) => {
          const range = document.createRange();
          range.selectNodeContents(button);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        });
    const { page } = await openApp({ hash: "actor=mohammed-al-thani" });
    await details(page)
      .getByRole("heading", { name: /al-Thani/ })
      .waitFor();
    expect(await lines(page, "Close")).toBe(1);
    await page.goto(`${page.url().split("#")[0]}#path=hamas-official%2Cbenjamin-netanyahu`);
    await details(page)
      .getByRole("heading", { name: /^Paths from/ })
      .waitFor();
    expect(await lines(page, "Clear path")).toBe(1);
  });

  it("follows a counterpart link and a tie, and Escape clears", async () => {
    const { page } = await openApp({ hash: "actor=bishara-bahbah" });
    const panel = details(page);
    await panel.getByRole("button", { name: "Steve Witkoff" }).first().click();
    await panel.getByRole("heading", { name: "Steve Witkoff" }).waitFor();
    await clickTie(page, "al-thani-meets-witkoff");
    await panel.getByRole("heading", { name: /al-Thani ↔ Steve Witkoff/ }).waitFor();
    expect(await panel.textContent()).toContain("22 April 2025");
    await page.keyboard.press("Escape");
    await panel.getByRole("heading", { name: /back-channel behind/ }).waitFor();
    expect(page.url()).not.toContain("tie=");
  });

  it("search tolerates typos: “witkof” lands on Witkoff and centres him", async () => {
    const { page } = await openApp();
    const box = page.getByRole("combobox", { name: "Search actors" });
    await box.fill("witkof");
    const option = page
      .getByRole("listbox", { name: "Matching actors" })
      .getByRole("option", { name: /Steve Witkoff/ });
    await option.waitFor();
    await box.press("Enter");
    await details(page).getByRole("heading", { name: "Steve Witkoff" }).waitFor();
    const centre = await actor(page, "Steve Witkoff").boundingBox();
    const stage = await page.locator("svg.network").boundingBox();
    expect(Math.abs(centre!.x + centre!.width / 2 - (stage!.x + stage!.width / 2))).toBeLessThan(
      60,
    );
    expect(page.url()).toMatch(/q=witkof|q=Steve/);
  });

  it("finds actors by alias and without diacritics", async () => {
    const { page } = await openApp();
    const box = page.getByRole("combobox", { name: "Search actors" });
    await box.fill("hayya");
    await page
      .getByRole("listbox", { name: "Matching actors" })
      .getByRole("option", { name: /Khalil al-Hayya/ })
      .waitFor();
    await box.fill("WHITE HOUSE");
    await page
      .getByRole("listbox", { name: "Matching actors" })
      .getByRole("option", { name: /Trump administration/ })
      .waitFor();
  });

  it("restores the view from a copied link, and Back/Forward move through selections", async () => {
    const { page } = await openApp({ hash: "actor=hamas&view=100,50,1.5" });
    await details(page).getByRole("heading", { name: "Hamas" }).waitFor();
    const transform = await page.locator("svg.network g.world").getAttribute("transform");
    expect(transform).toBe("translate(100,50) scale(1.5)");
    await actor(page, "Egypt").click();
    await details(page).getByRole("heading", { name: "Egypt" }).waitFor();
    await page.goBack();
    await details(page).getByRole("heading", { name: "Hamas" }).waitFor();
    await page.goForward();
    await details(page).getByRole("heading", { name: "Egypt" }).waitFor();
  });

  it("ignores unknown ids and junk in the hash", async () => {
    const { page, errors } = await openApp({ hash: "actor=nobody&view=x,y,z&tie=<script>" });
    await details(page)
      .getByRole("heading", { name: /back-channel behind/ })
      .waitFor();
    expect(errors).toEqual([]);
  });

  it("is usable from the keyboard: Tab into the graph, arrows to neighbours, Enter selects", async () => {
    const { page } = await openApp();
    await page.getByRole("combobox", { name: "Search actors" }).focus();
    // header controls, then the graph's actor tab stop
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-actor"));
      if (focused) break;
    }
    const first = await page.evaluate(() => document.activeElement?.getAttribute("data-actor"));
    expect(first).toBeTruthy();
    await page.keyboard.press("ArrowRight");
    const second = await page.evaluate(() => document.activeElement?.getAttribute("data-actor"));
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await page.keyboard.press("Enter");
    const name = await page.evaluate(
      () => document.activeElement?.getAttribute("aria-label")?.split(",")[0],
    );
    await details(page).getByRole("heading", { name: name! }).waitFor();
    // the ties are the next tab stop
    await page.keyboard.press("Tab");
    const tie = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(tie).toMatch(/^.+ (→|↔) .+: .+, .+/);
    await page.keyboard.press("ArrowRight");
    const nextTie = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(nextTie).not.toBe(tie);
    await page.keyboard.press("Enter");
    await details(page).getByRole("heading", { name: /(→|↔)/ }).waitFor();
    await page.keyboard.press("Escape");
    await details(page)
      .getByRole("heading", { name: /back-channel behind/ })
      .waitFor();
  });

  it("hovering an actor dims everyone but its neighbours", async () => {
    const { page } = await openApp();
    await actor(page, "Egypt").hover();
    const dimmed = await page.evaluate(() =>
      [...document.querySelectorAll("svg.network [data-actor]")]
        .filter((el) => el.getAttribute("opacity") !== "1")
        .map((el) => el.getAttribute("data-actor")),
    );
    expect(dimmed).toHaveLength(13);
    expect(dimmed).not.toContain("hamas");
    expect(dimmed).not.toContain("egypt");
  });

  it("zoom buttons and Fit change the view; dragging pins an actor and double-click releases it", async () => {
    const { page } = await openApp();
    const world = page.locator("svg.network g.world");
    const fitted = await world.getAttribute("transform");
    await page.getByRole("button", { name: "Zoom in" }).click();
    expect(await world.getAttribute("transform")).not.toBe(fitted);
    await page.getByRole("button", { name: "Fit" }).click();
    expect(await world.getAttribute("transform")).toBe(fitted);
    const egypt = actor(page, "Egypt");
    const before = await egypt.getAttribute("transform");
    const box = (await egypt.locator(".actor-symbol").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 60, box.y + 40, { steps: 5 });
    await page.mouse.up();
    expect(await egypt.getAttribute("transform")).not.toBe(before);
    await page.getByRole("button", { name: "Release pinned" }).waitFor();
    await egypt.dblclick();
    expect(await egypt.getAttribute("transform")).toBe(before);
  });

  it("collapses parallel ties into one line with a count", async () => {
    const { page } = await openApp();
    await page.getByLabel("Collapse parallel ties").check();
    const count = await page.locator("svg.network [data-tie]").count();
    expect(count).toBeLessThan(25);
    expect(await page.locator("svg.network .tie-count", { hasText: "×3" }).count()).toBe(1);
    await page
      .getByRole("button", {
        name: /^Trump administration ↔ Hamas: 3 ties|^Hamas ↔ Trump administration: 3 ties/,
      })
      .waitFor({ state: "attached" });
  });

  it("closes the toolbar's popovers with Escape or a press outside, before Escape clears a selection", async () => {
    const { page } = await openApp({ hash: "actor=bishara-bahbah" });
    const paths = page.locator("details.paths");
    await page.locator("details.paths > summary").click();
    await page.getByLabel("Path from").waitFor();
    await page.getByLabel("Path from").focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => paths.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Paths");
    // the selection was kept: this Escape closed the popover
    await details(page).getByRole("heading", { name: "Bishara Bahbah" }).waitFor();

    await page.locator("details.paths > summary").click();
    await page.getByLabel("Path from").waitFor();
    await page.locator(".credit").click();
    await expect.poll(() => paths.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
  });

  it("offers a table view mirroring the picture", async () => {
    const { page } = await openApp();
    await page.getByRole("button", { name: "Table view" }).click();
    // The table's code loads with its first use (fetched while idle, but maybe not yet).
    const ties = page.getByRole("table", { name: /^Ties \(25\)/ });
    await ties.waitFor();
    expect(await ties.getByRole("row").count()).toBe(26);
    // Words stay whole: every one-word cell of the actors' table is on one line ("Government"
    // once read "Gove / rnme / nt" in a column one syllable wide).
    const brokenWords = await page
      .getByRole("table", { name: /^Actors \(15\)/ })
      .evaluate((table) =>
        [...table.querySelectorAll("td")]
          .filter((cell) => /^\S+$/.test(cell.textContent ?? ""))
          .filter((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            return (
              new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1
            );
          })
          .map((cell) => cell.textContent),
      );
    expect(brokenWords).toEqual([]);
    // The switch says what it does; it is not also "pressed" (a screen reader said "Graph view,
    // pressed" while the table was shown).
    const toggle = page.getByRole("button", { name: "Graph view" });
    expect(await toggle.getAttribute("aria-pressed")).toBeNull();
    await toggle.click();
    expect(
      await page.getByRole("button", { name: "Table view" }).getAttribute("aria-pressed"),
    ).toBeNull();
    await page.locator("svg.network").waitFor();
  });

  it("on a 375 px phone the details panel is a bottom sheet and tapping works", async () => {
    const { page } = await openApp({ width: 375, height: 740, touch: true });
    await actor(page, "Bishara Bahbah").tap();
    const panel = details(page);
    await panel.getByRole("heading", { name: "Bishara Bahbah" }).waitFor();
    const box = (await panel.boundingBox())!;
    expect(box.width).toBe(375);
    expect(box.y + box.height).toBeCloseTo(740, 0);
    expect(box.height).toBeLessThanOrEqual(740 * 0.46);
  });

  it("has no WCAG 2.2 AA violations (axe-core)", async () => {
    const { page } = await openApp({ hash: "actor=bishara-bahbah" });
    // Evaluated, not added as a <script>: the page's policy refuses inline scripts.
    await page.evaluate(await readFile("node_modules/axe-core/axe.min.js", "utf8"));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              el: Element,
              o: object,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document.body, {
        runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
      });
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
    });
    expect(violations).toEqual([]);
  });
});
