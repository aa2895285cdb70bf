// What a graphics desk gets from Export SVG: stable ids on every actor and tie, a frame the
// network fills, labels clear of ties, and a face that resvg resolves as the browser does.
// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { exportSvg, type SvgExportOptions } from "../../src/export/svgDocument";
import { xmlId } from "../../src/export/xml";
import { buildScene } from "../../src/view/scene";
import { THEME } from "../../src/view/encodings";
import { estimateTextWidth } from "../../src/view/labels";
import { initialState } from "../../src/state/appState";
import { computeLayout } from "../../src/layout/forceLayout";
import { layoutInput } from "../../src/layout/layoutInput";
import { buildGraph } from "../../src/model/actorGraph";
import { seedActorGraph, seedDocument } from "../fixtures/seedGraph";

const graph = seedActorGraph();
const input = layoutInput(graph);
const positions = computeLayout(input.nodes, input.links);
const scene = buildScene({ graph, positions, state: initialState() });
const options: SvgExportOptions = {
  title: "The back-channel behind Edan Alexander's release",
  caption: "",
  credit: "Source: Quds News Network, citing Axios, 13 May 2025",
  asOf: "As of 13 May 2025",
  description: "A network of 15 actors.",
  background: "light",
  frame: { kind: "fit", width: 1200 },
};
const parse = (markup: string) => new DOMParser().parseFromString(markup, "image/svg+xml");

/** The network group's translate and scale, read back from the markup. */
function transformOf(doc: Document) {
  const match = /translate\(([-\d.]+),([-\d.]+)\) scale\(([-\d.]+)\)/.exec(
    doc.querySelector("#network > g")!.getAttribute("transform")!,
  )!;
  return { x: Number(match[1]), y: Number(match[2]), k: Number(match[3]) };
}

describe("ids in the export", () => {
  it("name every actor, tie and label after its document id", () => {
    const doc = parse(exportSvg(scene, options).markup);
    for (const g of doc.querySelectorAll("#actors > g"))
      expect(g.id).toBe(`actor-${g.getAttribute("data-actor")}`);
    for (const g of doc.querySelectorAll("#ties > g"))
      expect(g.id).toBe(`tie-${g.getAttribute("data-tie")}`);
    for (const t of doc.querySelectorAll("#labels > text"))
      expect(t.id).toBe(`label-${t.getAttribute("data-actor")}`);
    expect(doc.getElementById("actor-steve-witkoff")).not.toBeNull();
    expect(doc.getElementById("tie-bahbah-relays-to-witkoff")).not.toBeNull();
    const ids = [...doc.querySelectorAll("[id]")].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("are the same in every export of the same document", () => {
    const ids = (markup: string) => [...markup.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(exportSvg(scene, options).markup)).toEqual(ids(exportSvg(scene, options).markup));
  });

  it("escape what an XML id may not hold", () => {
    expect(xmlId("actor-", "steve-witkoff")).toBe("actor-steve-witkoff");
    expect(xmlId("tie-", "a_b.c-1")).toBe("tie-a_b.c-1");
    expect(xmlId("actor-", "a b/é")).toBe("actor-a_u20_b_u2f__ue9_");
    expect(xmlId("actor-", "a b/é")).toMatch(/^[A-Za-z_][\w.-]*$/);
  });
});

describe("the fitted frame", () => {
  it("leaves 24 px each side of the seed network, not a third of the width", () => {
    const { markup, width } = exportSvg(scene, options);
    const t = transformOf(parse(markup));
    const left = t.x + scene.bounds.x0 * t.k;
    const right = t.x + scene.bounds.x1 * t.k;
    expect(left).toBeCloseTo(24, 0);
    expect(right).toBeCloseTo(width - 24, 0);
    expect(width).toBeLessThanOrEqual(1200);
  });

  it("stays wide enough for the title when the network is small", () => {
    const document = seedDocument();
    document.actors = document.actors.slice(0, 1);
    document.ties = [];
    const lone = buildGraph(document);
    const one = buildScene({
      graph: lone,
      positions: new Map([[lone.nodes()[0]!, { x: 0, y: 0 }]]),
      state: initialState(),
    });
    const { width } = exportSvg(one, options);
    // the title at 20 px: about 500 px of text plus the two margins
    const title = estimateTextWidth(options.title, 20);
    expect(width).toBe(Math.round(title + 48));
    expect(width).toBeGreaterThan(480);
  });
});

describe("labels in the export", () => {
  /** Ties as polylines and labels as boxes, read from the markup alone, in picture pixels. */
  function readBack(markup: string) {
    const doc = parse(markup);
    const t = transformOf(doc);
    const px = (x: number, y: number) => ({ x: t.x + x * t.k, y: t.y + y * t.k });
    const ties = [...doc.querySelectorAll("#ties > g > path:first-child")].map((path) => {
      const numbers = (path.getAttribute("d")!.match(/-?[\d.]+/g) ?? []).map(Number);
      const points: { x: number; y: number }[] = [];
      if (path.getAttribute("d")!.includes("Q")) {
        const [x0, y0, cx, cy, x1, y1] = numbers as [
          number,
          number,
          number,
          number,
          number,
          number,
        ];
        for (let i = 0; i <= 16; i++) {
          const s = i / 16;
          const u = 1 - s;
          points.push(
            px(u * u * x0 + 2 * u * s * cx + s * s * x1, u * u * y0 + 2 * u * s * cy + s * s * y1),
          );
        }
      } else points.push(px(numbers[0]!, numbers[1]!), px(numbers[2]!, numbers[3]!));
      return points;
    });
    const labels = [...doc.querySelectorAll("#labels > text")].map((text) => {
      const spans = [...text.querySelectorAll("tspan")];
      const x = Number(spans[0]!.getAttribute("x"));
      const y = Number(spans[0]!.getAttribute("y"));
      const width = Math.max(...spans.map((s) => estimateTextWidth(s.textContent ?? "")));
      const anchor = text.getAttribute("text-anchor");
      const x0 = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
      const top = px(x0, y - 0.85 * THEME.labelSize);
      const bottom = px(x0 + width, y - 0.85 * THEME.labelSize + spans.length * 14);
      return { x0: top.x, y0: top.y, x1: bottom.x, y1: bottom.y };
    });
    return { ties, labels };
  }

  function crosses(
    points: { x: number; y: number }[],
    box: { x0: number; y0: number; x1: number; y1: number },
  ) {
    // sampled finely enough (1 px steps) to find any segment entering the box
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y));
      for (let s = 0; s <= steps; s++) {
        const x = a.x + ((b.x - a.x) * s) / steps;
        const y = a.y + ((b.y - a.y) * s) / steps;
        if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
      }
    }
    return false;
  }

  it("have at most 2 ties running through them", () => {
    const { ties, labels } = readBack(exportSvg(scene, options).markup);
    expect(ties).toHaveLength(25);
    expect(labels).toHaveLength(15);
    let count = 0;
    for (const tie of ties) for (const label of labels) if (crosses(tie, label)) count += 1;
    expect(count).toBeLessThanOrEqual(2);
  });
});

describe("the export's face", () => {
  /** The width resvg gives a line of label text in a font-family. */
  function resvgWidth(family: string, text = "Mohammed bin Abdul Rahman al-Thani"): number {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="40"><text x="10" y="25" font-size="12" font-weight="600" font-family='${family}'>${text}</text></svg>`;
    return new Resvg(svg, { font: { loadSystemFonts: true } }).getBBox()!.width;
  }

  it("is DejaVu Sans in resvg, as in Chromium on Debian (the browser test compares the two)", () => {
    expect(resvgWidth(THEME.fontFamily)).toBeCloseTo(resvgWidth("DejaVu Sans"), 3);
    // the measure tells faces apart: Liberation Sans (Arial's metrics) is much narrower
    expect(resvgWidth("Liberation Sans")).toBeLessThan(resvgWidth("DejaVu Sans") - 20);
  });

  it("is what label sizes are estimated on: estimates err a little wide, never narrow", () => {
    for (const name of graph.mapNodes((_id, actor) => actor.name)) {
      const measured = resvgWidth(THEME.fontFamily, name.split(" ").slice(0, 3).join(" "));
      const estimated = estimateTextWidth(name.split(" ").slice(0, 3).join(" "));
      expect(estimated, name).toBeGreaterThanOrEqual(measured - 1);
      expect(estimated, name).toBeLessThan(measured * 1.2);
    }
  });
});
