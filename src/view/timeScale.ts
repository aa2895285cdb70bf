// The timeline's time axis: piecewise linear, so that it gives its width to where the ties are.
// The shortest stretch of time holding 90 % of the dated ties is the focus; when that is under 40 %
// of the whole span, what lies outside it (the outliers) is squeezed into a narrow compressed
// stretch at each edge. Inside the focus, an empty gap (no tie at all) of more than a month and
// a fifth of the focus is squeezed too. Compressed stretches are marked on the axis; within every
// stretch time is linear. Pure.
import { DAY_MS } from "../schema/partialDate";
import { runSteps, type Steps } from "./steps";

/** A stretch of time and the pixels it gets; `compressed` ones are drawn as such. */
export interface Stretch {
  from: number;
  to: number;
  x0: number;
  x1: number;
  compressed: boolean;
}

export interface TimeScale {
  start: number;
  end: number;
  width: number;
  stretches: Stretch[];
  toX(time: number): number;
  toTime(x: number): number;
}

/** Share of the dated ties the focus holds. */
const FOCUS_SHARE = 0.9;
/** The focus must be shorter than this share of the whole span for the edges to be squeezed. */
const FOCUS_MAX = 0.4;
/** Gaps inside the focus longer than this (and than a fifth of the focus) are squeezed. */
const GAP_MIN = 30 * DAY_MS;
/** Pixels at each end of the axis, so the first and last marks are not cut. */
const MARGIN = 6;

/** A dated tie as the scale sees it: [start, end) in UTC ms; an open start is -Infinity. */
export interface Span {
  start: number;
  end: number;
}

/** The span a tie stands for on the axis: an open start ("until D") stands at its last day. */
const finite = (span: Span): Span =>
  Number.isFinite(span.start) ? span : { start: span.end - DAY_MS, end: span.end };

/**
 * The spans' indices in order of their starts, equal starts in their own order. Ties fall on a
 * few hundred distinct days: the distinct starts are sorted natively and the spans gathered by
 * start (a comparator sort of 60 000 spans took tens of milliseconds).
 */
function byStart(starts: Float64Array): Uint32Array {
  const groups = new Map<number, number[]>();
  starts.forEach((start, i) => {
    const group = groups.get(start);
    if (group) group.push(i);
    else groups.set(start, [i]);
  });
  const order = new Uint32Array(starts.length);
  let at = 0;
  for (const start of Float64Array.from(groups.keys()).sort())
    for (const i of groups.get(start) ?? []) order[at++] = i;
  return order;
}

/**
 * The shortest window [from, to) holding whole at least `count` of the spans. A window starting
 * at a span's start holds the spans starting there or later that end soonest: going through the
 * starts from the last, a max-heap keeps the `count` smallest ends seen so far.
 */
function focusOf(spans: readonly Span[], count: number): Span {
  const starts = Float64Array.from(spans, (span) => span.start);
  const ends = Float64Array.from(spans, (span) => span.end);
  const order = byStart(starts);
  const heap = new Float64Array(count + 1);
  let size = 0;
  const push = (value: number) => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] ?? 0) >= value) break;
      heap[i] = heap[parent] ?? 0;
      i = parent;
    }
    heap[i] = value;
  };
  const pop = () => {
    const last = heap[--size] ?? 0;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && (heap[right] ?? 0) > (heap[left] ?? 0) ? right : left;
      if ((heap[child] ?? 0) <= last) break;
      heap[i] = heap[child] ?? 0;
      i = child;
    }
    heap[i] = last;
  };
  let best: Span | undefined;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] ?? 0;
    push(ends[i] ?? 0);
    if (size > count) pop();
    if (size < count) continue;
    const start = starts[i] ?? 0;
    const end = heap[0] ?? 0;
    if (!best || end - start <= best.end - best.start) best = { start, end };
  }
  if (best) return best;
  // A loop, not Math.max(...ends): a network may have 250,000 dated ties.
  let end = -Infinity;
  for (const value of ends) end = Math.max(end, value);
  return { start: starts[order[0] ?? 0] ?? 0, end };
}

/** Empty gaps inside [from, to): stretches no span covers, longer than `min`. */
function emptyGaps(spans: readonly Span[], from: number, to: number, min: number): Span[] {
  const starts = Float64Array.from(spans, (s) => Math.max(s.start, from));
  const ends = Float64Array.from(spans, (s) => Math.min(s.end, to));
  const gaps: Span[] = [];
  let reached = from;
  for (const i of byStart(starts)) {
    const start = starts[i] ?? 0;
    const end = ends[i] ?? 0;
    if (start >= end) continue;
    if (start - reached > min) gaps.push({ start: reached, end: start });
    reached = Math.max(reached, end);
  }
  return gaps;
}

/** The axis for the dated ties' spans over `width` pixels. */
export function timeScale(spans: readonly Span[], width: number): TimeScale {
  return runSteps(timeScaleSteps(spans, width));
}

/** timeScale in steps (view/steps.ts): 60 000 ties' spans are sorted twice. */
export function* timeScaleSteps(spans: readonly Span[], width: number): Steps<TimeScale> {
  const all = spans.map(finite);
  yield;
  let start = Infinity;
  let end = -Infinity;
  for (const span of all) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) {
    start = Date.UTC(2025, 0, 1);
    end = Date.UTC(2026, 0, 1);
  }
  // Never less than a week of axis.
  if (end - start < 7 * DAY_MS) end = start + 7 * DAY_MS;

  yield;
  const focus = all.length > 1 ? focusOf(all, Math.ceil(all.length * FOCUS_SHARE)) : { start, end };
  yield;
  const squeezeEdges = focus.end - focus.start < (end - start) * FOCUS_MAX;
  const inner = squeezeEdges ? focus : { start, end };
  const gapMin = Math.max(GAP_MIN, (inner.end - inner.start) / 5);
  const gaps = emptyGaps(all, inner.start, inner.end, gapMin);
  yield;

  // Stretches in time order: [edge] linear (gap linear)* [edge].
  const plan: Omit<Stretch, "x0" | "x1">[] = [];
  if (squeezeEdges && inner.start > start)
    plan.push({ from: start, to: inner.start, compressed: true });
  let at = inner.start;
  for (const gap of gaps) {
    plan.push({ from: at, to: gap.start, compressed: false });
    plan.push({ from: gap.start, to: gap.end, compressed: true });
    at = gap.end;
  }
  plan.push({ from: at, to: inner.end, compressed: false });
  if (squeezeEdges && inner.end < end) plan.push({ from: inner.end, to: end, compressed: true });

  // A compressed stretch gets a fixed few pixels; the linear ones share the rest by duration.
  const room = Math.max(width - 2 * MARGIN, 1);
  const squeezed = Math.min(72, Math.max(36, room * 0.07));
  const compressedCount = plan.filter((s) => s.compressed).length;
  const linearRoom = Math.max(room - compressedCount * squeezed, room * 0.5);
  const squeezedWidth = compressedCount ? (room - linearRoom) / compressedCount : 0;
  const linearTime = plan.reduce((sum, s) => sum + (s.compressed ? 0 : s.to - s.from), 0) || 1;
  let x = MARGIN;
  const stretches = plan.map((s) => {
    const px = s.compressed ? squeezedWidth : ((s.to - s.from) / linearTime) * linearRoom;
    const stretch = { ...s, x0: x, x1: x + px };
    x += px;
    return stretch;
  });

  const toX = (time: number): number => {
    if (time <= start) return MARGIN;
    if (time >= end) return MARGIN + room;
    const s = stretches.find((candidate) => time < candidate.to) ?? stretches[stretches.length - 1];
    if (!s) return MARGIN;
    return s.x0 + ((time - s.from) / Math.max(s.to - s.from, 1)) * (s.x1 - s.x0);
  };
  const toTime = (px: number): number => {
    if (px <= MARGIN) return start;
    if (px >= MARGIN + room) return end;
    const s = stretches.find((candidate) => px < candidate.x1) ?? stretches[stretches.length - 1];
    if (!s) return start;
    return s.from + ((px - s.x0) / Math.max(s.x1 - s.x0, 1e-9)) * (s.to - s.from);
  };
  return { start, end, width, stretches, toX, toTime };
}
