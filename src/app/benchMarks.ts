// Performance marks for `npm run bench` (scripts/bench.ts reads them): the script taking over the
// published page, the first picture, the settled page, the layout's start and end, an edit's
// change painted and a save done. Marks wait until what they name is painted.
import type { NetworkRenderer } from "../render/networkRenderer";

export const markLayoutStart = () => performance.mark("backchannel:layout-start");

/**
 * The script starts replacing the published page; `afterPaint`: a frame of the prerendered page
 * was rendered before (the first contentful paint is the prerendered picture).
 */
export const markTakeover = (afterPaint: boolean) =>
  performance.mark("backchannel:takeover", { detail: { afterPaint } });

/** The first picture is painted; `settled`: it is final (a network laid out at once). */
export function markFirstPicture(settled: boolean): void {
  performance.mark("backchannel:first-picture");
  if (settled) performance.mark("backchannel:settled");
}

/** The converged layout is painted: the page is settled, if no earlier mark said so. */
export function markLayoutDone(): void {
  performance.mark("backchannel:layout-done");
  if (!performance.getEntriesByName("backchannel:settled").length)
    performance.mark("backchannel:settled");
}

/** An edit, undo or redo is on screen (scripts/benchEdit.ts times edits up to it). */
export const markEditShown = () => performance.mark("backchannel:edit-shown");

/** The network was saved (autosave), for the same bench. */
export const markSaved = () => performance.mark("backchannel:saved");

/**
 * Runs `then` once the renderer's last drawing is on screen (the canvas draws over a few
 * frames), painted: two frames later. Not when `alive()` has turned false meanwhile.
 */
export function afterPainted(
  renderer: Pick<NetworkRenderer, "drawn">,
  alive: () => boolean,
  then: () => void,
): void {
  void renderer.drawn().then(() =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (alive()) then();
      }),
    ),
  );
}
