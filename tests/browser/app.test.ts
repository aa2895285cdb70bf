import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { hasBrowser, useBrowser } from "./browser";

describe.skipIf(!hasBrowser)("the app in Chromium", () => {
  const openApp = useBrowser();

  it("loads the seed network with no console errors or foreign requests", async () => {
    const { page, errors } = await openApp();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(
      /Edan Alexander/,
    );
    const actors = page.getByRole("group", { name: "Actors", exact: true }).getByRole("button");
    expect(await actors.count()).toBe(15);
    expect(errors).toEqual([]);
  });

  it("links the product's mark as its icon, served from public/", async () => {
    const { page } = await openApp();
    const href = await page.evaluate(
      () => document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href,
    );
    // Fetched by the test, not the page: the page's policy (connect-src 'none') forbids fetch.
    const response = await page.request.get(href);
    expect(response.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(await response.text()).toBe(await readFile("public/favicon.svg", "utf8"));
  });
});
