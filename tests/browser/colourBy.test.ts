// "Colour actors by" in the page: a file's attribute and communities found in a worker, with the
// legend, the details and the URL following.
import { describe, expect, it } from "vitest";
import { hasBrowser, useBrowser } from "./browser";
import { karateClub, MR_HI } from "../fixtures/karate";
import { GROUP_PALETTE } from "../../src/view/colourBy";

describe.skipIf(!hasBrowser)("colouring actors", () => {
  const openApp = useBrowser();

  it("by a file's attribute and by community, with the legend, details and URL following", async () => {
    const { page, errors } = await openApp();
    await page.locator('input[type="file"]').setInputFiles({
      name: "karate.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(karateClub())),
    });
    await page.getByRole("status").filter({ hasText: "Opened karate.json" }).waitFor();
    const choose = page.getByRole("combobox", { name: "Colour actors by" });
    // Karate's club is offered; the member number (34 values) is not.
    expect(await choose.locator("option").allTextContents()).toEqual([
      "kind",
      "community (found in the ties)",
      "club (from the file)",
    ]);

    await choose.selectOption({ label: "club (from the file)" });
    const legend = page.locator(".legend-body");
    await legend.getByRole("heading", { name: "Colour: club (from the file)" }).waitFor();
    expect(await legend.getByText("Mr. Hi (17 actors)").count()).toBe(1);
    expect(new URL(page.url()).hash).toContain("colour=attribute%3Aclub");
    const fills = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll("svg.network g.actor[data-actor]")].map((g) => [
          g.getAttribute("data-actor"),
          g.querySelector("path")?.getAttribute("fill"),
        ]),
      ),
    );
    for (let i = 0; i < 34; i++)
      expect(fills[`m${i}`]).toBe(MR_HI.has(i) ? GROUP_PALETTE[0] : GROUP_PALETTE[1]);

    // Communities come from the worker; the details say which group and that the app found it.
    await choose.selectOption({ label: "community (found in the ties)" });
    await legend
      .getByRole("heading", { name: /^Colour: community \(\d+ found by Louvain/ })
      .waitFor();
    await page
      .getByRole("group", { name: "Actors", exact: true })
      .getByRole("button", { name: /^Member 0,/ })
      .click();
    await page
      .getByRole("complementary", { name: "Details" })
      .getByText(/^group \d+ of \d+, found by Louvain from the ties \(not in the file\)$/)
      .waitFor();

    // Back returns to the club colours.
    await page.goBack();
    await page.goBack();
    await legend.getByRole("heading", { name: "Colour: club (from the file)" }).waitFor();
    expect(await choose.inputValue()).toBe("attribute:club");
    expect(errors).toEqual([]);
  });
});
