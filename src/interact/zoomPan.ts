// Wheel, pinch and drag on the background → viewport. Programmatic moves (Fit, +/−, search) go
// through apply(), which updates d3-zoom's own copy of the transform on the DOM node.
import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent } from "d3-zoom";
import type { Viewport } from "../state/appState";
import { MAX_ZOOM, MIN_ZOOM } from "../view/viewport";

export interface ZoomControl {
  apply(viewport: Viewport): void;
  current(): Viewport;
}

export function attachZoom(
  svg: SVGSVGElement,
  onTransform: (viewport: Viewport) => void,
  onUserZoom: (viewport: Viewport) => void,
): ZoomControl {
  let current: Viewport = { x: 0, y: 0, k: 1 };
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([MIN_ZOOM, MAX_ZOOM])
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { x, y, k } = event.transform;
      current = { x, y, k };
      onTransform(current);
      if (event.sourceEvent) onUserZoom(current);
    });
  const selection = select(svg);
  selection.call(behaviour).on("dblclick.zoom", null);
  return {
    apply(viewport) {
      if (viewport.x === current.x && viewport.y === current.y && viewport.k === current.k) return;
      selection.call(
        behaviour.transform,
        zoomIdentity.translate(viewport.x, viewport.y).scale(viewport.k),
      );
    },
    current: () => current,
  };
}
