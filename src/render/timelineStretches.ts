// The timeline's compressed stretches (long gaps squeezed so the dated ties keep their room): a
// light band over the items and a break mark ("//") on the axis at each edge, with a title saying
// which dates the stretch squeezes. Drawn by render/timelineStrip.ts.
import type { select } from "d3-selection";
import type { Stretch } from "../view/timeScale";
import { THEME } from "../view/encodings";
import { stretchTitle } from "../view/timelineText";

/** Compressed stretches: a light band over the items and a break mark on the axis at each edge. */
export function drawStretches(
  layer: ReturnType<typeof select<SVGGElement, unknown>>,
  stretches: readonly Stretch[],
  axisY: number,
  /** The strip's left margin, where the axis starts. */
  margin: number,
): void {
  const squeezed = stretches.filter((stretch) => stretch.compressed);
  const band = layer
    .attr("transform", `translate(${margin},0)`)
    .selectAll<SVGGElement, Stretch>("g.compressed")
    .data(squeezed, (d) => `${d.from}`)
    .join((enter) => {
      const g = enter.append("g").attr("class", "compressed");
      g.append("rect").attr("fill", THEME.mutedInk).attr("fill-opacity", 0.08);
      g.append("path").attr("stroke", THEME.mutedInk).attr("fill", "none");
      g.append("title");
      return g;
    });
  band
    .select("rect")
    .attr("x", (d) => d.x0)
    .attr("width", (d) => Math.max(d.x1 - d.x0, 1))
    .attr("y", 2)
    .attr("height", axisY - 2);
  // Two short slanted strokes across the axis line at each end of the stretch: "//".
  band
    .select("path")
    .attr("d", (d) =>
      [d.x0, d.x1].map((x) => `M${x - 4},${axisY + 4}l4,-8M${x},${axisY + 4}l4,-8`).join(""),
    );
  band.select("title").text(stretchTitle);
}
