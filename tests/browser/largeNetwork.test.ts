import { describe, expect, it } from "vitest";
import { hasBrowser, useBrowser } from "./browser";
import { largeNetworkDocument } from "../fixtures/largeNetwork";

describe.skipIf(!hasBrowser)("a large network", () => {
  const openApp = useBrowser();

  it("shows a first picture at once, lays out in a worker with progress, and stays usable", async () => {
    const { page, errors } = await openApp();
    const document = largeNetworkDocument({ actors: 1500, ties: 4500, seed: 7 });
    await page.locator('input[type="file"]').setInputFiles({
      name: "large.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(document)),
    });
    await page
      .getByRole("status")
      .filter({ hasText: "Opened large.json: 1500 actors" })
      .waitFor({ timeout: 30_000 });
    // the first picture is there before the layout has finished
    expect(await page.locator("svg.network g.actor").count()).toBe(1500);
    // ties are merged into a few paths, labels are culled
    expect(await page.locator("svg.network .tie-bundle").count()).toBeGreaterThan(0);
    expect(await page.locator("svg.network .actor-label tspan").count()).toBe(0);
    // search answers while the layout runs or after it
    await page.getByRole("combobox", { name: "Search actors" }).fill(document.actors[42]!.name);
    await page
      .getByRole("listbox", { name: "Matching actors" })
      .getByRole("option")
      .first()
      .waitFor();
    // the layout converges (the seed network left the first mark) and the progress indicator goes away
    await page.waitForFunction(
      () => performance.getEntriesByName("backchannel:layout-done").length >= 2,
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.locator(".layout-progress").isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });
});
