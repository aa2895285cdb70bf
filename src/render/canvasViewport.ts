// The canvas's pixel arithmetic: bitmap sizes, and moving a painted picture to a new viewport.
import type { Viewport } from "../state/appState";

/** The bitmap for a stage of `width` × `height` CSS pixels: device pixels, at least 1 × 1. */
export function bitmapSize(
  width: number,
  height: number,
  ratio: number,
): { width: number; height: number } {
  return {
    width: Math.max(1, Math.round(width * ratio)),
    height: Math.max(1, Math.round(height * ratio)),
  };
}

/** A 2D transform as canvas `setTransform(a, b, c, d, e, f)` takes it. */
export type Matrix = [a: number, b: number, c: number, d: number, e: number, f: number];

/**
 * The transform that draws a picture painted at viewport `painted` where the same world would be
 * at viewport `now`, on a bitmap of `ratio` device pixels per CSS pixel; undefined when the two
 * viewports are the same (the picture is copied as it is).
 */
export function pictureTransform(
  painted: Viewport,
  now: Viewport,
  ratio: number,
): Matrix | undefined {
  const scale = now.k / painted.k;
  if (scale === 1 && now.x === painted.x && now.y === painted.y) return undefined;
  return [
    scale,
    0,
    0,
    scale,
    (now.x - painted.x * scale) * ratio,
    (now.y - painted.y * scale) * ratio,
  ];
}
