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
