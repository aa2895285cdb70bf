// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { keptFit, readPrerenderedPage, type PictureHandoff } from "../../src/app/prerendered";

const bounds = { x0: -100, y0: -50, x1: 300, y1: 250 };
const insets = { left: 260, right: 0, top: 0, bottom: 44 };
const handoff = (): PictureHandoff => ({
  client: { k: 1.5, x: 700, y: 400 },
  bounds,
  windowWidth: window.innerWidth,
  windowHeight: window.innerHeight,
});

/** An element whose box starts at (left, top) on screen. */
function elementAt(left: number, top: number): Element {
  const element = document.createElement("div");
  element.getBoundingClientRect = () => ({ left, top }) as DOMRect;
  return element;
}

describe("the published picture kept as the fit", () => {
  it("is the picture's place in the element's coordinates, as long as nothing changed", () => {
    const fit = keptFit(handoff(), elementAt(0, 127));
    expect(fit(bounds, insets)).toEqual({ k: 1.5, x: 700, y: 273 });
    expect(fit({ ...bounds, x1: 300.004 }, { ...insets })).toEqual({ k: 1.5, x: 700, y: 273 });
  });

  it("gives way for good when the insets change (the legend folded, a sheet opened)", () => {
    const fit = keptFit(handoff(), elementAt(0, 0));
    expect(fit(bounds, insets)).toBeDefined();
    expect(fit(bounds, { ...insets, left: 0, top: 40 })).toBeUndefined();
    expect(fit(bounds, insets)).toBeUndefined();
  });

  it("gives way for good when the picture's bounds change (a filter)", () => {
    const fit = keptFit(handoff(), elementAt(0, 0));
    expect(fit({ ...bounds, x1: 200 }, insets)).toBeUndefined();
    expect(fit(bounds, insets)).toBeUndefined();
  });

  it("gives way for good once the window has another size", () => {
    const fit = keptFit({ ...handoff(), windowWidth: window.innerWidth + 1 }, elementAt(0, 0));
    expect(fit(bounds, insets)).toBeUndefined();
  });

  it("is nothing without a published picture", () => {
    expect(keptFit(undefined, elementAt(0, 0))(bounds, insets)).toBeUndefined();
  });
});

describe("reading the published page", () => {
  it("reads the document and layout blocks, and nothing from a page without them", () => {
    expect(readPrerenderedPage(document)).toBeUndefined();
    document.body.innerHTML = `<script type="application/json" id="backchannel-document">{"title":"T \\u003c/script>"}</script><script type="application/json" id="backchannel-layout">{"positions":{}}</script>`;
    expect(readPrerenderedPage(document)).toEqual({
      document: { title: "T </script>" },
      layout: { positions: {} },
      picture: undefined, // no picture on this page
    });
  });

  it("ignores a block that is not JSON data", () => {
    document.body.innerHTML = `<script type="text/plain" id="backchannel-document">{}</script>`;
    expect(readPrerenderedPage(document)).toBeUndefined();
    document.body.innerHTML = `<script type="application/json" id="backchannel-document">{oops</script>`;
    expect(readPrerenderedPage(document)).toBeUndefined();
  });
});
