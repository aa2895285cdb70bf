// What arrives just after the first picture, since drawing it needs none of it: the analysis
// (metrics, paths, ego networks), zoom / pan / drag, and the timeline strip — on large networks
// only once the layout has converged. Each step is its own task, so that none holds the page long
// while a large layout runs. Then the page says it is ready (html[data-ready], which the browser
// tests wait for).
import type { AnalysisModule } from "../analysis/questions";
import type { PointerControls } from "../interact/pointerControls";
import type * as TimelineModule from "../render/timelineStrip";

export interface DeferredTargets {
  pointer: PointerControls;
  onAnalysis(module: AnalysisModule): void;
  /** Waited for before the timeline is built (the drawing plan's timeline.afterLayout). */
  timelineAfter: Promise<void> | undefined;
  onTimeline(module: typeof TimelineModule): void;
  /** false once the explorer is gone: nothing more is done. */
  alive(): boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function loadDeferredModules(targets: DeferredTargets): Promise<void> {
  const [analysis, timeline] = await Promise.all([
    import("../analysis/questions"),
    import("../render/timelineStrip"),
    targets.pointer.load(),
  ]);
  if (!targets.alive()) return;
  targets.onAnalysis(analysis);
  await nextTask();
  if (targets.timelineAfter) await targets.timelineAfter;
  if (!targets.alive()) return;
  targets.onTimeline(timeline);
  // Ready once the page has settled around the new timeline (a resize re-fits the picture).
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (targets.alive()) window.document.documentElement.dataset.ready = "true";
    }),
  );
}
