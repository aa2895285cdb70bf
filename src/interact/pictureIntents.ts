// Intents that depend on where the picture is on screen: a zoom step about its centre, and
// choosing an actor (select it, centre on it). Shared by the picture's keys, the zoom buttons,
// the search box and the details panel.
import type { Viewport } from "../state/appState";
import type { Store } from "../state/store";
import type { Bounds } from "../view/sceneTypes";
import { centreOn, zoomBy } from "../view/viewport";

/** The picture as these intents see it: where actors are drawn, and how it is viewed. */
export interface PictureFrame {
  /** An actor's position in the picture, when it is drawn. */
  position(id: string): { x: number; y: number } | undefined;
  /** The box an actor and its label cover, when it is drawn (centred on when choosing it). */
  extent?(id: string): Bounds | undefined;
  viewport(): Viewport;
  size(): { width: number; height: number };
}

/** Zoom in (factor > 1) or out around the middle of the picture. */
export function zoomStep(store: Store, frame: PictureFrame, factor: number): void {
  const { width, height } = frame.size();
  store.dispatch({
    type: "setViewport",
    viewport: zoomBy(frame.viewport(), factor, width, height),
  });
}

/** Select an actor and centre the picture on it and its name, zoomed in to 1× at least. */
export function chooseActor(store: Store, frame: PictureFrame, id: string): void {
  // the middle of the actor and its name, so a long name beside it stays in sight
  const box = frame.extent?.(id);
  const at = box ? { x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 } : frame.position(id);
  store.dispatch({ type: "select", selection: { kind: "actor", id } });
  if (!at) return;
  const { width, height } = frame.size();
  const k = Math.max(frame.viewport().k, 1);
  store.dispatch({ type: "setViewport", viewport: centreOn(at, k, width, height) });
}
