// The layout (layout/layoutRunner.ts with d3-force and the forces) is not in the page's first
// script: a published page comes with its network laid out, and a network whose actors all have
// their places needs none. It loads when a network without places is about to be shown — the
// shell waits for it before showing a file, a stored copy or the seed in development, so a small
// network's first picture is still its final one — and the page fetches it while idle. Should an
// explorer start before it is there, `startWhenLoaded` draws d3's starting spiral and lays out
// once it arrives, as for a large network; if it cannot load, the layout's `done` rejects and
// app/layoutFollower.ts says so.
import type { LayoutRun, ProgressListener, RunnerOptions } from "../layout/layoutRunner";
import type { LayoutLink, LayoutNode } from "../layout/layoutTypes";
import { initialPositions } from "../layout/initialPositions";
import { lazyPart } from "./lazyPart";

export const layoutModule = lazyPart(() => import("../layout/layoutRunner"));

/** Loads the layout; resolves either way (a failure is said when a layout needs it). */
export const loadLayout = (): Promise<void> =>
  layoutModule.load().then(
    () => undefined,
    () => undefined,
  );

/** A run that is already finished: the positions are the result. */
export const finishedRun = (positions: LayoutRun["initial"]): LayoutRun => ({
  initial: positions,
  done: Promise.resolve(positions),
  onProgress: () => () => undefined,
  cancel: () => undefined,
});

/** startLayout, at once if the layout is loaded, else from d3's starting spiral once it is. */
const cancelledError = () => new DOMException("the layout was cancelled", "AbortError");

export function startWhenLoaded(
  nodes: readonly LayoutNode[],
  /** The ties, or how to read them when the layout begins (layout/layoutRunner.ts). */
  links: readonly LayoutLink[] | (() => readonly LayoutLink[]),
  options: RunnerOptions,
): LayoutRun {
  const loaded = layoutModule.ready();
  if (loaded) return loaded.startLayout(nodes, links, options);
  // Every actor has its place (an edited network): there is nothing to lay out.
  if (nodes.every((node) => node.fixed)) return finishedRun(initialPositions(nodes));
  let run: LayoutRun | undefined;
  let cancelled = false;
  const listeners = new Set<ProgressListener>();
  let abort!: (reason: unknown) => void;
  const aborted = new Promise<never>((_yes, no) => (abort = no));
  const started = layoutModule.load().then((module) => {
    if (cancelled) throw cancelledError();
    run = module.startLayout(nodes, links, options);
    run.onProgress((fraction, positions) => {
      for (const listener of listeners) listener(fraction, positions);
    });
    return run.done;
  });
  const done = Promise.race([aborted, started]);
  done.catch(() => undefined); // a cancelled run nobody awaits is not an unhandled rejection
  return {
    initial: initialPositions(nodes),
    done,
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancel() {
      if (cancelled) return;
      cancelled = true;
      listeners.clear();
      run?.cancel();
      abort(cancelledError());
    },
  };
}
