// The legend, generated from the encodings the scene actually uses.
import type { LegendEntry } from "../view/scene";
import { h, svgElement } from "../dom/elements";

const GROUP_TITLES: Record<LegendEntry["group"], string> = {
  actor: "Actors",
  colour: "Colour",
  tie: "Ties",
  status: "Status",
};

function swatch(entry: LegendEntry): SVGSVGElement {
  const svg = svgElement("svg", {
    width: 28,
    height: 16,
    viewBox: "0 0 28 16",
    "aria-hidden": "true",
  });
  if (entry.d)
    svg.append(
      svgElement("path", {
        d: entry.d,
        transform: "translate(14,8)",
        fill: entry.fill ?? "#000",
        stroke: "#fff",
        "stroke-width": 1,
      }),
    );
  else
    svg.append(
      svgElement("line", {
        x1: 2,
        y1: 8,
        x2: 26,
        y2: 8,
        stroke: entry.stroke ?? "#000",
        "stroke-width": entry.width ?? 1.5,
        ...(entry.dash ? { "stroke-dasharray": entry.dash } : {}),
      }),
    );
  return svg;
}

export function renderLegend(root: HTMLElement, entries: readonly LegendEntry[]): void {
  const groups = (["actor", "colour", "tie", "status"] as const).filter((group) =>
    entries.some((e) => e.group === group),
  );
  root.replaceChildren(
    ...groups.map((group) =>
      h(
        "div",
        { class: "legend-group" },
        h(
          "h3",
          {},
          entries.find((e) => e.group === group && e.title)?.title ?? GROUP_TITLES[group],
        ),
        h(
          "ul",
          {},
          ...entries
            .filter((e) => e.group === group)
            .map((e) => h("li", {}, swatch(e), h("span", {}, e.label))),
        ),
      ),
    ),
  );
}
