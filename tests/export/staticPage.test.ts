// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { prerenderNetwork } from "../../src/export/prerender";
import { staticPage } from "../../src/export/staticPage";
import { decodeLayoutSnapshot } from "../../src/layout/layoutSnapshot";
import { computeLayout } from "../../src/layout/forceLayout";
import { layoutInput } from "../../src/layout/layoutInput";
import { buildGraph } from "../../src/model/actorGraph";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { chainWithParallels } from "../fixtures/documents";
import { seedDocument } from "../fixtures/seedGraph";

/** The page as a browser would build it from the HTML (scripts never run in jsdom by default). */
function render(document: NetworkDocument): Document {
  const page = staticPage(document, prerenderNetwork(document));
  const html = `<!doctype html><html><body><div id="app">${page.app}</div>${page.data}${page.noscript}</body></html>`;
  return new DOMParser().parseFromString(html, "text/html");
}

describe("the prerendered page", () => {
  const seed = seedDocument();
  const page = render(seed);

  it("draws every actor with its name in the picture, fitted by its viewBox", () => {
    const svg = page.querySelector("svg.prerendered-picture")!;
    const names = [...svg.querySelectorAll("#labels text")].map((t) => t.textContent);
    expect(names.sort()).toEqual(seed.actors.map((a) => a.name).sort());
    expect(svg.querySelectorAll("#actors > g[data-actor]")).toHaveLength(15);
    expect(svg.querySelectorAll("#ties > g[data-tie]")).toHaveLength(25);
    const [, , w, h] = svg.getAttribute("viewBox")!.split(" ").map(Number);
    // At most twice the picture's size: the largest zoom of the explorer's fit.
    expect(Number(svg.getAttribute("width"))).toBeCloseTo(2 * w!, 1);
    expect(Number(svg.getAttribute("height"))).toBeCloseTo(2 * h!, 1);
    expect(svg.getAttribute("role")).toBe("img");
  });

  it("has the title, the credit and the document's summary", () => {
    expect(page.querySelector("h1")?.textContent).toBe(seed.title);
    expect(page.querySelector(".credit")?.textContent).toBe(
      "Source: Quds News Network, citing Axios, 13 May 2025",
    );
    expect(page.querySelector("aside.details p.description")?.textContent).toBe(seed.description);
    expect(page.querySelector("aside.details")?.textContent).toContain(
      "15 actors, 25 ties, as of 13 May 2025.",
    );
  });

  it("lists every tie with its evidence for readers without JavaScript", () => {
    const noscript = page.querySelector("noscript")!;
    // Inside <noscript> the parser keeps markup as text when scripting is on; parse it as a page.
    const list = new DOMParser().parseFromString(noscript.innerHTML, "text/html");
    const items = list.querySelectorAll("section.static-ties > ol > li");
    expect(items).toHaveLength(seed.ties.length);
    const text = list.body.textContent ?? "";
    for (const tie of seed.ties)
      for (const e of tie.evidence) if (e.quote) expect(text).toContain(e.quote);
    expect(items[0]?.querySelector("strong")?.textContent).toBe(
      "Hamas official outside Gaza → Bishara Bahbah",
    );
  });

  it("carries the document and its layout as JSON data blocks, read back exactly", () => {
    const blocks = page.querySelectorAll('script[type="application/json"]');
    expect(blocks).toHaveLength(2);
    expect(JSON.parse(page.getElementById("backchannel-document")!.textContent!)).toEqual(seed);
    const graph = buildGraph(seed);
    const read = decodeLayoutSnapshot(
      JSON.parse(page.getElementById("backchannel-layout")!.textContent!),
      graph.nodes(),
    );
    // The reference: the explorer's layout of a 15-actor network, computed directly.
    const input = layoutInput(graph);
    expect(read).toEqual(computeLayout(input.nodes, input.links));
  });

  it("has no style attribute and no inline style (a style-src 'self' policy)", () => {
    expect(page.querySelectorAll("[style], style")).toHaveLength(0);
    const markup = staticPage(seed, prerenderNetwork(seed));
    expect(`${markup.app}${markup.noscript}${markup.data}`).not.toMatch(/\sstyle=|<style/i);
  });

  it("keeps hostile text as text: no element, no early end of a data block", () => {
    const hostile = chainWithParallels();
    hostile.title = `</script><script>alert(1)</script><img src=x onerror="alert(2)">`;
    hostile.actors[0]!.name = `<b>Alpha</b> & "friends"`;
    hostile.ties[0]!.evidence = [
      { source: "report", attribution: "<i>someone</i>", quote: "</noscript><script>x()</script>" },
    ];
    const page = render(hostile);
    expect(page.querySelectorAll("script")).toHaveLength(2);
    expect([...page.querySelectorAll("script")].every((s) => s.type === "application/json")).toBe(
      true,
    );
    expect(page.querySelectorAll("img, b, i")).toHaveLength(0);
    expect(page.querySelector("h1")?.textContent).toBe(hostile.title);
    expect(JSON.parse(page.getElementById("backchannel-document")!.textContent!)).toEqual(hostile);
    const noscript = new DOMParser().parseFromString(
      page.querySelector("noscript")!.innerHTML,
      "text/html",
    );
    expect(noscript.querySelectorAll("script, i")).toHaveLength(0);
    expect(noscript.body.textContent).toContain("</noscript><script>x()</script>");
  });

  it("links only http(s) addresses", () => {
    const doc = chainWithParallels();
    doc.sources = [
      { id: "report", publisher: "Daily", title: "A report", url: "javascript:alert(1)" },
      { id: "web", publisher: "Web", title: "Online", url: "https://example.org/a?b=1&c=2" },
    ];
    const links = [...render(doc).querySelectorAll("aside.details a")].map((a) =>
      a.getAttribute("href"),
    );
    expect(links).toEqual(["https://example.org/a?b=1&c=2"]);
  });
});
