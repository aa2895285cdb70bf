// Starts the network's layout as the drawing plan says, and follows it while it runs: the
// progress line says how far it is, the picture moves with it when the plan animates it (else it
// keeps its first picture), and the converged positions are drawn.
import type { ActorGraph } from "../model/actorGraph";
import type { LayoutRun } from "../layout/layoutRunner";
import type { DrawingPlan } from "../view/drawingPlan";
import { layoutLinks, layoutNodes } from "../layout/layoutInput";
import { decodeLayoutSnapshot } from "../layout/layoutSnapshot";
import { showLayoutProgress, type ExplorerPage } from "../render/explorerPage";
import { afterPainted, markLayoutDone, markLayoutStart } from "./benchMarks";
import type { Picture } from "./picture";
import { describeError, isLoadFailure, loadFailureText, reloadAction, showFault } from "./faults";
import { finishedRun, startWhenLoaded } from "./layoutLoading";

/**
 * Small networks are laid out here and now; large ones start from d3's spiral and settle in a
 * Web Worker, once the first picture is drawn (`firstPicture`), while the page stays responsive.
 * A published page carries its network's layout (`snapshot`): when it fits the graph, that is the
 * result, already converged. The layout itself loads on first use (app/layoutLoading.ts).
 */
export function startNetworkLayout(
  graph: ActorGraph,
  plan: DrawingPlan,
  firstPicture: () => Promise<void>,
  snapshot?: unknown,
): LayoutRun {
  const given = snapshot === undefined ? undefined : decodeLayoutSnapshot(snapshot, graph.nodes());
  if (given) return finishedRun(given);
  // The ties are read when the layout begins, after the first picture: not in the task that
  // makes the explorer.
  const nodes = layoutNodes(graph, undefined, plan.layout.labelRoom);
  return startWhenLoaded(nodes, () => layoutLinks(graph), {
    ...plan.layout,
    inWorker: plan.layoutInWorker,
    // The first picture is drawn (over a few frames on the canvas) before the layout begins;
    // a hidden tab draws no frames, so there the layout does not wait for it (nor past 2 s).
    after: () =>
      window.document.visibilityState === "hidden"
        ? Promise.resolve()
        : Promise.race([firstPicture(), new Promise((done) => setTimeout(done, 2000))]),
    // For `npm run bench`: the layout runs from here to "backchannel:layout-done".
    onStart: markLayoutStart,
  });
}

/** Resolves once the converged layout is painted (at once if there is nothing to wait for). */

export function followLayout(
  run: LayoutRun,
  picture: Picture,
  page: ExplorerPage,
  plan: DrawingPlan,
  alive: () => boolean,
): Promise<void> {
  const actors = picture.positions().size; // every actor has a position from the start
  if (plan.layoutInWorker) showLayoutProgress(page, actors, undefined);
  const stopProgress = run.onProgress((fraction, positions) => {
    showLayoutProgress(page, actors, fraction);
    // Redrawing thousands of elements several times a second would block the page.
    if (plan.animateLayout) picture.move(positions());
  });
  return new Promise<void>((shown) => {
    run.done
      .then((final) => {
        if (!alive()) return;
        stopProgress();
        showLayoutProgress(page, actors, null);
        if (final !== picture.positions()) picture.move(final);
        // After the frame that draws the final positions (queued first), once it is painted.
        requestAnimationFrame(() =>
          afterPainted(picture.renderer, alive, () => {
            setTimeout(shown, 0);
            markLayoutDone();
          }),
        );
      })
      .catch((error: unknown) => {
        // Cancelled: a newer network replaced this one. Anything else is said, never left at
        // "Laying out…" (the page's own layout needs a part of the app that could not load).
        if (!alive() || (error instanceof DOMException && error.name === "AbortError")) return;
        stopProgress();
        showLayoutProgress(page, actors, null);
        showFault(
          page.alert,
          isLoadFailure(error)
            ? loadFailureText("The layout")
            : `The layout could not finish: ${describeError(error)}. The picture stays as it is.`,
          isLoadFailure(error) ? reloadAction : undefined,
        );
        shown();
      });
  });
}
