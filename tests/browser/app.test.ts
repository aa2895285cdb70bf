import { describe, expect, it } from "vitest";
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
});
