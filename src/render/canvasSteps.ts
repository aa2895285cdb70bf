// Turns canvas batches into drawing steps of bounded cost, and packs the steps into frames.
import type { Viewport } from "../state/appState";
import { HAIRLINE, traceLoops, type CanvasBatches } from "../view/canvasBatches";
import { THEME } from "../view/encodings";
import { traceSymbols, type SymbolContext } from "../view/symbols";

/**
 * Marks drawn per slice before the page gets a frame back, sized so a slice rasterizes in about
 * 10–30 ms in software (headless Chromium on the 2-core VM): 2 500 hairlines take about 10–28 ms,
 * dashed ones about twice that; a line of 1.08 px instead of 1 took 340 ms for the same 2 500.
 */
export const MARKS_PER_SLICE = 2500;
export const DASHED_MARKS_PER_SLICE = 1000;
/**
 * The smallest radius an actor is drawn at, in screen pixels: fitted to the stage, thousands of
 * actors of 9 world units would be under a pixel each, and their colours (kind, community…) would
 * not show between the ties.
 */
export const MIN_ACTOR_PX = 2;
/** Plain actors smaller than this on screen (radius, pixels) are drawn without their outline. */
const OUTLINE_FROM_PX = 3;
/** The veil's side in device pixels: more than any canvas. */
const VEIL_EXTENT = 1 << 15;

/** The part of a 2D context the steps draw with. */
export type StepContext = SymbolContext &
  Pick<
    CanvasRenderingContext2D,
    | "setTransform"
    | "beginPath"
    | "fillRect"
    | "fill"
    | "stroke"
    | "setLineDash"
    | "strokeText"
    | "fillText"
    | "globalAlpha"
    | "fillStyle"
    | "strokeStyle"
    | "lineWidth"
    | "lineJoin"
    | "font"
    | "textAlign"
  >;

/** A piece of drawing, and its cost in plain marks (a dashed tie counts as 2.5). */
export interface DrawingStep {
  cost: number;
  draw(context: StepContext): void;
}

/**
 * The steps that draw the batches at a viewport on a bitmap of `ratio` device pixels per CSS
 * pixel: the veil (a front layer over a highlight), ties (an actor's loops as arcs), then actors,
 * a slice of marks per step, then every label in one step.
 */
export function drawingSteps(batches: CanvasBatches, at: Viewport, ratio: number): DrawingStep[] {
  const steps: DrawingStep[] = [];
  if (batches.veil > 0)
    steps.push({
      cost: 1,
      draw(context) {
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.globalAlpha = batches.veil;
        context.fillStyle = THEME.background;
        context.fillRect(0, 0, VEIL_EXTENT, VEIL_EXTENT);
      },
    });
  const world = (context: StepContext) =>
    context.setTransform(at.k * ratio, 0, 0, at.k * ratio, at.x * ratio, at.y * ratio);
  /** A width in screen pixels as a line width in world units (HAIRLINE: one device pixel). */
  const lineWidth = (width: number) => (width === HAIRLINE ? 1 / ratio : width) / at.k;
  for (const batch of batches.ties) {
    if (batch.loops.length)
      steps.push({
        cost: batch.loops.length / 5,
        draw(context) {
          world(context);
          context.beginPath();
          traceLoops(context, batch.loops);
          context.globalAlpha = batch.alpha;
          context.strokeStyle = batch.stroke;
          context.lineWidth = lineWidth(batch.width);
          context.setLineDash(batch.dash.map((d) => d / at.k));
          context.stroke();
        },
      });
    const count = batch.lines.length / 4;
    const slice = batch.dash.length ? DASHED_MARKS_PER_SLICE : MARKS_PER_SLICE;
    for (let from = 0; from < count; from += slice) {
      const to = Math.min(count, from + slice);
      steps.push({
        cost: (to - from) * (MARKS_PER_SLICE / slice),
        draw(context) {
          world(context);
          context.beginPath();
          for (let i = from; i < to; i++) {
            context.moveTo(batch.lines[4 * i]!, batch.lines[4 * i + 1]!);
            context.lineTo(batch.lines[4 * i + 2]!, batch.lines[4 * i + 3]!);
          }
          context.globalAlpha = batch.alpha;
          context.strokeStyle = batch.stroke;
          context.lineWidth = lineWidth(batch.width);
          context.setLineDash(batch.dash.map((d) => d / at.k));
          context.stroke();
        },
      });
    }
  }
  for (const batch of batches.actors) {
    const count = batch.centres.length / 2;
    for (let from = 0; from < count; from += MARKS_PER_SLICE) {
      const to = Math.min(count, from + MARKS_PER_SLICE);
      steps.push({
        cost: to - from,
        draw(context) {
          world(context);
          context.beginPath();
          // Never smaller than MIN_ACTOR_PX on screen, so a fitted overview shows the colours.
          const r = Math.max(batch.r, MIN_ACTOR_PX / at.k);
          traceSymbols(context, batch.symbol, r, batch.centres, from, to);
          context.globalAlpha = batch.alpha;
          context.fillStyle = batch.fill;
          context.fill();
          // A plain outline on a mark a few pixels wide would hide its colour.
          if (
            batch.strokeWidth === HAIRLINE &&
            batch.dash.length === 0 &&
            r * at.k < OUTLINE_FROM_PX
          )
            return;
          context.strokeStyle = batch.stroke;
          context.lineWidth = lineWidth(batch.strokeWidth);
          context.setLineDash(batch.dash.map((d) => d / at.k));
          context.stroke();
        },
      });
    }
  }
  if (batches.labels.length)
    steps.push({
      cost: batches.labels.length * 4,
      draw(context) {
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        context.globalAlpha = 1;
        context.setLineDash([]);
        context.font = `600 ${THEME.labelSize}px ${THEME.fontFamily}`;
        context.textAlign = "center";
        context.lineJoin = "round";
        context.lineWidth = 3.5;
        context.strokeStyle = THEME.halo;
        context.fillStyle = THEME.ink;
        for (const mark of batches.labels) {
          context.strokeText(mark.text, mark.x, mark.y);
          context.fillText(mark.text, mark.x, mark.y);
        }
      },
    });
  return steps;
}

/**
 * The steps a frame at a time: small steps share a frame, and a frame ends once `budget` marks
 * are drawn (a step that costs more than the budget has a frame of its own).
 */
export function packFrames<T extends { cost: number }>(
  steps: readonly T[],
  budget = MARKS_PER_SLICE,
): T[][] {
  const frames: T[][] = [];
  let frame: T[] = [];
  let spent = 0;
  for (const step of steps) {
    if (spent > 0 && spent + step.cost > budget) {
      frames.push(frame);
      frame = [];
      spent = 0;
    }
    frame.push(step);
    spent += step.cost;
  }
  if (frame.length) frames.push(frame);
  return frames;
}
