// The explorer's page skeleton: the header (title, search, tools), the stage with its zoom
// buttons, legend, credit and layout progress, the timeline's reserved place, the table, the
// details panel, and the alert and status lines. DOM only: it builds elements and shows what it
// is handed; the explorer (app/explorerApp.ts) connects them to the store.
import type { AppState } from "../state/appState";
import type { Insets } from "../view/viewport";
import { h } from "../dom/elements";
import { NARROW_QUERY, PHONE_QUERY } from "../view/screen";

export interface ExplorerPage {
  /** What the page put in its root (taken off again when its explorer ends). */
  nodes: readonly Element[];
  /** "Skip to network": the first thing Tab reaches. */
  skipLink: HTMLAnchorElement;
  /** The tools row, where the shell adds the file controls and the explorer the export ones. */
  toolbar: HTMLElement;
  collapse: HTMLInputElement;
  tableToggle: HTMLButtonElement;
  releasePins: HTMLButtonElement;
  /** Where the renderer draws. */
  stage: HTMLElement;
  /** The stage and everything over it (an import preview goes here). */
  stageWrap: HTMLElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  fit: HTMLButtonElement;
  legend: HTMLDetailsElement;
  legendBody: HTMLElement;
  /** The header's tools (a sheet over the picture on a phone). */
  tools: HTMLDetailsElement;
  /** The timeline strip's place, kept while it loads so nothing jumps. */
  timelineSlot: HTMLElement;
  graphView: HTMLElement;
  tableView: HTMLElement;
  details: HTMLElement;
  alert: HTMLElement;
  status: HTMLElement;
  progress: { element: HTMLElement; bar: HTMLProgressElement; text: HTMLElement };
}

export interface PageContent {
  title: string;
  credit: string;
  /** The search box and the question controls, built by their own modules. */
  search: HTMLElement;
  questions: HTMLElement;
  /** How dragging works, beside the zoom buttons, when it is not the usual (drawingPlan's dragMovesActors). */
  gestureHint?: string | undefined;
}

const isPhone = () => matchMedia(PHONE_QUERY).matches;
const isNarrow = () => matchMedia(NARROW_QUERY).matches;

/** Fills `root` with the page and returns its parts. */
export function buildExplorerPage(root: HTMLElement, content: PageContent): ExplorerPage {
  const collapse = h("input", { type: "checkbox", id: "collapse-parallel" });
  // Its text says what it does ("Table view", "Graph view"): not also a pressed state.
  const tableToggle = h("button", { type: "button" }, "Table view");
  const releasePins = h("button", { type: "button", hidden: true }, "Release pinned");
  const toolbar = h(
    "div",
    { class: "toolbar", role: "toolbar", "aria-label": "Network tools" },
    h("label", { class: "check" }, collapse, " Collapse parallel ties"),
    releasePins,
    tableToggle,
  );
  // On a phone the tools fold away behind one button so the picture keeps the screen.
  const tools = h(
    "details",
    { class: "tools", open: !isPhone() },
    h("summary", {}, "Tools"),
    toolbar,
    content.questions,
  );
  const header = h(
    "header",
    { class: "app-header" },
    h(
      "div",
      { class: "brand" },
      h("span", { class: "product" }, "Backchannel"),
      h("h1", { class: "network-title" }, content.title),
    ),
    content.search,
    tools,
  );
  const zoomIn = h(
    "button",
    { type: "button", "aria-label": "Zoom in", title: "Zoom in (+)" },
    "+",
  );
  const zoomOut = h(
    "button",
    { type: "button", "aria-label": "Zoom out", title: "Zoom out (−)" },
    "−",
  );
  const fit = h("button", { type: "button", title: "Fit the whole network (0)" }, "Fit");
  const legendBody = h("div", { class: "legend-body" });
  const legend = h(
    "details",
    { class: "legend", open: !isNarrow() },
    h("summary", {}, "Legend"),
    legendBody,
  );
  const bar = h("progress", { max: 1, value: 0, "aria-label": "Layout progress" });
  const text = h("span", {}, "");
  const progress = h("div", { class: "layout-progress", role: "status", hidden: true }, bar, text);
  const stage = h("div", { class: "stage" });
  const stageWrap = h(
    "div",
    { class: "stage-wrap" },
    stage,
    h(
      "div",
      { class: "zoom-controls", role: "group", "aria-label": "Zoom" },
      zoomIn,
      zoomOut,
      fit,
      ...(content.gestureHint ? [h("p", { class: "gesture-hint" }, content.gestureHint)] : []),
    ),
    legend,
    h("p", { class: "credit", title: content.credit }, content.credit),
    progress,
  );
  const timelineSlot = h("section", { class: "timeline", "aria-label": "Timeline" });
  const graphView = h("div", { class: "graph-view" }, stageWrap, timelineSlot);
  const tableView = h("section", {
    class: "table-view",
    "aria-label": "Table of actors and ties",
    hidden: true,
  });
  const details = h("aside", { class: "details", "aria-label": "Details", tabindex: "-1" });
  const alert = h("p", { class: "alert", role: "alert" });
  const status = h("p", { class: "status-message", role: "status" });
  // The first tab stop: straight past the header's tools to the picture (or the table).
  const skipLink = h("a", { class: "skip-link", href: "#" }, "Skip to network");
  root.replaceChildren(
    skipLink,
    header,
    alert,
    status,
    h("main", { class: "app-main" }, graphView, tableView, details),
  );
  return {
    nodes: [...root.children],
    skipLink,
    toolbar,
    collapse,
    tableToggle,
    releasePins,
    stage,
    stageWrap,
    zoomIn,
    zoomOut,
    fit,
    legend,
    legendBody,
    tools,
    timelineSlot,
    graphView,
    tableView,
    details,
    alert,
    status,
    progress: { element: progress, bar, text },
  };
}

/** The toolbar's controls and the graph / table switch as the state has them. */
export function showViewOptions(page: ExplorerPage, state: AppState): void {
  page.collapse.checked = state.collapseParallel;
  page.releasePins.hidden = Object.keys(state.pins).length === 0;
  const table = state.view === "table";
  page.tableToggle.textContent = table ? "Graph view" : "Table view";
  page.graphView.hidden = table;
  page.tableView.hidden = !table;
}

/** "Laying out 5,000 actors… 40 %", or hidden (fraction undefined: not started; null: done). */
export function showLayoutProgress(
  page: ExplorerPage,
  actors: number,
  fraction: number | undefined | null,
): void {
  const { element, bar, text } = page.progress;
  element.hidden = fraction === null;
  if (fraction === null) return;
  if (fraction !== undefined) bar.value = fraction;
  const percent = fraction === undefined ? "" : ` ${Math.round(fraction * 100)} %`;
  text.textContent = ` Laying out ${actors.toLocaleString("en")} actors…${percent}`;
}

/**
 * Keep the fitted picture clear of the open legend (beside it on wide screens) and of the sheets
 * over the bottom of a phone's screen (details, legend, tools).
 */
export function fitInsets(page: ExplorerPage, width: number): Insets {
  const insets = { left: 0, right: 0, top: 0, bottom: 44 };
  const area = page.stage.getBoundingClientRect();
  for (const sheet of [page.details, page.legend, page.tools]) {
    const box = sheet.getBoundingClientRect();
    if (box.height > 0 && box.width >= width * 0.95 && box.top > area.top)
      insets.bottom = Math.max(insets.bottom, area.bottom - box.top);
  }
  const legend = page.legend.getBoundingClientRect();
  // folded, it is one line at the top; a sheet is counted above
  if (!page.legend.open || legend.width >= width * 0.95) return { ...insets, top: 40 };
  // Beside it, as the published page puts it, unless the picture has far more room below it (a
  // tall, narrow stage): on a short stage the strip below left the picture a few pixels high. Far
  // more, so that the stage growing shorter as the page settles (the timeline) does not flip it.
  const height = area.height - insets.bottom;
  const beside = Math.min(width - legend.width - 12, height);
  const below = Math.min(width, height - legend.height - 12);
  if (below <= 2 * beside) insets.left = legend.width + 12;
  else insets.top = legend.height + 12;
  return insets;
}

/** A picture-only layer over the stage (an import preview): nothing in it is focusable or read. */
export function addStageLayer(page: ExplorerPage, caption: string): HTMLElement {
  const layer = h(
    "div",
    { class: "import-preview", "aria-hidden": "true" },
    h("p", { class: "preview-caption" }, caption),
  );
  layer.inert = true;
  page.stageWrap.append(layer);
  return layer;
}
