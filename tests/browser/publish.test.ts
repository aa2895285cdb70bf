import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { readFile } from "node:fs/promises";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, hasBrowser, useBrowser } from "./browser";

describe.skipIf(!hasBrowser)("publishing", () => {
  const openApp = useBrowser();

  it("Export SVG downloads a well-formed SVG named after the document", async () => {
    const { page, errors } = await openApp({ hash: "actor=bishara-bahbah" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export SVG" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      "the-back-channel-behind-edan-alexander-s-release-2025-05-13.svg",
    );
    const markup = await readFile((await download.path())!, "utf8");
    const check = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
      return {
        error: doc.getElementsByTagName("parsererror").length,
        actors: doc.querySelectorAll("#actors [data-actor]").length,
        caption: doc.getElementById("header")?.textContent ?? "",
      };
    }, markup);
    expect(check).toEqual({
      error: 0,
      actors: 15,
      caption: expect.stringContaining("Highlighted: Bishara Bahbah"),
    });
    expect(errors).toEqual([]);
  });

  it("Export SVG matches the screen: same actors, same positions relative to each other", async () => {
    const { page } = await openApp();
    await page.getByText("Export options").click();
    await page.getByLabel("Current view").check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export SVG" }).click(),
    ]);
    const markup = await readFile((await download.path())!, "utf8");
    const screen = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll("svg.network g.actor")].map((g) => [
          g.getAttribute("data-actor"),
          g.getAttribute("transform"),
        ]),
      ),
    );
    const exported = Object.fromEntries(
      [...markup.matchAll(/<g id="actor-[^"]+" data-actor="([^"]+)" transform="([^"]+)"/g)].map(
        (m) => [m[1], m[2]],
      ),
    );
    expect(exported).toEqual(screen);
  });

  it("Export PNG downloads a PNG of the expected size at the chosen scale", async () => {
    const { page } = await openApp();
    await page.getByText("Export options").click();
    await page.getByLabel("PNG scale").selectOption("3");
    const [svgDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export SVG" }).click(),
    ]);
    const svg = await readFile((await svgDownload.path())!, "utf8");
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export PNG" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = await readFile((await download.path())!);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width * 3, height * 3]);
  });

  it("the single-file build opens from file:// with no server", async () => {
    const browser = await chromium.launch({
      executablePath: inject("chromiumPath"),
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on(
        "request",
        (r) => !r.url().startsWith("file:") && !r.url().startsWith("data:") && errors.push(r.url()),
      );
      await page.goto(inject("singleFileUrl"));
      await page
        .getByRole("group", { name: "Actors", exact: true })
        .getByRole("button", { name: /^Bishara Bahbah,/ })
        .click();
      await page
        .getByRole("complementary", { name: "Details" })
        .getByRole("heading", { name: "Bishara Bahbah" })
        .waitFor();
      // Its icon is inside it too: public/favicon.svg as a data: URL.
      const icon = await page.locator('link[rel="icon"]').getAttribute("href");
      const prefix = "data:image/svg+xml,";
      expect(icon?.startsWith(prefix)).toBe(true);
      const favicon = await readFile("public/favicon.svg", "utf8");
      expect(decodeURIComponent(icon!.slice(prefix.length))).toBe(
        favicon.replace(/\n\s*/g, " ").trim(),
      );
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
