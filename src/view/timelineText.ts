// What the timeline strip says in words: the label beside Play (the window, the replay's date),
// the note on undated ties, a mark's tooltip, a compressed stretch's tooltip and the axis's
// accessible name. Dates at their precision. Pure.
import { joinIsolated } from "./isolate";
import type { ActorGraph } from "../model/actorGraph";
import { TIE_KIND_LABELS } from "../schema/vocabulary";
import { DAY_MS, formatPartialDate, isoDay } from "../schema/partialDate";
import { formatWindow, tieDateSpan } from "../schema/tieTime";
import type { Stretch } from "./timeScale";
import { counted } from "./counts";

/**
 * "All dates", "21 April – 12 May 2025", "22 April 2025 · 5 of 12 dated ties", or both:
 * "22 April 2025 · 5 of 12 dated ties · within 21 April – 12 May 2025".
 */
export function timelineLabel(state: {
  window: { from: string; to: string } | null;
  playhead: number | null;
  playDate: string | null;
  total: number;
}): string {
  const window = state.window ? formatWindow(state.window) : null;
  const playing =
    state.playhead === null
      ? null
      : `${state.playDate ?? "Start"} · ${state.playhead} of ${state.total} dated ties`;
  if (playing && window) return `${playing} · within ${window}`;
  return playing ?? window ?? "All dates";
}

/** How undated ties are treated, e.g. "13 undated ties: not on the axis. Play shows them…". */
export function undatedNote(undated: number): string {
  const them = undated === 1 ? "it" : "them";
  return `${counted(undated, "undated tie")}: not on the axis. Play shows ${them} throughout; a date window hides ${them}.`;
}

/**
 * The note under the axis: "15,000 dated ties, as a histogram." when the marks are binned, then
 * the note on undated ties when there are any; when no tie is dated, that there is no timeline;
 * "" when there is nothing to say.
 */
export function timelineNote(dated: number, undated: number, histogram: boolean): string {
  if (dated === 0 && !histogram)
    return undated === 0
      ? ""
      : `No tie is dated (${counted(undated, "tie")}), so there is no timeline to show.`;
  const binned = histogram ? `${counted(dated, "dated tie")}, as a histogram.` : "";
  return [binned, undated > 0 ? undatedNote(undated) : ""].filter(Boolean).join(" ");
}

/** A mark's tooltip: "Bishara Bahbah → Donald Trump: supports, 2024". */
export function tieTitle(graph: ActorGraph, id: string): string {
  if (!graph.hasEdge(id)) return id;
  const tie = graph.getEdgeAttributes(id);
  const name = (node: string) => graph.getNodeAttribute(node, "name");
  const arrow = tie.directed === false ? "↔" : "→";
  const ends = joinIsolated([name(graph.source(id)), name(graph.target(id))], ` ${arrow} `);
  return `${ends}: ${TIE_KIND_LABELS[tie.kind]}, ${tieDateSpan(tie.time)}`;
}

/** "1 January 2024 – 28 February 2025: compressed (few or no ties)". */
export function stretchTitle(stretch: Stretch): string {
  const first = isoDay(stretch.from);
  const last = isoDay(Math.max(stretch.to - DAY_MS, stretch.from));
  return `${formatWindow({ from: first, to: last })}: compressed (few or no ties)`;
}

/** "Timeline of 12 dated ties from January 2024 to May 2025, 1 stretch … compressed; 13 undated". */
export function axisName(layout: {
  dated: number;
  start: number;
  end: number;
  stretches: readonly Stretch[];
  undated: readonly string[];
}): string {
  const month = (time: number) => formatPartialDate(isoDay(time).slice(0, 7));
  const squeezed = layout.stretches.filter((stretch) => stretch.compressed).length;
  const compressed = squeezed
    ? `, ${squeezed === 1 ? "1 stretch" : `${squeezed} stretches`} with few ties compressed`
    : "";
  return `Timeline of ${counted(layout.dated, "dated tie")} from ${month(layout.start)} to ${month(layout.end - DAY_MS)}${compressed}; ${layout.undated.length} undated`;
}
