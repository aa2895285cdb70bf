// Actor shapes as SVG path data, from d3-shape's symbol generators, sized so every shape has
// about the same visual weight as a circle of radius r. Pure string output, shared by the screen
// and the exports.
import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from "d3-shape";
import type { SymbolName } from "./encodings";

const TYPES = {
  circle: symbolCircle,
  square: symbolSquare,
  diamond: symbolDiamond,
  triangle: symbolTriangle,
  star: symbolStar,
  wye: symbolWye,
} as const satisfies Record<SymbolName, SymbolType>;

const cache = new Map<string, string>();

/** Path data centred on 0,0 with the area of a circle of radius r. */
export function symbolPath(name: SymbolName, r: number): string {
  const key = `${name}:${r}`;
  let path = cache.get(key);
  if (path === undefined) {
    path = roundPath(symbol(TYPES[name], Math.PI * r * r)() ?? "");
    cache.set(key, path);
  }
  return path;
}

/** Two decimals are plenty on screen and keep exports byte-stable. */
export function roundPath(path: string): string {
  return path.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100));
}
