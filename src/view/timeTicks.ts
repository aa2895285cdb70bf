// Tick marks for the timeline's piecewise axis: in each stretch, the finest of days, weeks,
// months, quarters, half-years or years whose labels fit; labels that would collide are dropped,
// the focus's before the compressed edges'. Pure.
import { DAY_MS } from "../schema/partialDate";
import type { TimeScale } from "./timeScale";

export interface Tick {
  x: number;
  /** The UTC time the tick marks (midnight of a day). */
  time: number;
  label: string;
  anchor: "start" | "middle" | "end";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type Step = { unit: "day" | "month" | "year"; n: number; spacing: number; minPx: number };

const STEPS: Step[] = [
  { unit: "day", n: 1, spacing: DAY_MS, minPx: 46 },
  { unit: "day", n: 7, spacing: 7 * DAY_MS, minPx: 46 },
  { unit: "month", n: 1, spacing: 30.4 * DAY_MS, minPx: 56 },
  { unit: "month", n: 3, spacing: 91 * DAY_MS, minPx: 56 },
  { unit: "month", n: 6, spacing: 182 * DAY_MS, minPx: 56 },
  ...[1, 2, 5, 10, 25, 50, 100].map((n): Step => ({
    unit: "year",
    n,
    spacing: n * 365.25 * DAY_MS,
    minPx: 38,
  })),
];

/** Tick times of one step within [from, to]. */
function tickTimes(step: Step, from: number, to: number): number[] {
  const times: number[] = [];
  const first = new Date(from);
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  if (step.unit === "day") {
    for (let t = Date.UTC(y, m, first.getUTCDate()); t <= to && times.length < 400; t += DAY_MS) {
      if (t < from) continue;
      // Weeks: the 1st, 8th, 15th and 22nd of each month.
      const day = new Date(t).getUTCDate();
      if (step.n === 1 || (day <= 22 && (day - 1) % 7 === 0)) times.push(t);
    }
    return times;
  }
  if (step.unit === "year") y -= y % step.n;
  for (let guard = 0; guard < 400; guard++) {
    const t = step.unit === "month" ? Date.UTC(y, m, 1) : Date.UTC(y, 0, 1);
    if (t > to) break;
    if (t >= from && (step.unit === "year" || (m % 12) % step.n === 0)) times.push(t);
    if (step.unit === "month") m++;
    else y += step.n;
  }
  return times;
}

function labelOf(time: number, unit: Step["unit"], withYear: boolean): string {
  const date = new Date(time);
  const month = MONTHS[date.getUTCMonth()] ?? "";
  const year = date.getUTCFullYear();
  if (unit === "year") return String(year);
  if (unit === "day") return `${date.getUTCDate()} ${month}${withYear ? ` ${year}` : ""}`;
  return withYear || date.getUTCMonth() === 0 ? `${month} ${year}` : month;
}

const labelWidth = (label: string) => label.length * 6 + 4;

export function timeTicks(scale: TimeScale): Tick[] {
  const candidates: (Tick & { priority: number; after: boolean })[] = [];
  scale.stretches.forEach((stretch, index) => {
    // The first label after a compressed stretch starts at its tick, clear of the stretch.
    const afterCompressed = scale.stretches[index - 1]?.compressed === true;
    const pxPerMs = (stretch.x1 - stretch.x0) / Math.max(stretch.to - stretch.from, 1);
    const step = STEPS.find((s) => s.spacing * pxPerMs >= s.minPx) ?? STEPS[STEPS.length - 1];
    if (!step) return;
    tickTimes(step, stretch.from, stretch.to).forEach((time, i) => {
      candidates.push({
        x: scale.toX(time),
        time,
        label: labelOf(time, step.unit, i === 0),
        anchor: "middle",
        priority: stretch.compressed ? 1 : 0,
        after: afterCompressed && i === 0,
      });
    });
  });
  // The focus's labels first; then the compressed edges' where there is room.
  const kept: { left: number; right: number; tick: Tick }[] = [];
  for (const candidate of candidates.sort((a, b) => a.priority - b.priority || a.x - b.x)) {
    const w = labelWidth(candidate.label);
    const anchor: Tick["anchor"] =
      candidate.after || candidate.x - w / 2 < 0
        ? "start"
        : candidate.x + w / 2 > scale.width
          ? "end"
          : "middle";
    const left =
      anchor === "start" ? candidate.x : anchor === "end" ? candidate.x - w : candidate.x - w / 2;
    const right = left + w;
    if (kept.some((k) => left < k.right + 4 && right > k.left - 4)) continue;
    if (kept.some((k) => k.tick.time === candidate.time)) continue;
    const { x, time, label } = candidate;
    kept.push({ left, right, tick: { x, time, label, anchor } });
  }
  return kept.map((k) => k.tick).sort((a, b) => a.x - b.x);
}
