// Viewport arithmetic: fitting world bounds into a screen, centring on a point, zoom steps.
// Pure, immutable values, like d3-zoom's transform.
import type { Viewport } from "../state/appState";
import type { Bounds } from "./scene";

/** Low enough to fit a large layout: a 20,000-actor block model spans about 13,000 px. */
export const MIN_ZOOM = 0.03;
export const MAX_ZOOM = 8;

/** Screen space kept clear of the picture (legend, controls), in px. */
export interface Insets {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const NO_INSETS: Insets = { left: 0, right: 0, top: 0, bottom: 0 };

export function fitViewport(
  bounds: Bounds,
  width: number,
  height: number,
  padding = 24,
  insets: Insets = NO_INSETS,
  maxZoom = 2,
): Viewport {
  const w = Math.max(bounds.x1 - bounds.x0, 1);
  const h = Math.max(bounds.y1 - bounds.y0, 1);
  const availableWidth = Math.max(width - insets.left - insets.right - 2 * padding, 40);
  const availableHeight = Math.max(height - insets.top - insets.bottom - 2 * padding, 40);
  const k = Math.min(
    Math.max(Math.min(availableWidth / w, availableHeight / h), MIN_ZOOM),
    maxZoom,
  );
  const centreX = insets.left + (width - insets.left - insets.right) / 2;
  const centreY = insets.top + (height - insets.top - insets.bottom) / 2;
  return {
    k,
    x: centreX - ((bounds.x0 + bounds.x1) / 2) * k,
    y: centreY - ((bounds.y0 + bounds.y1) / 2) * k,
  };
}

export function centreOn(
  point: { x: number; y: number },
  k: number,
  width: number,
  height: number,
): Viewport {
  return { k, x: width / 2 - point.x * k, y: height / 2 - point.y * k };
}

/**
 * The viewport that brings a point back into view (centred, same zoom) when it lies within
 * `margin` pixels of the screen's edge or beyond; undefined when it is already well in view.
 * Keyboard moves between actors use it, so focus never goes to an actor off screen.
 */
export function keepInView(
  point: { x: number; y: number },
  viewport: Viewport,
  width: number,
  height: number,
  margin = 40,
): Viewport | undefined {
  const x = point.x * viewport.k + viewport.x;
  const y = point.y * viewport.k + viewport.y;
  if (x >= margin && x <= width - margin && y >= margin && y <= height - margin) return undefined;
  return centreOn(point, viewport.k, width, height);
}

/** Zoom by a factor around the screen centre. */
export function zoomBy(
  viewport: Viewport,
  factor: number,
  width: number,
  height: number,
): Viewport {
  const k = Math.min(Math.max(viewport.k * factor, MIN_ZOOM), MAX_ZOOM);
  const cx = (width / 2 - viewport.x) / viewport.k;
  const cy = (height / 2 - viewport.y) / viewport.k;
  return centreOn({ x: cx, y: cy }, k, width, height);
}
