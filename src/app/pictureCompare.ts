// What the picture compares to know what changed: the marks a view or a state asks for (the
// canvas keeps its scene while they are the same), the fitted bounds, the legend's entries.
import type { AppState } from "../state/appState";
import type { NetworkView } from "../view/networkView";
import type { Bounds, LegendEntry } from "../view/scene";
import type { ActorColouring } from "../view/colourBy";

/** Whether two views show the same actors and ties at the same sizes with the same emphasis. */
export function sameViewMarks(a: NetworkView, b: NetworkView): boolean {
  return (
    a.visibleEdges === b.visibleEdges &&
    a.visibleNodes === b.visibleNodes &&
    a.emphasis === b.emphasis &&
    (a.sizes === b.sizes || (a.sizes.size === 0 && b.sizes.size === 0))
  );
}

/**
 * Whether two states draw the same marks, their places and highlight aside (what buildScene reads
 * of them besides selection, hover and pins).
 */
export function sameMarks(a: AppState, b: AppState): boolean {
  return a.collapseParallel === b.collapseParallel;
}

export function sameBounds(a: Bounds, b: Bounds): boolean {
  return a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;
}

/** Legend entries equal field by field (the scene builds new ones every time). */
export function sameEntries(a: readonly LegendEntry[], b: readonly LegendEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, i) => {
      const other = b[i];
      if (!other) return false;
      const keys = Object.keys(entry) as (keyof LegendEntry)[];
      return (
        keys.length === Object.keys(other).length && keys.every((key) => entry[key] === other[key])
      );
    })
  );
}

/** What a scene's marks are built from: the view, the colouring and the state's marks. */
export interface MarksFor {
  view: NetworkView;
  colouring: ActorColouring | undefined;
  state: AppState;
}

/** Whether two scenes have the same marks (their places and highlight aside). */
export function sameMarksFor(a: MarksFor, b: MarksFor): boolean {
  return (
    sameViewMarks(a.view, b.view) && a.colouring === b.colouring && sameMarks(a.state, b.state)
  );
}
