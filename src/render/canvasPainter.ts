// The canvas picture: paints the scene into a back buffer a slice a frame, shown at the viewport.
import type { Viewport } from "../state/appState";
import { canvasBatches } from "../view/canvasBatches";
import { THEME } from "../view/encodings";
import type { Scene } from "../view/scene";
import { drawingSteps, packFrames } from "./canvasSteps";
import { bitmapSize, pictureTransform } from "./canvasViewport";

/** The full redraw after pan or zoom waits for the gesture to rest this long (ms). */
const SETTLE_MS = 140;

/** What the painter reads when a frame comes, always the newest. */
export interface PaintSource {
  scene(): Scene;
  viewport(): Viewport;
  /** The stage's size in CSS pixels. */
  size(): { width: number; height: number };
}

export interface CanvasPainter {
  /** Paints the scene again; a painting under way starts over with the newest scene. */
  paint(): void;
  /** The viewport moved: the last picture follows at once, the full redraw when it rests. */
  viewportMoved(): void;
  /** Resolves once the last painting is complete on screen. */
  drawn(): Promise<void>;
}

const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function createCanvasPainter(container: HTMLElement, source: PaintSource): CanvasPainter {
  const canvas = document.createElement("canvas");
  canvas.className = "network-canvas";
  canvas.setAttribute("aria-hidden", "true");
  container.append(canvas);
  // `back` holds the last complete picture; `work` the one being drawn, swapped in when done, so
  // a pan or zoom meanwhile never shows a half-drawn picture.
  let back = document.createElement("canvas");
  let work = document.createElement("canvas");

  /** What the back buffer holds, once a drawing has completed. */
  let painted: { viewport: Viewport; ratio: number } | undefined;
  let generation = 0;
  let running = false;
  let waiting: (() => void)[] = [];
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let blitFrame = 0;

  /** Sizes the canvas being drawn to the stage (device pixels). */
  function fitWork(): { width: number; height: number; ratio: number } {
    const { width, height } = source.size();
    const ratio = window.devicePixelRatio || 1;
    const bitmap = bitmapSize(width, height, ratio);
    if (work.width !== bitmap.width || work.height !== bitmap.height) {
      work.width = bitmap.width;
      work.height = bitmap.height;
    }
    return { width, height, ratio };
  }

  /** Draws the scene at the current viewport into the back buffer, a slice a frame. */
  async function paint(): Promise<void> {
    generation++;
    if (running) return; // the running loop picks up the newest request
    running = true;
    try {
      for (;;) {
        await nextFrame();
        const current = generation;
        const { width, height, ratio } = fitWork();
        const at = source.viewport();
        const steps = drawingSteps(canvasBatches(source.scene(), at, { width, height }), at, ratio);
        const context = work.getContext("2d");
        if (!context) return;
        // Sorting thousands of marks into batches is a slice's worth of work of its own.
        if (steps.length > 2) {
          await nextFrame();
          if (generation !== current) continue;
        }
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.globalAlpha = 1;
        context.fillStyle = THEME.background;
        context.fillRect(0, 0, work.width, work.height);
        let stale = false;
        for (const [i, frame] of packFrames(steps).entries()) {
          if (i > 0) {
            await nextFrame();
            if (generation !== current) {
              stale = true;
              break;
            }
          }
          for (const step of frame) step.draw(context);
        }
        if (stale) continue;
        [back, work] = [work, back];
        painted = { viewport: at, ratio };
        blit();
        if (generation === current) break;
      }
    } finally {
      running = false;
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    }
  }

  /** Copies the last complete picture to the screen, moved to the current viewport. */
  function blit(): void {
    if (!painted) return;
    // The screen canvas takes the picture's size (a resize clears it: it is drawn again at once).
    if (canvas.width !== back.width || canvas.height !== back.height) {
      canvas.width = back.width;
      canvas.height = back.height;
    }
    const context = canvas.getContext("2d");
    if (!context) return;
    const moved = pictureTransform(painted.viewport, source.viewport(), painted.ratio);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    if (moved) {
      context.fillStyle = THEME.background;
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.setTransform(...moved);
    }
    context.drawImage(back, 0, 0);
    context.setTransform(1, 0, 0, 1, 0, 0);
  }

  return {
    paint() {
      void paint();
    },
    viewportMoved() {
      if (!blitFrame)
        blitFrame = requestAnimationFrame(() => {
          blitFrame = 0;
          blit();
        });
      // A drawing under way starts again at the new viewport (a fit after new positions);
      // otherwise the full redraw waits until a pan or zoom gesture rests.
      if (running) {
        generation++;
        return;
      }
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        settleTimer = undefined;
        void paint();
      }, SETTLE_MS);
    },
    drawn: () =>
      running || settleTimer !== undefined
        ? new Promise<void>((resolve) => waiting.push(resolve))
        : Promise.resolve(),
  };
}
