// Readers first (issue 14): every click lands on what is under it, ties keep off the names on
// screen, and the export's face is the screen's face.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { Resvg } from "@resvg/resvg-js";
import { hasBrowser, useBrowser } from "./browser";
import { polylineCrossesBox } from "../../src/view/labelCrossings";
import { THEME } from "../../src/view/encodings";

/** Every tie's line as points and every label's box, in page pixels, measured by Chromium. */
async function measurePicture(page: Page) {
  return page.evaluate(() => {
    const toPage = (element: SVGGraphicsElement, x: number, y: number) => {
      const point = new DOMPoint(x, y).matrixTransform(element.getScreenCTM()!);
      return { x: point.x, y: point.y };
    };
    const ties = [...document.querySelectorAll<SVGPathElement>("svg.network g.tie .tie-line")].map(
      (path) => {
        const length = path.getTotalLength();
        const points = [];
        for (let i = 0; i <= 40; i++) {
          const p = path.getPointAtLength((length * i) / 40);
          points.push(toPage(path, p.x, p.y));
        }
        return { id: path.parentElement!.getAttribute("data-tie")!, points };
      },
    );
    const labels = [...document.querySelectorAll("svg.network .actor-label")].map((text) => {
      const box = text.getBoundingClientRect();
      return {
        id: text.parentElement!.getAttribute("data-actor")!,
        box: { x0: box.left, y0: box.top, x1: box.right, y1: box.bottom },
      };
    });
    return { ties, labels };
  });
}

describe.skipIf(!hasBrowser)("readers first", () => {
  const openApp = useBrowser();

  it("selects the tie whose middle was clicked, every seed tie (Bahbah–Witkoff too)", async () => {
    const { page, errors } = await openApp();
    const { ties } = await measurePicture(page);
    expect(ties).toHaveLength(await page.locator("svg.network g.tie").count());
    const missed: string[] = [];
    for (const tie of ties) {
      const middle = tie.points[20]!;
      await page.mouse.click(middle.x, middle.y);
      const pressed = await page.locator(`[data-for-tie="${tie.id}"]`).getAttribute("aria-pressed");
      if (pressed !== "true") missed.push(tie.id);
    }
    expect(missed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each([
    [1280, 800],
    [375, 812],
  ])("at %i × %i px, at most 2 ties run through a name on screen", async (width, height) => {
    const { page } = await openApp({ width, height, touch: width < 500 });
    const { ties, labels } = await measurePicture(page);
    expect(labels.length).toBeGreaterThan(10);
    const crossings = ties.flatMap((tie) =>
      labels
        // the box Chromium draws the text in, less a pixel of its line gap at each side
        .map(({ id, box }) => ({ id, box: { ...box, x0: box.x0 + 1, x1: box.x1 - 1 } }))
        .filter(({ box }) => polylineCrossesBox(tie.points, box))
        .map(({ id }) => `${tie.id} × ${id}`),
    );
    expect(crossings.length, crossings.join(", ")).toBeLessThanOrEqual(2);
  });

  it("draws names in the export's face, as wide as resvg draws them", async () => {
    const { page } = await openApp();
    const names = [
      "Mohammed bin Abdul",
      "Rahman al-Thani",
      "Israeli intelligence",
      "Steve Witkoff",
      "Hamas",
    ];
    const widths = await page.evaluate(
      ({ names, family }) => {
        const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
        document.body.append(svg);
        return names.map((name) => {
          const text = document.createElementNS("http://www.w3.org/2000/svg", "text");
          text.setAttribute("font-family", family);
          text.setAttribute("font-size", "12");
          text.setAttribute("font-weight", "600");
          text.textContent = name;
          svg.append(text);
          return text.getComputedTextLength();
        });
      },
      { names, family: THEME.fontFamily },
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument");
    const { nodeId } = await cdp.send("DOM.querySelector", {
      nodeId: root.nodeId,
      selector: "svg.network .actor-label",
    });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    expect(fonts.map((font) => font.familyName)).toEqual(["DejaVu Sans"]);
    const inResvg = (family: string, name: string) =>
      new Resvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="30"><text x="0" y="20" font-size="12" font-weight="600" font-family='${family}'>${name}</text></svg>`,
        { font: { loadSystemFonts: true } },
      ).getBBox()!.width;
    names.forEach((name, i) => {
      // resvg gives the ink's box, Chromium the advance: they differ by the side bearings, a
      // pixel or two; another face would differ by a tenth of the width (Liberation Sans: ≥ 10 px)
      expect(Math.abs(inResvg(THEME.fontFamily, name) - widths[i]!), name).toBeLessThan(3);
    });
    expect(widths[0]! - inResvg("Liberation Sans", names[0]!)).toBeGreaterThan(10);
  });
});

/** The part of the picture's box a reader sees: inside the window and not under an open sheet. */
async function visiblePicture(page: Page): Promise<number> {
  return page.evaluate(() => {
    const stage = document.querySelector(".stage")!.getBoundingClientRect();
    let bottom = Math.min(stage.bottom, innerHeight);
    for (const sheet of document.querySelectorAll(".legend[open], .tools[open], .details")) {
      const box = sheet.getBoundingClientRect();
      if (box.height > 0 && box.width >= innerWidth * 0.95 && box.top > stage.top)
        bottom = Math.min(bottom, box.top);
    }
    return (bottom - Math.max(stage.top, 0)) / innerHeight;
  });
}

/** The drawn network's box on the page. */
const networkBox = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector("svg.network g.world")!.getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  });

describe.skipIf(!hasBrowser)("readers first: keyboard, tables and search", () => {
  const openApp = useBrowser();

  it("reaches the network with one Tab and Enter on “Skip to network”; the SVG is no stop", async () => {
    const { page } = await openApp();
    await page.keyboard.press("Tab");
    const first = page.getByRole("link", { name: "Skip to network" });
    await expect.poll(() => first.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    const focused = await page.evaluate(() => ({
      actor: document.activeElement?.getAttribute("data-actor"),
      inPicture: document.activeElement?.closest("svg.network") !== null,
    }));
    expect(focused.inPicture).toBe(true);
    expect(focused.actor).toBeTruthy();
    // tabbing on from the top never stops on the picture itself
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.matches("svg.network"))).toBe(false);
    }
  });

  it("sorts the Table view's columns and selects a row's actor from the keyboard", async () => {
    const { page } = await openApp();
    await page.getByRole("button", { name: "Table view" }).click();
    const actors = page.getByRole("table", { name: /^Actors/ });
    const name = actors.getByRole("columnheader", { name: /Name/ });
    await name.getByRole("button").click();
    expect(await name.getAttribute("aria-sort")).toBe("ascending");
    await expect
      .poll(() => actors.getByRole("rowheader").first().textContent())
      .toBe("Adam Boehler");
    await name.getByRole("button").press("Enter");
    expect(await name.getAttribute("aria-sort")).toBe("descending");
    const egypt = actors.getByRole("button", { name: "Egypt", exact: true });
    await egypt.focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() =>
        page
          .getByRole("complementary", { name: "Details" })
          .getByRole("heading")
          .first()
          .textContent(),
      )
      .toMatch(/^Egypt/);
    expect(await egypt.getAttribute("aria-pressed")).toBe("true");
  });

  it.each([
    ["qatar pm", "Mohammed bin Abdul Rahman al-Thani", /\(Qatari Prime Minister\)$/, ""],
    ["hostage envoy", "Adam Boehler", /^Adam Boehler/, "Role: Trump's hostage envoy"],
  ])(
    "search finds “%s”: %s first, saying which field matched",
    async (query, name, text, description) => {
      const { page } = await openApp();
      await page.getByRole("combobox", { name: "Search actors" }).fill(query);
      const first = page
        .getByRole("listbox", { name: "Matching actors" })
        .getByRole("option")
        .first();
      await expect.poll(() => first.textContent()).toMatch(text);
      // the option's name starts with the actor's; a role, affiliation or description describes it
      expect(
        await first.evaluate((option) => option.getAttribute("data-actor-option")),
      ).toBeTruthy();
      expect(await first.textContent()).toContain(name);
      const describedBy = await first.getAttribute("aria-describedby");
      const said = describedBy ? await page.locator(`[id="${describedBy}"]`).textContent() : "";
      expect(said?.trim()).toBe(description);
    },
  );
});

describe.skipIf(!hasBrowser)("readers first: a phone's screen", () => {
  const openApp = useBrowser();

  it("gives the picture at least 60 % of a 375 × 812 screen, the legend folded to one line", async () => {
    const { page } = await openApp({ width: 375, height: 812, touch: true });
    const legend = page.locator("details.legend");
    expect(await legend.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect((await legend.boundingBox())!.height).toBeLessThan(40);
    expect(await visiblePicture(page)).toBeGreaterThanOrEqual(0.6);
    // the network is fitted across the width
    const box = await networkBox(page);
    expect(box.width).toBeGreaterThan(375 * 0.8);
  });

  it.each([
    [768, 1024],
    [900, 700],
  ])(
    "in a narrow %i × %i window starts the legend folded, and the picture fills the stage's width",
    async (width, height) => {
      const { page } = await openApp({ width, height });
      const legend = page.locator("details.legend");
      expect(await legend.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      const stage = (await page.locator(".stage").boundingBox())!;
      // it was about 110 px of a 416 px stage beside the open legend on a tablet held upright
      // (across the width, or the height where the stage is short)
      const network = await networkBox(page);
      expect(
        Math.max(network.width / stage.width, network.height / (stage.height - 40 - 44)),
      ).toBeGreaterThan(0.8);
      // the credit does not write over the zoom buttons
      const credit = (await page.locator(".credit").boundingBox())!;
      const fit = (await page.getByRole("button", { name: "Fit" }).boundingBox())!;
      expect(credit.x).toBeGreaterThan(fit.x + fit.width);
      // opened, the legend takes its room again
      await page.getByText("Legend", { exact: true }).click();
      expect(await legend.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    },
  );

  it.each([["Legend"], ["Tools"], ["Paths"]])(
    "opens %s as a sheet that leaves the picture at least half the screen",
    async (panel) => {
      const { page } = await openApp({ width: 375, height: 812, touch: true });
      if (panel === "Paths") await page.getByText("Tools", { exact: true }).click();
      await page.getByText(panel, { exact: true }).click();
      await expect
        .poll(() =>
          page
            .locator(`details:has(> summary:text-is("${panel}"))`)
            .evaluate((d: HTMLDetailsElement) => d.open),
        )
        .toBe(true);
      expect(await visiblePicture(page)).toBeGreaterThanOrEqual(0.5);
      // what is under the sheet is not where the network is fitted
      const network = await networkBox(page);
      const sheetTop = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll(".legend[open], .tools[open]")].map(
            (e) => e.getBoundingClientRect().top,
          ),
        ),
      );
      expect(network.y + network.height).toBeLessThanOrEqual(sheetTop + 1);
    },
  );

  it("fits the picture again when the window narrows to a phone and widens back", async () => {
    const { page } = await openApp({ width: 1280, height: 800 });
    const before = await networkBox(page);
    await page.setViewportSize({ width: 375, height: 812 });
    // Wait for the refit itself: the desktop picture is wider than 300 px too.
    await expect
      .poll(async () => {
        const { width } = await networkBox(page);
        return width > 375 * 0.8 && width <= 375;
      })
      .toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect
      .poll(async () => Math.round((await networkBox(page)).width))
      .toBe(Math.round(before.width));
    const after = await networkBox(page);
    expect(Math.abs(after.x - before.x)).toBeLessThan(1);
    expect(Math.abs(after.y - before.y)).toBeLessThan(1);
  });

  it.each([[1280], [900], [701], [600], [375]])(
    "never clips the timeline's axis at %i px wide",
    async (width) => {
      const { page } = await openApp({ width: 1280, height: 800 });
      await page.setViewportSize({ width, height: 800 });
      const axis = page.locator(".timeline svg.timeline-axis");
      await axis.waitFor();
      await expect
        .poll(() =>
          axis.evaluate((svg) => {
            const box = svg.getBoundingClientRect();
            const strip = svg.closest(".timeline")!.getBoundingClientRect();
            return (
              box.right <= strip.right + 0.5 &&
              box.right <= innerWidth &&
              box.bottom <= strip.bottom + 0.5
            );
          }),
        )
        .toBe(true);
    },
  );
});
