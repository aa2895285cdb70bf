// The canvas picture: paints the scene into back buffers a slice a frame, shown at the viewport.
// Two layers (view/canvasBatches.ts): the base holds every mark plain, the front the highlight
// over a veil and the names. A change of highlight alone (a selection, a hover) repaints the
// front only, in a frame; anything else repaints both, the base over many frames.
import type { Viewport } from "../state/appState";
import { baseBatchSteps, type CanvasBatches } from "../view/canvasBatches";
import { frontBatches } from "../view/canvasFront";
import { THEME } from "../view/encodings";
import type { Scene } from "../view/scene";
import { drawingSteps, packFrames, type StepContext } from "./canvasSteps";
import { bitmapSize, pictureTransform } from "./canvasViewport";

/** The full redraw after pan or zoom waits for the gesture to rest this long (ms). */
const SETTLE_MS = 140;
/** Longest stretch (ms) of working out the base's batches before the page gets a frame back. */
const BATCH_BUDGET_MS = 12;

/** What the painter reads when a frame comes, always the newest. */
export interface PaintSource {
  scene(): Scene;
  viewport(): Viewport;
  /** The stage's size in CSS pixels. */
  size(): { width: number; height: number };
}

export interface CanvasPainter {
  /**
   * Paints the scene again; a painting under way starts over with the newest scene.
   * `highlightOnly`: only what is highlighted or selected changed since the last scene (its marks
   * are the same and where they were), so the base is kept and only the front is painted again.
   */
  paint(highlightOnly?: boolean): void;
  /** The viewport moved: the last picture follows at once, the full redraw when it rests. */
  viewportMoved(): void;
  /** Resolves once the last painting is complete on screen. */
  drawn(): Promise<void>;
}

const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** For `npm run bench`: a complete picture reached the screen (only the newest mark is kept). */
function markPainted(): void {
  performance.clearMarks("backchannel:painted");
  performance.mark("backchannel:painted");
}

interface Painted {
  viewport: Viewport;
  ratio: number;
  width: number;
  height: number;
  /** The base's generation it shows. */
  base: number;
}

export function createCanvasPainter(container: HTMLElement, source: PaintSource): CanvasPainter {
  const canvas = document.createElement("canvas");
  canvas.className = "network-canvas";
  canvas.setAttribute("aria-hidden", "true");
  container.append(canvas);
  // `back` and `front` hold the last complete picture's two layers; `work` and `frontWork` the
  // ones being drawn, swapped in when done, so a pan or zoom meanwhile never shows a half-drawn
  // picture.
  let back = document.createElement("canvas");
  let work = document.createElement("canvas");
  let front = document.createElement("canvas");
  let frontWork = document.createElement("canvas");

  /** What the buffers hold, once a drawing has completed. */
  let painted: Painted | undefined;
  /** Bumped when the base must be painted again (new marks, a viewport that rested). */
  let baseGeneration = 0;
  /** Bumped when the front must be painted again. */
  let frontGeneration = 0;
  let running = false;
  let waiting: (() => void)[] = [];
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let blitFrame = 0;
  /** The front holds nothing (no highlight, no names): not copied to the screen. */
  let frontEmpty = true;

  /** Sizes a buffer to the stage (device pixels). */
  function fit(buffer: HTMLCanvasElement, width: number, height: number, ratio: number): void {
    const bitmap = bitmapSize(width, height, ratio);
    if (buffer.width !== bitmap.width || buffer.height !== bitmap.height) {
      buffer.width = bitmap.width;
      buffer.height = bitmap.height;
    }
  }

  /** Whether the base painted is still the picture at this viewport and size. */
  const baseCurrent = (at: Viewport, width: number, height: number, ratio: number) =>
    painted !== undefined &&
    painted.base === baseGeneration &&
    painted.ratio === ratio &&
    painted.width === width &&
    painted.height === height &&
    painted.viewport.x === at.x &&
    painted.viewport.y === at.y &&
    painted.viewport.k === at.k;

  /**
   * Draws steps into a context a frame's budget at a time; false when `stale()` turned true
   * between two frames (the drawing is abandoned).
   */
  async function drawSteps(
    context: StepContext,
    batches: CanvasBatches,
    at: Viewport,
    ratio: number,
    stale: () => boolean,
  ): Promise<boolean> {
    for (const [i, frame] of packFrames(drawingSteps(batches, at, ratio)).entries()) {
      if (i > 0) {
        await nextFrame();
        if (stale()) return false;
      }
      for (const step of frame) step.draw(context);
    }
    return true;
  }

  /** Works out the base's batches, giving the page a frame back every BATCH_BUDGET_MS. */
  async function baseBatches(
    at: Viewport,
    size: { width: number; height: number },
    stale: () => boolean,
  ): Promise<CanvasBatches | undefined> {
    const steps = baseBatchSteps(source.scene(), at, size);
    let started = performance.now();
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() - started > BATCH_BUDGET_MS) {
        await nextFrame();
        if (stale()) return undefined;
        started = performance.now();
      }
    }
  }

  /** Paints what is out of date, a slice a frame, until the picture on screen is the newest. */
  async function paint(): Promise<void> {
    if (running) return; // the running loop picks up the newest request
    running = true;
    try {
      for (;;) {
        await nextFrame();
        const baseAsked = baseGeneration;
        const { width, height } = source.size();
        const ratio = window.devicePixelRatio || 1;
        const at = source.viewport();
        const newBase = !baseCurrent(at, width, height, ratio);
        const stale = () => baseGeneration !== baseAsked;
        if (newBase) {
          fit(work, width, height, ratio);
          const context = work.getContext("2d");
          if (!context) return;
          const batches = await baseBatches(at, { width, height }, stale);
          if (!batches) continue;
          // Sorting thousands of marks into batches was the frame's work: draw in the next.
          await nextFrame();
          if (stale()) continue;
          context.setTransform(1, 0, 0, 1, 0, 0);
          context.globalAlpha = 1;
          context.fillStyle = THEME.background;
          context.fillRect(0, 0, work.width, work.height);
          if (!(await drawSteps(context, batches, at, ratio, stale))) continue;
        }
        // The front, from the newest scene (a selection made while the base was drawn shows).
        const frontDrawn = frontGeneration;
        fit(frontWork, width, height, ratio);
        const frontContext = frontWork.getContext("2d");
        if (!frontContext) return;
        frontContext.setTransform(1, 0, 0, 1, 0, 0);
        frontContext.clearRect(0, 0, frontWork.width, frontWork.height);
        const batches = frontBatches(source.scene(), at, { width, height });
        if (!(await drawSteps(frontContext, batches, at, ratio, stale))) continue;
        if (newBase) [back, work] = [work, back];
        [front, frontWork] = [frontWork, front];
        frontEmpty =
          batches.veil === 0 &&
          batches.ties.length === 0 &&
          batches.actors.length === 0 &&
          batches.labels.length === 0;
        painted = { viewport: at, ratio, width, height, base: baseAsked };
        blit();
        markPainted();
        if (baseGeneration === baseAsked && frontGeneration === frontDrawn) break;
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
    if (!frontEmpty) context.drawImage(front, 0, 0);
    context.setTransform(1, 0, 0, 1, 0, 0);
  }

  return {
    paint(highlightOnly = false) {
      if (!highlightOnly) baseGeneration++;
      frontGeneration++;
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
        baseGeneration++;
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
