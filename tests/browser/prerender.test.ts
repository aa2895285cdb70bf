// The published page: the build prerenders the seed's picture into index.html
// (scripts/prerenderPlugin.ts); the script takes it over without a second layout and without
// moving it; readers without JavaScript get the picture and the ties as text; Embed frames it.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { CHROMIUM_ARGS, baseUrl, hasBrowser } from "./browser";
import { seedJson } from "../fixtures/documents";

const seed = seedJson();
type Points = Record<string, [number, number]>;

/** The centre of each actor's symbol on screen, prerendered (`[data-actor] > path`) or drawn. */
const symbolCentres = (page: Page, selector: string): Promise<Points> =>
  page.$$eval(selector, (paths) =>
    Object.fromEntries(
      paths.map((path) => {
        const box = path.getBoundingClientRect();
        const id = path.parentElement?.getAttribute("data-actor") ?? "";
        return [id, [box.x + box.width / 2, box.y + box.height / 2]];
      }),
    ),
  );

const largestMove = (a: Points, b: Points): number =>
  Math.max(...Object.keys(a).map((id) => Math.hypot(a[id]![0] - b[id]![0], a[id]![1] - b[id]![1])));

describe.skipIf(!hasBrowser)("the published page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: inject("chromiumPath"),
      args: CHROMIUM_ARGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  const newPage = async (options: BrowserContextOptions = {}) =>
    (await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options })).newPage();

  it("shows the picture, the title, the credit and the ties with their evidence without JavaScript", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(baseUrl);
    const picture = page.getByRole("img", { name: new RegExp(`^${seed.title}`) });
    await expect(picture.isVisible()).resolves.toBe(true);
    const labels = await page.$$eval("svg.prerendered-picture #labels text", (texts) =>
      texts.map((text) => text.textContent),
    );
    expect(labels.sort()).toEqual(seed.actors.map((actor) => actor.name).sort());
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(seed.title);
    await expect(page.locator(".credit").isVisible()).resolves.toBe(true);
    const ties = page.getByRole("heading", { name: "The 25 ties and their evidence" });
    await expect(ties.isVisible()).resolves.toBe(true);
    await expect(page.locator(".static-ties > ol > li").count()).resolves.toBe(seed.ties.length);
    const text = await page.locator(".static-ties").textContent();
    for (const tie of seed.ties)
      for (const evidence of tie.evidence)
        if (evidence.quote) expect(text).toContain(evidence.quote);
    // no blank room kept for the tools and the timeline, which only the script adds
    for (const reserved of [".prerendered-tools", ".prerendered-timeline"])
      expect(await page.locator(reserved).isVisible()).toBe(false);
    // …while with JavaScript the room is kept, so nothing moves when the script takes over
    const scripted = await newPage();
    await scripted.route("**/*.js", (route) => route.abort());
    await scripted.goto(baseUrl);
    expect(await scripted.locator(".prerendered-timeline").isVisible()).toBe(true);
    await scripted.context().close();
    await page.context().close();
  });

  for (const [name, options] of [
    ["a desktop", { viewport: { width: 1280, height: 800 } }],
    // the open legend takes over 40 % of the stage: the picture still goes beside it, not into
    // the strip under it (it jumped there, a few pixels high)
    ["a small laptop window", { viewport: { width: 900, height: 700 } }],
    // the legend starts folded there (view/screen.ts NARROW_QUERY), on the published page too
    [
      "a tablet held upright",
      { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true },
    ],
    ["a phone", { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }],
  ] as const)
    it(`is taken over by the script without an actor moving by more than 1 px, on ${name}`, async () => {
      const page = await newPage(options);
      // The script waits until the prerendered picture has been measured.
      let release!: () => void;
      const measured = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await measured;
        await route.continue();
      });
      await page.goto(baseUrl, { waitUntil: "commit" });
      await page.locator("svg.prerendered-picture").waitFor();
      // Measured as the reader sees it: once painted, with the stylesheet applied (on a busy
      // machine the stylesheet can arrive after the picture's markup, which then sits unstyled).
      await page.waitForFunction(
        () => performance.getEntriesByName("first-contentful-paint").length > 0,
      );
      const before = await symbolCentres(page, "svg.prerendered-picture [data-actor] > path");
      expect(await page.locator("svg.network").count()).toBe(0); // not taken over yet
      release();
      await page.locator("html[data-ready]").waitFor({ state: "attached" });
      expect(await page.locator("svg.prerendered-picture").count()).toBe(0);
      const after = await symbolCentres(page, "svg.network g.actor > path.actor-symbol");
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      expect(Object.keys(before)).toHaveLength(15);
      expect(largestMove(before, after)).toBeLessThanOrEqual(1);
      await page.context().close();
    });

  it("takes its layout from the page, the one the script computes itself (≤ 1 px apart)", async () => {
    const positions = async (page: Page) => {
      await page.locator("html[data-ready]").waitFor({ state: "attached" });
      return Object.fromEntries(
        await page.$$eval("svg.network g.actor", (actors) =>
          actors.map((g) => {
            const [, x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(
              g.getAttribute("transform") ?? "",
            )!;
            return [g.getAttribute("data-actor"), [Number(x), Number(y)]];
          }),
        ),
      ) as Points;
    };
    const published = await newPage();
    await published.goto(baseUrl);
    const html = await (await published.request.get(baseUrl)).text();
    const block = /<script type="application\/json" id="backchannel-layout">(.*?)<\/script>/s;
    const carried = (JSON.parse(block.exec(html)![1]!) as { positions: Points }).positions;
    const used = await positions(published);
    // The page without its layout: the script lays the network out itself.
    const fresh = await newPage();
    await fresh.route(baseUrl, (route) =>
      route.fulfill({ body: html.replace(block, ""), contentType: "text/html" }),
    );
    await fresh.goto(baseUrl);
    const computed = await positions(fresh);
    expect(Object.keys(used).sort()).toEqual(seed.actors.map((a) => a.id).sort());
    expect(largestMove(used, carried)).toBeLessThanOrEqual(0.01); // drawn where the page says
    expect(largestMove(computed, carried)).toBeLessThanOrEqual(1);
    await published.context().close();
    await fresh.context().close();
  });

  it("loads and is taken over under a strict Content-Security-Policy", async () => {
    const page = await newPage();
    const violations: string[] = [];
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) =>
        console.error(`CSP: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      ),
    );
    page.on("console", (m) => m.text().includes("CSP") && violations.push(m.text()));
    page.on(
      "console",
      (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()),
    );
    const policy =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";
    await page.route(baseUrl, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), "content-security-policy": policy },
      });
    });
    await page.goto(baseUrl);
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it("gives an <iframe> snippet of the current view under Embed", async () => {
    const page = await newPage();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${baseUrl}#actor=bishara-bahbah`);
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    const embed = page.getByRole("button", { name: "Embed" });
    await embed.click();
    await expect(embed.getAttribute("aria-expanded")).resolves.toBe("true");
    const snippet = await page.getByLabel("Paste into your page:").inputValue();
    expect(snippet).toBe(
      `<iframe src="${baseUrl}?embed=1#actor=bishara-bahbah" title="The back-channel behind Edan Alexander's release (Backchannel)" width="720" height="480" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    );
    await page.getByRole("button", { name: "Copy" }).click();
    await page.getByRole("status").filter({ hasText: "Copied." }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(snippet);
    await page.context().close();
  });

  it("in a frame, drops the tools, fits the frame and links to the full view", async () => {
    const page = await newPage({ viewport: { width: 720, height: 480 } });
    await page.goto(`${baseUrl}?embed=1#actor=bishara-bahbah`);
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    const entries = await page.evaluate(() => history.length);
    await expect(page.getByRole("toolbar").isVisible()).resolves.toBe(false);
    await expect(page.getByRole("combobox", { name: /Search/ }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole("complementary", { name: "Details" }).isVisible()).resolves.toBe(
      false,
    );
    await expect(page.getByRole("region", { name: "Timeline" }).isVisible()).resolves.toBe(false);
    const stage = (await page.locator("svg.network").boundingBox())!;
    expect(stage.width).toBe(720);
    expect(stage.height).toBeGreaterThan(480 * 0.85);
    const link = page.getByRole("link", { name: "Open in Backchannel" });
    await expect(link.getAttribute("href")).resolves.toBe(`${baseUrl}#actor=bishara-bahbah`);
    await expect(link.getAttribute("target")).resolves.toBe("_blank");
    // Another actor selected: the link follows the view.
    await page
      .getByRole("group", { name: "Actors", exact: true })
      .getByRole("button", { name: /^Steve Witkoff,/ })
      .click();
    await link.hover();
    await expect(link.getAttribute("href")).resolves.toBe(`${baseUrl}#actor=steve-witkoff`);
    // Clicking in the frame adds no entry to the host page's history.
    await expect(page.evaluate(() => history.length)).resolves.toBe(entries);
    await page.context().close();
  });
});
