// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { embedSnippet, isEmbedded, pageUrl, viewHash } from "../../src/app/embed";
import { initialState } from "../../src/state/appState";

describe("embedding the published page", () => {
  it("knows an embed by its ?embed parameter", () => {
    expect(isEmbedded("?embed=1")).toBe(true);
    expect(isEmbedded("?x=2&embed")).toBe(true);
    expect(isEmbedded("?x=2")).toBe(false);
    expect(isEmbedded("")).toBe(false);
  });

  it("makes the embed's URL and the full view's from the page's, keeping other parameters", () => {
    const page = "https://news.example/net/?lang=en#view=1,2,3";
    expect(pageUrl(page, "actor=a", true)).toBe(
      "https://news.example/net/?lang=en&embed=1#actor=a",
    );
    expect(pageUrl("https://news.example/net/?embed=1&lang=en#actor=a", "tie=t", false)).toBe(
      "https://news.example/net/?lang=en#tie=t",
    );
    expect(pageUrl("https://news.example/net/index.html", "", true)).toBe(
      "https://news.example/net/index.html?embed=1",
    );
  });

  it("leaves the zoom out of the view: each frame fits the picture to itself", () => {
    const state = {
      ...initialState(),
      selection: { kind: "actor" as const, id: "bishara-bahbah" },
      viewport: { x: 10, y: 20, k: 2 },
    };
    expect(viewHash(state)).toBe("actor=bishara-bahbah");
  });

  it("writes an <iframe> whose attributes cannot be broken by the title or the URL", () => {
    const snippet = embedSnippet(`https://x.example/?a=1&embed=1#q="x"`, `He said "hi" <b>`);
    const frame = new DOMParser().parseFromString(snippet, "text/html").querySelector("iframe")!;
    expect(frame.getAttribute("src")).toBe(`https://x.example/?a=1&embed=1#q="x"`);
    expect(frame.getAttribute("title")).toBe(`He said "hi" <b> (Backchannel)`);
    expect(frame.getAttributeNames()).toEqual([
      "src",
      "title",
      "width",
      "height",
      "loading",
      "style",
    ]);
  });
});
