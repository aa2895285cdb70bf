// The timeline's time axis: piecewise linear, so that it gives its width to where the ties are.
// The shortest stretch of time holding 90 % of the dated ties is the focus; when that is under 40 %
// of the whole span, what lies outside it (the outliers) is squeezed into a narrow compressed
// stretch at each edge. Inside the focus, an empty gap (no tie at all) of more than a month and
// a fifth of the focus is squeezed too. Compressed stretches are marked on the axis; within every
// stretch time is linear. Pure.
import { DAY_MS } from "../schema/partialDate";

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

/** A max-heap of numbers, for the k smallest of a stream. */
function maxHeap() {
  const items: number[] = [];
  const swap = (a: number, b: number) => {
    [items[a], items[b]] = [items[b] ?? 0, items[a] ?? 0];
  };
  return {
    size: () => items.length,
    top: () => items[0] ?? Infinity,
    push(value: number) {
      items.push(value);
      for (let i = items.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if ((items[parent] ?? 0) >= value) break;
        swap(i, parent);
        i = parent;
      }
    },
    pop() {
      const last = items.pop();
      if (last === undefined || items.length === 0) return;
      items[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let largest = i;
        if (l < items.length && (items[l] ?? 0) > (items[largest] ?? 0)) largest = l;
        if (r < items.length && (items[r] ?? 0) > (items[largest] ?? 0)) largest = r;
        if (largest === i) break;
        swap(i, largest);
        i = largest;
      }
    },
  };
}

/**
 * The shortest window [from, to) holding whole at least `count` of the spans. A window starting
 * at a span's start holds the spans starting there or later that end soonest: going through the
 * starts from the last, a heap keeps the `count` smallest ends seen so far.
 */
function focusOf(spans: readonly Span[], count: number): Span {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const heap = maxHeap();
  let best: Span | undefined;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const span = sorted[i];
    if (!span) continue;
    heap.push(span.end);
    if (heap.size() > count) heap.pop();
    if (heap.size() < count) continue;
    const end = heap.top();
    if (!best || end - span.start <= best.end - best.start) best = { start: span.start, end };
  }
  if (best) return best;
  // A loop, not Math.max(...ends): a network may have 250,000 dated ties.
  let end = -Infinity;
  for (const span of sorted) end = Math.max(end, span.end);
  return { start: sorted[0]?.start ?? 0, end };
}

/** Empty gaps inside [from, to): stretches no span covers, longer than `min`. */
function emptyGaps(spans: readonly Span[], from: number, to: number, min: number): Span[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const gaps: Span[] = [];
  let reached = from;
  for (const span of sorted) {
    if (span.start - reached > min) gaps.push({ start: reached, end: span.start });
    reached = Math.max(reached, span.end);
  }
  return gaps;
}

/** The axis for the dated ties' spans over `width` pixels. */
export function timeScale(spans: readonly Span[], width: number): TimeScale {
  const all = spans.map(finite);
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

  const focus = all.length > 1 ? focusOf(all, Math.ceil(all.length * FOCUS_SHARE)) : { start, end };
  const squeezeEdges = focus.end - focus.start < (end - start) * FOCUS_MAX;
  const inner = squeezeEdges ? focus : { start, end };
  const gapMin = Math.max(GAP_MIN, (inner.end - inner.start) / 5);
  const gaps = emptyGaps(all, inner.start, inner.end, gapMin);

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
