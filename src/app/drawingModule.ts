// The canvas renderer's chunk (render/largeDrawing), loaded only for networks the drawing plan
// puts on the canvas; if it fails to load, SVG draws every size.
import type { NetworkDocument } from "../schema/networkDocument";
import { drawingPlan, graphInSlices } from "../view/drawingPlan";
import type { LargeDrawingModule } from "./picture";

/** Whether the drawing plan puts this many actors on the canvas (ties do not matter for it). */
export const onCanvas = (actors: number): boolean =>
  drawingPlan({ actors, ties: 0 }).renderer === "canvas";

/** Whether the network's graph is prepared in slices (app/stagedRebuild.ts) before its explorer. */
export const preparedInSlices = (document: NetworkDocument): boolean =>
  graphInSlices({ actors: document.actors.length, ties: document.ties.length });

export const loadLargeDrawing = (): Promise<LargeDrawingModule> => import("../render/largeDrawing");

/** The canvas chunk when the network needs it (undefined if it failed to load: SVG draws). */
export const drawingFor = (document: NetworkDocument): Promise<LargeDrawingModule | undefined> =>
  onCanvas(document.actors.length)
    ? loadLargeDrawing().catch(() => undefined)
    : Promise.resolve(undefined);
