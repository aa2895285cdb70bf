// Actor shapes as SVG path data, from d3-shape's symbols (view/symbolShapes.ts), sized so every
// shape has about the same visual weight as a circle of radius r. Pure string output, shared by
// the screen and the exports.
import type { SymbolName } from "./encodings";
import {
  circle,
  diamond,
  shapePathText,
  square,
  star,
  triangle,
  wye,
  type SymbolContext,
  type SymbolShape,
} from "./symbolShapes";

export type { SymbolContext } from "./symbolShapes";

const TYPES = {
  circle,
  square,
  diamond,
  triangle,
  star,
  wye,
} as const satisfies Record<SymbolName, SymbolShape>;

const cache = new Map<string, string>();

/** Path data centred on 0,0 with the area of a circle of radius r. */
export function symbolPath(name: SymbolName, r: number): string {
  const key = `${name}:${r}`;
  let path = cache.get(key);
  if (path === undefined) {
    path = roundPath(shapePathText(TYPES[name], Math.PI * r * r));
    cache.set(key, path);
  }
  return path;
}

/** Two decimals are plenty on screen and keep exports byte-stable. */
export function roundPath(path: string): string {
  return path.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

/**
 * Traces symbols of one shape and size into a canvas path, each centred where asked, so that
 * thousands of actors are one fill and one stroke.
 */
export function traceSymbols(
  context: SymbolContext,
  name: SymbolName,
  r: number,
  centres: readonly number[],
  from = 0,
  to = centres.length / 2,
): void {
  let dx = 0;
  let dy = 0;
  // closePath on a path of thousands of subpaths costs Chromium's canvas time that grows with the
  // path (70–90 ms for 2 500 symbols); a line back to the subpath's start draws the same outline.
  let startX = 0;
  let startY = 0;
  const shifted: SymbolContext = {
    moveTo: (x, y) => {
      startX = x + dx;
      startY = y + dy;
      context.moveTo(startX, startY);
    },
    lineTo: (x, y) => context.lineTo(x + dx, y + dy),
    closePath: () => context.lineTo(startX, startY),
    arc: (x, y, radius, start, end, anticlockwise) =>
      context.arc(x + dx, y + dy, radius, start, end, anticlockwise),
    rect: (x, y, w, h) => context.rect(x + dx, y + dy, w, h),
  };
  const type = TYPES[name];
  const area = Math.PI * r * r;
  for (let i = from; i < to; i++) {
    dx = centres[2 * i] ?? 0;
    dy = centres[2 * i + 1] ?? 0;
    type.draw(shifted, area);
  }
}
