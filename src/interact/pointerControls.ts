// Zoom, pan and drag arrive just after the first picture: d3-zoom brings d3-transition,
// -interpolate and -color, which the first paint does not need. Until then a viewport is applied
// straight to the picture, and load() hands everything over to d3-zoom and d3-drag.
import type { Viewport } from "../state/appState";
import type { ZoomControl } from "./zoomPan";

export interface PointerControls {
  apply(viewport: Viewport): void;
  current(): Viewport;
  /** Re-attach dragging to the actors drawn since (a no-op until loaded). */
  attachDrag(layer: SVGGElement): void;
  /** Loads d3-zoom and d3-drag and attaches them; resolves when ready. */
  load(): Promise<void>;
}

export function createPointerControls(
  svg: SVGSVGElement,
  onTransform: (viewport: Viewport) => void,
  onUserZoom: (viewport: Viewport) => void,
  onDrag: (id: string, position: { x: number; y: number }) => void,
  onDragEnd?: (id: string, position: { x: number; y: number }) => void,
  /** The drawing plan's dragMovesActors: false makes a plain drag pan and Alt + drag move. */
  dragMovesActors = true,
): PointerControls {
  let current: Viewport = { x: 0, y: 0, k: 1 };
  let zoom: ZoomControl | undefined;
  let attach: ((layer: SVGGElement) => void) | undefined;
  let loading: Promise<void> | undefined;
  return {
    apply(viewport) {
      // d3-zoom measures the <svg>: a detached one (a replaced picture) has no size to read.
      if (zoom && svg.isConnected) zoom.apply(viewport);
      else if (viewport.x !== current.x || viewport.y !== current.y || viewport.k !== current.k) {
        current = viewport;
        onTransform(viewport);
      }
    },
    current: () => (zoom ? zoom.current() : current),
    attachDrag(layer) {
      attach?.(layer);
    },
    load() {
      loading ??= Promise.all([import("./zoomPan"), import("./dragActors")]).then(
        ([zoomModule, dragModule]) => {
          // The picture was replaced meanwhile (an edit rebuilt it): nothing to attach to.
          if (!svg.isConnected) return;
          zoom = zoomModule.attachZoom(svg, onTransform, onUserZoom);
          zoom.apply(current); // d3-zoom keeps its own copy of the transform on the node
          attach = (layer) =>
            dragModule.attachActorDrag(layer, onDrag, onDragEnd, { needsAlt: !dragMovesActors });
          const layer = svg.querySelector<SVGGElement>("g.actors");
          if (layer) attach(layer);
        },
      );
      return loading;
    },
  };
}
