// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { prerenderNetwork } from "../../src/export/prerender";
import { socialCardSvg, socialMeta } from "../../src/export/socialCard";
import { seedDocument } from "../fixtures/seedGraph";

const seed = seedDocument();
const { scene } = prerenderNetwork(seed);

describe("the social card", () => {
  it("is the exported picture at 1200 × 630, rasterised as such by resvg", () => {
    const card = socialCardSvg(seed, scene);
    expect([card.width, card.height]).toEqual([1200, 630]);
    const png = new Resvg(card.markup, {
      font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    }).render();
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(card.markup).toContain(`<title id="backchannel-title">`);
    expect(card.markup.match(/<g [^>]*data-actor=/g)).toHaveLength(15);
  });

  it("keeps the network at least 280 px tall, leaving the legend out if it must", () => {
    const crowded = {
      ...scene,
      legend: Array.from({ length: 60 }, (_, i) => ({
        group: "tie" as const,
        key: `k${i}`,
        label: `a long legend entry number ${i} that takes room`,
        stroke: "#000",
        width: 1.5,
        dash: "",
      })),
    };
    const card = socialCardSvg(seed, crowded);
    expect(card.height).toBe(630);
    expect(card.markup).not.toContain("legend entry number");
  });
});

describe("the page's social tags", () => {
  const tags = (siteUrl?: string) =>
    new DOMParser().parseFromString(
      `<head>${socialMeta(seed, scene, { siteUrl })}</head>`,
      "text/html",
    );
  const content = (doc: Document, key: string) =>
    doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");

  it("name the card by its absolute URL when the site's URL is known", () => {
    const doc = tags("https://news.example/networks/alexander/");
    expect(content(doc, "og:image")).toBe(
      "https://news.example/networks/alexander/social-card.png",
    );
    expect(content(doc, "twitter:image")).toBe(content(doc, "og:image"));
    expect(content(doc, "og:url")).toBe("https://news.example/networks/alexander/");
    expect(content(doc, "twitter:card")).toBe("summary_large_image");
    expect(content(doc, "og:image:width")).toBe("1200");
    expect(content(doc, "og:title")).toBe(seed.title);
    expect(content(doc, "og:description")).toBe(
      `${seed.description} A network of 15 actors and 25 ties.`,
    );
    expect(doc.title).toBe(`${seed.title} · Backchannel`);
  });

  it("leave the image out without it (a relative URL would not be fetched)", () => {
    const doc = tags(undefined);
    expect(content(doc, "og:image")).toBeUndefined();
    expect(content(doc, "twitter:image")).toBeUndefined();
    expect(content(doc, "og:url")).toBeUndefined();
    expect(content(doc, "twitter:card")).toBe("summary");
    expect(content(doc, "og:title")).toBe(seed.title);
  });

  it("escape quotes and markup in the document's text", () => {
    const doc = new DOMParser().parseFromString(
      `<head>${socialMeta({ ...seed, title: `"Quoted" <b>&</b>` }, scene, { siteUrl: undefined })}</head>`,
      "text/html",
    );
    expect(content(doc, "og:title")).toBe(`"Quoted" <b>&</b>`);
    expect(doc.querySelectorAll("b")).toHaveLength(0);
  });
});
