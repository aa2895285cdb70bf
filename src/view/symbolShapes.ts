// The six actor shapes, each drawn with the area it is given, and the SVG path text of one as
// d3-path writes it (three decimals). The shapes are d3-shape's symbols (v3.2.1), the same
// arithmetic in the same order, so every path is the one d3-shape drew; they live here because
// d3-shape's bundle brings its curves and stacks along (about 12 kB), which the page never draws.
//
// d3-shape: Copyright 2010-2026 Mike Bostock. Permission to use, copy, modify, and/or distribute
// this software for any purpose with or without fee is hereby granted, provided that the above
// copyright notice and this permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS
// IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED
// WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY
// SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
// LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS
// ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.

/** The drawing calls a shape makes, on a canvas or anything like one. */
export type SymbolContext = Pick<CanvasPath, "moveTo" | "lineTo" | "closePath" | "arc" | "rect">;

export interface SymbolShape {
  draw(context: SymbolContext, size: number): void;
}

const { sqrt, sin, cos, PI: pi } = Math;
const tau = 2 * pi;

export const circle: SymbolShape = {
  draw(context, size) {
    const r = sqrt(size / pi);
    context.moveTo(r, 0);
    context.arc(0, 0, r, 0, tau);
  },
};

const tan30 = sqrt(1 / 3);
const tan30_2 = tan30 * 2;

export const diamond: SymbolShape = {
  draw(context, size) {
    const y = sqrt(size / tan30_2);
    const x = y * tan30;
    context.moveTo(0, -y);
    context.lineTo(x, 0);
    context.lineTo(0, y);
    context.lineTo(-x, 0);
    context.closePath();
  },
};

export const square: SymbolShape = {
  draw(context, size) {
    const w = sqrt(size);
    const x = -w / 2;
    context.rect(x, x, w, w);
  },
};

const ka = 0.8908130915292852;
const kr = sin(pi / 10) / sin((7 * pi) / 10);
const kx = sin(tau / 10) * kr;
const ky = -cos(tau / 10) * kr;

export const star: SymbolShape = {
  draw(context, size) {
    const r = sqrt(size * ka);
    const x = kx * r;
    const y = ky * r;
    context.moveTo(0, -r);
    context.lineTo(x, y);
    for (let i = 1; i < 5; ++i) {
      const a = (tau * i) / 5;
      const c = cos(a);
      const s = sin(a);
      context.lineTo(s * r, -c * r);
      context.lineTo(c * x - s * y, s * x + c * y);
    }
    context.closePath();
  },
};

const sqrt3 = sqrt(3);

export const triangle: SymbolShape = {
  draw(context, size) {
    const y = -sqrt(size / (sqrt3 * 3));
    context.moveTo(0, y * 2);
    context.lineTo(-sqrt3 * y, -y);
    context.lineTo(sqrt3 * y, -y);
    context.closePath();
  },
};

const wc = -0.5;
const ws = sqrt(3) / 2;
const wk = 1 / sqrt(12);
const wa = (wk / 2 + 1) * 3;

export const wye: SymbolShape = {
  draw(context, size) {
    const r = sqrt(size / wa);
    const x0 = r / 2,
      y0 = r * wk;
    const x1 = x0,
      y1 = r * wk + r;
    const x2 = -x1,
      y2 = y1;
    context.moveTo(x0, y0);
    context.lineTo(x1, y1);
    context.lineTo(x2, y2);
    context.lineTo(wc * x0 - ws * y0, ws * x0 + wc * y0);
    context.lineTo(wc * x1 - ws * y1, ws * x1 + wc * y1);
    context.lineTo(wc * x2 - ws * y2, ws * x2 + wc * y2);
    context.lineTo(wc * x0 + ws * y0, wc * y0 - ws * x0);
    context.lineTo(wc * x1 + ws * y1, wc * y1 - ws * x1);
    context.lineTo(wc * x2 + ws * y2, wc * y2 - ws * x2);
    context.closePath();
  },
};

/** A number as d3-path writes it with three digits. */
const d3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The SVG path data of one shape, as d3-shape's `symbol(type, size)()` wrote it. Only what the
 * shapes above call: `arc` draws the full circle that `circle` asks for, from the point `moveTo`
 * put the pen on.
 */
export function shapePathText(shape: SymbolShape, size: number): string {
  let text = "";
  shape.draw(
    {
      moveTo: (x, y) => void (text += `M${d3(x)},${d3(y)}`),
      lineTo: (x, y) => void (text += `L${d3(x)},${d3(y)}`),
      closePath: () => void (text += "Z"),
      arc: (x, y, r, start) => {
        const dx = r * cos(start);
        const dy = r * sin(start);
        const ends = [`${d3(x - dx)},${d3(y - dy)}`, `${d3(x + dx)},${d3(y + dy)}`];
        for (const end of ends) text += `A${d3(r)},${d3(r)},0,1,1,${end}`;
      },
      rect: (x, y, w, h) => void (text += `M${d3(x)},${d3(y)}h${d3(w)}v${d3(h)}h${d3(-w)}Z`),
    },
    size,
  );
  return text;
}
