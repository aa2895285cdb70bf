// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { exportSvg, type SvgExportOptions } from "../../src/export/svgDocument";
import { escapeXml, formatNumber } from "../../src/export/xml";
import { fileNameFor } from "../../src/render/download";
import { buildScene, type Scene } from "../../src/view/scene";
import { initialState, type AppState } from "../../src/state/appState";
import { computeLayout } from "../../src/layout/forceLayout";
import { layoutInput } from "../../src/layout/layoutInput";
import { buildGraph } from "../../src/model/actorGraph";
import { seedActorGraph, seedDocument } from "../fixtures/seedGraph";
import { importFiles } from "../../src/io/importFiles";
import { TIE_FAMILY_ENCODINGS } from "../../src/view/encodings";

const graph = seedActorGraph();
const input = layoutInput(graph);
const positions = computeLayout(input.nodes, input.links);
const sceneFor = (state: Partial<AppState> = {}) =>
  buildScene({ graph, positions, state: { ...initialState(), ...state } });
const options: SvgExportOptions = {
  title: "The back-channel behind Edan Alexander's release",
  caption: "",
  credit: "Source: Quds News Network, citing Axios, 13 May 2025",
  asOf: "As of 13 May 2025",
  description: "A network of 15 actors and 25 ties.",
  background: "light",
  frame: { kind: "fit", width: 1200 },
};

function parse(markup: string): Document {
  const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

/** Renders with resvg (not a browser) and returns an RGBA reader. */
function rasterise(markup: string) {
  const rendered = new Resvg(markup, {
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  }).render();
  const pixels = rendered.pixels;
  return {
    width: rendered.width,
    height: rendered.height,
    at(x: number, y: number) {
      const i = (Math.round(y) * rendered.width + Math.round(x)) * 4;
      return [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]] as const;
    },
  };
}

function actorPixel(scene: Scene, markup: string, id: string): { x: number; y: number } {
  const doc = parse(markup);
  const group = doc.querySelector("#network > g")!;
  const match = /translate\(([-\d.]+),([-\d.]+)\) scale\(([-\d.]+)\)/.exec(
    group.getAttribute("transform")!,
  )!;
  const [tx, ty, k] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const node = scene.nodes.find((n) => n.id === id)!;
  return { x: tx + node.x * k, y: ty + node.y * k };
}

describe("the SVG export", () => {
  it("is a well-formed standalone SVG with size, viewBox, title and desc", () => {
    const { markup, width, height } = exportSvg(sceneFor(), options);
    const doc = parse(markup);
    const svg = doc.documentElement;
    expect(svg.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(svg.getAttribute("width")).toBe(String(width));
    expect(svg.getAttribute("height")).toBe(String(height));
    expect(svg.getAttribute("viewBox")).toBe(`0 0 ${width} ${height}`);
    expect(doc.querySelector("title")?.textContent).toBe(options.title);
    expect(doc.querySelector("desc")?.textContent).toBe(options.description);
  });

  it("has named groups whose elements keep their data attributes", () => {
    const doc = parse(exportSvg(sceneFor(), options).markup);
    for (const id of ["header", "network", "ties", "actors", "labels", "legend", "credit"])
      expect(doc.getElementById(id), id).not.toBeNull();
    expect(doc.querySelectorAll("#actors > g[data-actor]")).toHaveLength(15);
    expect(doc.querySelectorAll("#ties > g[data-tie][data-source][data-target]")).toHaveLength(25);
    expect(doc.querySelectorAll("#labels > text[data-actor]")).toHaveLength(15);
  });

  it("carries every actor's label as text, the legend, the credit and the as-of date", () => {
    const { markup } = exportSvg(sceneFor(), options);
    const doc = parse(markup);
    const labels = [...doc.querySelectorAll("#labels > text")].map((t) => t.textContent);
    expect(labels.sort()).toEqual(graph.mapNodes((_id, a) => a.name).sort());
    expect(doc.getElementById("credit")?.textContent).toContain(
      "Source: Quds News Network, citing Axios, 13 May 2025",
    );
    expect(doc.getElementById("credit")?.textContent).toContain("As of 13 May 2025");
    expect(doc.getElementById("legend")?.textContent).toContain("Person");
    expect(doc.getElementById("legend")?.textContent).toContain("Reported");
  });

  it("says a tie whose file states no kind is other or not stated, never an action", () => {
    const imported = importFiles([{ name: "edges.csv", text: "Source,Target\nalice,bob\n" }]);
    if (!imported.ok) throw new Error("the CSV opens");
    const g = buildGraph(imported.document);
    const i = layoutInput(g);
    const scene = buildScene({
      graph: g,
      positions: computeLayout(i.nodes, i.links),
      state: initialState(),
    });
    const doc = parse(exportSvg(scene, options).markup);
    const legend = doc.getElementById("legend")?.textContent ?? "";
    expect(legend).toContain("Other or not stated");
    expect(legend).not.toMatch(/action/i);
    const strokes = [...doc.querySelectorAll("#ties path[fill='none']")].map((p) =>
      p.getAttribute("stroke"),
    );
    expect(strokes).toEqual([TIE_FAMILY_ENCODINGS.other.stroke]);
  });

  it("is self-contained: no scripts, handlers, stylesheets or external references", () => {
    const { markup } = exportSvg(sceneFor(), options);
    expect(markup).not.toMatch(
      /<script|<style|<link|<image|<foreignObject|\son[a-z]+=|href=|url\((?!#)/i,
    );
    expect(markup).toContain('font-family="&quot;DejaVu Sans&quot;, Verdana');
  });

  it("escapes hostile names", () => {
    const doc = seedDocument();
    doc.actors[0]!.name = '</text><script>alert(1)</script> & "quotes"';
    const g = buildGraph(doc);
    const i = layoutInput(g);
    const scene = buildScene({
      graph: g,
      positions: computeLayout(i.nodes, i.links),
      state: initialState(),
    });
    const { markup } = exportSvg(scene, { ...options, title: "<b>x</b>" });
    const parsed = parse(markup);
    expect(parsed.querySelector("script")).toBeNull();
    expect(parsed.querySelector("title")?.textContent).toBe("<b>x</b>");
    expect(escapeXml("a<b>&\"'")).toBe("a&lt;b&gt;&amp;&quot;&apos;");
  });

  it("is byte-identical for the same document and view", () => {
    const a = exportSvg(sceneFor(), options).markup;
    const b = exportSvg(sceneFor(), options).markup;
    expect(a).toBe(b);
    expect(formatNumber(-0.001)).toBe("0");
  });

  it("matches its snapshot (rounded numbers guard determinism)", async () => {
    const { markup } = exportSvg(sceneFor({ selection: { kind: "actor", id: "bishara-bahbah" } }), {
      ...options,
      caption: "Highlighted: Bishara Bahbah and their ties",
    });
    await expect(markup).toMatchFileSnapshot("../__snapshots__/seed-export.svg");
  });

  it("reflects highlights: dimmed elements get an opacity, the caption says why", () => {
    const { markup } = exportSvg(sceneFor({ selection: { kind: "actor", id: "egypt" } }), {
      ...options,
      caption: "Highlighted: Egypt and their ties",
    });
    const doc = parse(markup);
    expect(doc.querySelectorAll("#actors > g[opacity]")).toHaveLength(13);
    expect(doc.getElementById("header")?.textContent).toContain(
      "Highlighted: Egypt and their ties",
    );
  });

  it("exports the current view at the screen's size", () => {
    const { width, markup } = exportSvg(sceneFor(), {
      ...options,
      frame: { kind: "view", viewport: { x: 10, y: 20, k: 1.5 }, width: 900, height: 600 },
    });
    expect(width).toBe(900);
    expect(markup).toContain("scale(1.5)");
  });

  it("draws when rendered by resvg (not a browser): ink where actors are, background elsewhere", () => {
    const scene = sceneFor();
    const { markup, width, height } = exportSvg(scene, options);
    const image = rasterise(markup);
    expect([image.width, image.height]).toEqual([width, height]);
    for (const node of scene.nodes) {
      const p = actorPixel(scene, markup, node.id);
      const [r, g, b] = image.at(p.x, p.y);
      expect(r! + g! + b!, `${node.id} at ${p.x},${p.y}`).toBeLessThan(600);
    }
    const [r, g, b, a] = image.at(width - 3, 3);
    expect([r, g, b, a]).toEqual([255, 255, 255, 255]);
  });

  it("draws label text in resvg too (ink where each label is placed)", () => {
    const scene = sceneFor();
    const { markup } = exportSvg(scene, options);
    const image = rasterise(markup);
    const k = Number(/scale\(([\d.]+)\)/.exec(markup)![1]);
    for (const node of scene.nodes) {
      const p = actorPixel(scene, markup, node.id);
      const baseline = p.y + node.labelDy * k;
      // the label's middle: its anchor, moved by half its width when it starts or ends there
      const shift = { start: 0.5, middle: 0, end: -0.5 }[node.labelAnchor] * node.labelWidth;
      const middle = p.x + (node.labelDx + shift) * k;
      let ink = 0;
      for (let dx = -node.labelWidth * k * 0.4; dx < node.labelWidth * k * 0.4; dx += 1) {
        const [r, g, b] = image.at(middle + dx, baseline - 4 * k);
        if (r! + g! + b! < 300) ink++;
      }
      expect(ink, node.name).toBeGreaterThan(2);
    }
  });

  it("keeps a transparent background transparent", () => {
    const { markup, width } = exportSvg(sceneFor(), { ...options, background: "transparent" });
    expect(markup).not.toContain('id="background"');
    expect(rasterise(markup).at(width - 3, 3)[3]).toBe(0);
  });

  it("builds 5,000 actors quickly enough for a button press (counts, not timing)", () => {
    const many = { ...sceneFor() };
    const base = many.nodes[0]!;
    many.nodes = Array.from({ length: 5000 }, (_, i) => ({
      ...base,
      id: `a${i}`,
      x: i % 100,
      y: i / 100,
    }));
    const { markup } = exportSvg(many, options);
    expect(markup.match(/data-actor=/g)).toHaveLength(10_000);
  });
});

describe("file names", () => {
  it("are the document title and date", () => {
    expect(
      fileNameFor("The back-channel behind Edan Alexander's release", "2025-05-13", "svg"),
    ).toBe("the-back-channel-behind-edan-alexander-s-release-2025-05-13.svg");
    expect(fileNameFor("Ünïcode / !!", "2025", "png")).toBe("unicode-2025.png");
    expect(fileNameFor("", "2025", "png")).toBe("network-2025.png");
  });
});
