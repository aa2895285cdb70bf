// The timeline strip under the picture: every dated tie on a time axis (ticks for exact days,
// bars for months and ranges, lighter bars for approximate dates; past the drawing plan's limit,
// how many fall in each few days) whose compressed stretches are marked, a brush and two date
// inputs to choose a window, and Play / Step to replay the network tie by tie. Undated ties are
// counted beside the axis (the replay shows them throughout). Draws what it is handed and reports
// what the user asks for.
import { select } from "d3-selection";
import { brushX, type BrushBehavior, type D3BrushEvent } from "d3-brush";
import type { ActorGraph } from "../model/actorGraph";
import { layoutTimeline, playX, type TimelineLayout } from "../view/timelineLayout";

// For app/timelineController.ts, which lays a large network's axis out ahead, in slices.
export { layoutTimelineSteps } from "../view/timelineLayout";
import type { Tick } from "../view/timeTicks";
import { TIE_FAMILY_ENCODINGS, THEME } from "../view/encodings";
import { DAY_MS, isoDay, periodEnd, periodStart } from "../schema/partialDate";
import { axisName, tieTitle, timelineLabel, timelineNote } from "../view/timelineText";
import { h, svgElement } from "../dom/elements";
import { typedWindow } from "../view/typedWindow";
import { drawStretches } from "./timelineStretches";

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
  /** Draws the state, on `layout` when given (laid out ahead for `layoutWidth()`). */
  draw(state: TimelineState, layout?: TimelineLayout): void;
  /** The width the strip lays its axis out for now. */
  layoutWidth(): number;
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
  const body = h("div", { class: "timeline-body" }, svg, undated);
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
    body,
  );

  play.addEventListener("click", () =>
    play.getAttribute("aria-pressed") === "true" ? callbacks.onPause() : callbacks.onPlay(),
  );
  back.addEventListener("click", () => callbacks.onStep(-1));
  forward.addEventListener("click", () => callbacks.onStep(1));
  showAll.addEventListener("click", () => callbacks.onShowAll());
  clear.addEventListener("click", () => callbacks.onWindow(null));
  // One date alone, or two the wrong way round, still make a window (shown in both fields).
  const typed = () => {
    const window = typedWindow(from.value, to.value, layout?.dated ? layout : undefined);
    if (window) [from.value, to.value] = [window.from, window.to];
    callbacks.onWindow(window);
  };
  from.addEventListener("change", typed);
  to.addEventListener("change", typed);

  let layout: TimelineLayout | undefined;
  let brush: BrushBehavior<unknown> | undefined;
  let moving = false;
  const root = select(svg);
  const stretchLayer = root.append("g").attr("class", "stretches");
  const itemsLayer = root.append("g").attr("class", "items");
  const axisLayer = root.append("g").attr("class", "axis");
  const brushLayer = root.append("g").attr("class", "brush");
  const playLine = root
    .append("line")
    .attr("class", "playhead")
    .attr("stroke", THEME.highlight)
    .attr("stroke-width", 2);

  /** On a narrow strip the note on undated ties goes under the axis, which takes the width. */
  const widths = () => {
    const available = Math.max(body.clientWidth || 600, 200);
    const stacked = available < 560;
    return { stacked, width: stacked ? available : available - 150 };
  };
  return {
    layoutWidth: () => widths().width - 2 * MARGIN,
    draw(state, prepared) {
      const { stacked, width } = widths();
      body.classList.toggle("stacked", stacked);
      layout = prepared ?? layoutTimeline(state.graph, width - 2 * MARGIN, 10, histogramAbove);
      const height = HEIGHT_AXIS + layout.lanes * LANE + 8;
      svg.setAttribute("width", String(width));
      svg.setAttribute("height", String(height));
      svg.setAttribute("aria-label", axisName(layout));
      const current = layout;
      const lastId =
        state.playhead !== null && state.playhead > 0
          ? state.playOrder[state.playhead - 1]
          : undefined;
      itemsLayer
        .attr("transform", `translate(${MARGIN},4)`)
        .selectAll("rect")
        .data(current.items, (d) => (d as { id: string }).id)
        .join((enter) => {
          const rect = enter.append("rect");
          rect.append("title");
          return rect;
        })
        .attr("data-timeline-tie", (d) => d.id)
        .attr("class", (d) => (d.id === lastId ? "current" : null))
        .attr("x", (d) => d.x0)
        .attr("width", (d) => Math.max(d.x1 - d.x0, 1))
        .attr("y", (d) => d.lane * LANE)
        .attr("height", LANE - 2)
        .attr("rx", (d) => (d.precision === "day" ? 0 : 3))
        .attr("fill", (d) => TIE_FAMILY_ENCODINGS[d.family].stroke)
        .attr("fill-opacity", (d) => (d.precision === "approximate" ? 0.45 : 0.9))
        .attr("opacity", (d) => (state.visibleEdges.has(d.id) ? 1 : 0.18))
        .select("title")
        .text((d) => tieTitle(state.graph, d.id));
      // Past the item limit: one path, a bar per few pixels as tall as the ties there are many.
      const density = current.density;
      const peak = density ? Math.max(1, ...density.counts) : 1;
      const room = current.lanes * LANE - 2;
      itemsLayer
        .selectAll("path.density")
        .data(density ? [density] : [])
        .join("path")
        .attr("class", "density")
        // ties of every kind counted together: the ink of no family
        .attr("fill", THEME.mutedInk)
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
      drawStretches(stretchLayer, current.stretches, axisY, MARGIN);
      axisLayer.attr("transform", `translate(${MARGIN},${axisY})`);
      axisLayer
        .selectAll("line.base")
        .data([0])
        .join("line")
        .attr("class", "base")
        .attr("x2", width - 2 * MARGIN)
        .attr("stroke", THEME.mutedInk);
      const ticks = axisLayer
        .selectAll<SVGGElement, Tick>("g.tick")
        .data(current.ticks, (d) => d.time)
        .join((enter) => {
          const g = enter.append("g").attr("class", "tick");
          g.append("line").attr("y2", 4).attr("stroke", THEME.mutedInk);
          g.append("text").attr("y", 14).attr("font-size", 10).attr("fill", THEME.mutedInk);
          return g;
        });
      ticks
        .attr("transform", (d) => `translate(${d.x},0)`)
        .attr("data-date", (d) => isoDay(d.time))
        .select("text")
        .attr("text-anchor", (d) => d.anchor)
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

      const lastX =
        lastId === undefined || !state.graph.hasEdge(lastId)
          ? undefined
          : playX(current, state.graph.getEdgeAttribute(lastId, "time"));
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
      dateLabel.textContent = timelineLabel(state);
      undated.textContent = timelineNote(
        current.dated,
        current.undated.length,
        current.density !== undefined,
      );
      undated.hidden = undated.textContent === "";
      // A network without a single dated tie has nothing to place in time: no axis, no replay.
      element.classList.toggle("no-dates", current.dated === 0 && !current.density);
    },
  };
}
