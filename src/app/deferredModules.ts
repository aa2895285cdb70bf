// What arrives just after the first picture, since drawing it needs none of it: the analysis
// (metrics, paths, ego networks), zoom / pan / drag, and the timeline strip — on large networks
// only once the layout has converged. Each step is its own task, so that none holds the page long
// while a large layout runs. A part that fails to load (offline, a changed site) is named in a
// message with a Reload button, and the rest still arrives. Then the page says it is ready
// (html[data-ready], which the browser tests wait for) and, when the page is idle, fetches the
// parts it needs later (file readers and writers, exporters) so that they work offline too.
import type { AnalysisModule } from "../analysis/questions";
import type { PointerControls } from "../interact/pointerControls";
import type * as TimelineModule from "../render/timelineStrip";
import { describeError, isLoadFailure, loadFailureText } from "./faults";

export interface DeferredTargets {
  pointer: PointerControls;
  onAnalysis(module: AnalysisModule): void;
  /** Waited for before the timeline is built (the drawing plan's timeline.afterLayout). */
  timelineAfter: Promise<void> | undefined;
  onTimeline(module: typeof TimelineModule): void;
  /** Some parts could not be loaded: the message names them and what to do. */
  onFailed(message: string, canReload: boolean): void;
  /** false once the explorer is gone: nothing more is done. */
  alive(): boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Loaded<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(promise: Promise<T>): Promise<Loaded<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

export async function loadDeferredModules(targets: DeferredTargets): Promise<void> {
  const [analysis, timeline, pointer] = await Promise.all([
    settle(import("../analysis/questions")),
    settle(import("../render/timelineStrip")),
    settle(targets.pointer.load()),
  ]);
  if (!targets.alive()) return;
  const failed: { what: string; error: unknown }[] = [];
  if (analysis.ok) targets.onAnalysis(analysis.value);
  else failed.push({ what: "metrics and paths", error: analysis.error });
  if (!pointer.ok) failed.push({ what: "zoom, pan and dragging", error: pointer.error });
  if (!timeline.ok) failed.push({ what: "the timeline", error: timeline.error });
  if (failed.length) {
    const what = failed.map((part) => part.what).join(", ");
    const offline = failed.some((part) => isLoadFailure(part.error));
    targets.onFailed(
      offline
        ? loadFailureText(`Some tools (${what})`)
        : `Some tools (${what}) failed to start: ${describeError(failed[0]?.error)}.`,
      offline,
    );
  }
  await nextTask();
  if (targets.timelineAfter) await targets.timelineAfter;
  if (!targets.alive()) return;
  if (timeline.ok) targets.onTimeline(timeline.value);
  // Ready once the page has settled around the new timeline (a resize re-fits the picture).
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (!targets.alive()) return;
      window.document.documentElement.dataset.ready = "true";
      prefetchLaterModules();
    }),
  );
}

/**
 * The parts loaded on first use, fetched while the page is idle after its first network: the
 * layout (for a file opened, a stored network, the published one shown again), opening a file
 * without the import worker, saving data, exporting SVG and PNG, drawing a large network, the
 * path's details, the table view, the filters and the path finder, finding communities without
 * their worker, and what the shell adds (`fetchWhenIdle`: the editor, the Networks dialog). A
 * browser keeps a module once loaded, so these then work offline. Failures here are silent: the
 * use itself reports them.
 */
const LATER: (() => Promise<unknown>)[] = [
  () => import("../layout/layoutRunner"),
  () => import("../io/importFromFiles"),
  () => import("../io/index"),
  () => import("./exportFile"),
  () => import("../export/svgDocument"),
  () => import("../export/pngExport"),
  () => import("../render/largeDrawing"),
  // The large-network layout, for the page to finish it if its worker dies.
  () => import("../layout/layoutEngine"),
  () => import("./pathPanel"),
  () => import("../render/tableView"),
  () => import("./questionForms"),
  // The community search, for the page to run it if its worker cannot start.
  () => import("../analysis/communities"),
];

/**
 * Adds a part for the page to fetch while idle (once however often it is added): the shell's own
 * parts, which this module cannot name (they know the workspace, which knows this module).
 */
export function fetchWhenIdle(load: () => Promise<unknown>): void {
  if (!LATER.includes(load)) LATER.push(load);
}

let prefetching = false;

export function prefetchLaterModules(): void {
  if (prefetching) return;
  prefetching = true;
  const idle = (run: () => void) =>
    typeof requestIdleCallback === "function"
      ? requestIdleCallback(run, { timeout: 5_000 })
      : setTimeout(run, 200);
  const next = (index: number) => {
    const load = LATER[index];
    if (!load) return;
    idle(() => {
      void load()
        .catch(() => undefined)
        .then(() => next(index + 1));
    });
  };
  next(0);
}
