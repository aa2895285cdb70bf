// The shapes of view/symbolShapes.ts are d3-shape's symbols, carried over so the page need not
// load d3-shape: every path must be the one d3-shape writes (the reference), at every size the
// picture and the exports use.
import { describe, expect, test } from "vitest";
import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from "d3-shape";
import { roundPath, symbolPath } from "../../src/view/symbols";
import { shapePathText, square, circle } from "../../src/view/symbolShapes";

const REFERENCE = {
  circle: symbolCircle,
  square: symbolSquare,
  diamond: symbolDiamond,
  triangle: symbolTriangle,
  star: symbolStar,
  wye: symbolWye,
} as const;

describe("actor shapes", () => {
  test("each shape's path is d3-shape's, at radii from 0.05 to 60", () => {
    for (let r = 0.05; r < 60; r += 0.173)
      for (const [name, type] of Object.entries(REFERENCE)) {
        const area = Math.PI * r * r;
        const text = shapePathText(
          { draw: (context, size) => type.draw(context as CanvasPath, size) },
          area,
        );
        expect(text).toBe(symbol(type, area)() ?? "");
        expect(symbolPath(name as keyof typeof REFERENCE, r)).toBe(roundPath(text));
      }
  });

  test("worked by hand: a square of area 16 and a circle of radius 2", () => {
    expect(shapePathText(square, 16)).toBe("M-2,-2h4v4h-4Z");
    expect(shapePathText(circle, Math.PI * 4)).toBe("M2,0A2,2,0,1,1,-2,0A2,2,0,1,1,2,0");
  });
});
