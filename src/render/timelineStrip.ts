// The timeline strip under the picture: every dated tie on a time axis (ticks for exact days,
// bars for months and ranges, lighter bars for approximate dates; past the drawing plan's limit,
// how many fall in each few days), a brush and two date inputs to
// choose a window, and Play / Step to replay the network tie by tie. Undated ties are counted
// beside the axis. Draws what it is handed and reports what the user asks for.
import { select } from "d3-selection";
import { brushX, type BrushBehavior, type D3BrushEvent } from "d3-brush";
import type { ActorGraph } from "../model/actorGraph";
import { layoutTimeline, type TimelineLayout } from "../view/timelineLayout";
import { TIE_FAMILY_ENCODINGS, THEME } from "../view/encodings";
import { DAY_MS, isoDay, periodEnd, periodStart } from "../schema/partialDate";
import { tieInterval } from "../schema/tieTime";
import { h, svgElement } from "../dom/elements";

export interface TimelineCallbacks {
  onWindow(window: { from: string; to: string } | null): void;
  onPlay(): void;
  onPause(): void;
  onStep(delta: 1 | -1): void;
  onShowAll(): void;
}

export interface TimelineState {
  graph: ActorGraph;
  visibleEdges: ReadonlySet<string>;
  window: { from: string; to: string } | null;
  playing: boolean;
  playhead: number | null;
  total: number;
  playDate: string | null;
  /** Dated ties in the order the replay shows them. */
  playOrder: readonly string[];
}

const HEIGHT_AXIS = 18;
const LANE = 7;
const MARGIN = 12;

export interface TimelineStrip {
  draw(state: TimelineState): void;
}

/** Fills `element` (the timeline's reserved place) with the strip. */
export function createTimelineStrip(
  element: HTMLElement,
  callbacks: TimelineCallbacks,
  /** Past this many dated ties, a histogram (the drawing plan's timeline.histogramAbove). */
  histogramAbove = Infinity,
): TimelineStrip {
  const play = h("button", { type: "button" }, "Play");
  const back = h("button", { type: "button", "aria-label": "Step back one tie" }, "◀ Step");
  const forward = h("button", { type: "button", "aria-label": "Step forward one tie" }, "Step ▶");
  const showAll = h("button", { type: "button" }, "Show all");
  const dateLabel = h(
    "span",
    { class: "play-date", role: "status", "aria-live": "polite" },
    "All dates",
  );
  const from = h("input", { type: "date", id: "timeline-from" });
  const to = h("input", { type: "date", id: "timeline-to" });
  const clear = h("button", { type: "button" }, "Clear dates");
  const undated = h("p", { class: "undated" });
  const svg = svgElement("svg", { class: "timeline-axis", role: "img", height: 60 });
  element.replaceChildren(
    h(
      "div",
      { class: "timeline-controls" },
      play,
      back,
      forward,
      showAll,
      dateLabel,
      h(
        "span",
        { class: "window" },
        h("label", { for: "timeline-from" }, "From date"),
        from,
        h("label", { for: "timeline-to" }, "To date"),
        to,
        clear,
      ),
    ),
    h("div", { class: "timeline-body" }, svg, undated),
  );

  play.addEventListener("click", () =>
    play.getAttribute("aria-pressed") === "true" ? callbacks.onPause() : callbacks.onPlay(),
  );
  back.addEventListener("click", () => callbacks.onStep(-1));
  forward.addEventListener("click", () => callbacks.onStep(1));
  showAll.addEventListener("click", () => callbacks.onShowAll());
  clear.addEventListener("click", () => callbacks.onWindow(null));
  const typed = () => {
    if (from.value && to.value && from.value <= to.value)
      callbacks.onWindow({ from: from.value, to: to.value });
  };
  from.addEventListener("change", typed);
  to.addEventListener("change", typed);

  let layout: TimelineLayout | undefined;
  let brush: BrushBehavior<unknown> | undefined;
  let moving = false;
  const root = select(svg);
  const itemsLayer = root.append("g").attr("class", "items");
  const axisLayer = root.append("g").attr("class", "axis");
  const brushLayer = root.append("g").attr("class", "brush");
  const playLine = root
    .append("line")
    .attr("class", "playhead")
    .attr("stroke", THEME.highlight)
    .attr("stroke-width", 2);

  return {
    draw(state) {
      const width = Math.max(svg.parentElement?.clientWidth ?? 600, 200) - 150;
      layout = layoutTimeline(state.graph, width - 2 * MARGIN, 10, histogramAbove);
      const height = HEIGHT_AXIS + layout.lanes * LANE + 8;
      svg.setAttribute("width", String(width));
      svg.setAttribute("height", String(height));
      const dated = layout.dated;
      svg.setAttribute(
        "aria-label",
        `Timeline of ${dated} dated tie${dated === 1 ? "" : "s"} from ${isoDay(layout.start + DAY_MS)} to ${isoDay(layout.end - DAY_MS)}; ${layout.undated.length} undated`,
      );
      const current = layout;
      itemsLayer
        .attr("transform", `translate(${MARGIN},4)`)
        .selectAll("rect")
        .data(current.items, (d) => (d as { id: string }).id)
        .join("rect")
        .attr("data-timeline-tie", (d) => d.id)
        .attr("x", (d) => d.x0)
        .attr("width", (d) => Math.max(d.x1 - d.x0, 1))
        .attr("y", (d) => d.lane * LANE)
        .attr("height", LANE - 2)
        .attr("rx", (d) => (d.precision === "day" ? 0 : 3))
        .attr("fill", (d) => TIE_FAMILY_ENCODINGS[d.family].stroke)
        .attr("fill-opacity", (d) => (d.precision === "approximate" ? 0.45 : 0.9))
        .attr("opacity", (d) => (state.visibleEdges.has(d.id) ? 1 : 0.18));
      // Past the item limit: one path, a bar per few pixels as tall as the ties there are many.
      const density = current.density;
      const peak = density ? Math.max(1, ...density.counts) : 1;
      const room = current.lanes * LANE - 2;
      itemsLayer
        .selectAll("path.density")
        .data(density ? [density] : [])
        .join("path")
        .attr("class", "density")
        .attr("fill", TIE_FAMILY_ENCODINGS.communication.stroke)
        .attr("fill-opacity", 0.75)
        .attr("d", (d) =>
          d.counts
            .map((count, i) => {
              if (count === 0) return "";
              const tall = Math.max(1, (count / peak) * room);
              return `M${i * d.width},${room - tall}h${d.width - 0.5}v${tall}h${-(d.width - 0.5)}z`;
            })
            .join(""),
        );
      const axisY = 4 + current.lanes * LANE + 2;
      axisLayer.attr("transform", `translate(${MARGIN},${axisY})`);
      axisLayer
        .selectAll("line.base")
        .data([0])
        .join("line")
        .attr("class", "base")
        .attr("x2", width - 2 * MARGIN)
        .attr("stroke", THEME.mutedInk);
      const ticks = axisLayer
        .selectAll<SVGGElement, { x: number; label: string }>("g.tick")
        .data(current.ticks, (d) => d.label)
        .join((enter) => {
          const g = enter.append("g").attr("class", "tick");
          g.append("line").attr("y2", 4).attr("stroke", THEME.mutedInk);
          g.append("text")
            .attr("y", 14)
            .attr("font-size", 10)
            .attr("fill", THEME.mutedInk)
            .attr("text-anchor", "middle");
          return g;
        });
      // Labels near either end of the axis stay inside the strip.
      const axisWidth = width - 2 * MARGIN;
      ticks
        .attr("transform", (d) => `translate(${d.x},0)`)
        .select("text")
        .attr("text-anchor", (d) => (d.x < 28 ? "start" : d.x > axisWidth - 28 ? "end" : "middle"))
        .attr("dx", (d) => (d.x < 28 ? -4 : d.x > axisWidth - 28 ? 4 : 0))
        .text((d) => d.label);

      if (!brush) {
        brush = brushX<unknown>().on("end", (event: D3BrushEvent<unknown>) => {
          if (moving || !event.sourceEvent || !layout) return;
          const selection = event.selection as [number, number] | null;
          if (!selection) return callbacks.onWindow(null);
          const fromDay = isoDay(layout.toTime(selection[0]));
          const toDay = isoDay(
            Math.max(layout.toTime(selection[1]) - 1, layout.toTime(selection[0])),
          );
          callbacks.onWindow({ from: fromDay, to: toDay });
        });
      }
      brush.extent([
        [0, 0],
        [width - 2 * MARGIN, axisY],
      ]);
      brushLayer.attr("transform", `translate(${MARGIN},2)`).call(brush);
      moving = true;
      if (state.window)
        brush.move(brushLayer, [
          current.toX(periodStart(state.window.from)),
          current.toX(periodEnd(state.window.to)),
        ]);
      else brush.move(brushLayer, null);
      moving = false;

      const lastId =
        state.playhead !== null && state.playhead > 0
          ? state.playOrder[state.playhead - 1]
          : undefined;
      const lastX = lastId === undefined ? undefined : tieX(current, state.graph, lastId);
      playLine
        .attr("display", lastX === undefined ? "none" : null)
        .attr("x1", MARGIN + (lastX ?? 0))
        .attr("x2", MARGIN + (lastX ?? 0))
        .attr("y1", 0)
        .attr("y2", axisY + 4);

      from.value =
        state.window?.from.length === 10
          ? state.window.from
          : state.window
            ? isoDay(periodStart(state.window.from))
            : "";
      to.value = state.window ? isoDay(periodEnd(state.window.to) - DAY_MS) : "";
      play.textContent = state.playing ? "Pause" : "Play";
      play.setAttribute("aria-pressed", String(state.playing));
      dateLabel.textContent =
        state.playhead === null
          ? "All dates"
          : state.playDate
            ? `${state.playDate} · ${state.playhead} of ${state.total} dated ties`
            : `Start · 0 of ${state.total} dated ties`;
      const tooMany = current.density ? `${current.dated} dated ties, as a histogram. ` : "";
      undated.textContent = `${tooMany}${current.undated.length} undated tie${current.undated.length === 1 ? "" : "s"}: not on the axis, hidden while a date window or the replay is on.`;
    },
  };
}

/** Where a tie sits on the axis: its mark's middle, or (density) the middle of its time. */
function tieX(layout: TimelineLayout, graph: ActorGraph, id: string): number | undefined {
  const item = layout.items.find((candidate) => candidate.id === id);
  if (item) return (item.x0 + item.x1) / 2;
  if (!layout.density || !graph.hasEdge(id)) return undefined;
  const interval = tieInterval(graph.getEdgeAttribute(id, "time"));
  if (!interval) return undefined;
  return Number.isFinite(interval.start)
    ? (layout.toX(interval.start) + layout.toX(interval.end)) / 2
    : layout.toX(interval.end);
}
