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
    const icon = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]')!;
      const response = await fetch(link.href);
      return { type: response.headers.get("content-type"), text: await response.text() };
    });
    expect(icon.type).toMatch(/^image\/svg\+xml/);
    expect(icon.text).toBe(await readFile("public/favicon.svg", "utf8"));
  });
});
