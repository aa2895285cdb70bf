// The canvas renderer's drawing cut into steps of bounded cost, and the steps packed into frames.
import { describe, expect, it } from "vitest";
import {
  drawingSteps,
  packFrames,
  type DrawingStep,
  type StepContext,
} from "../../src/render/canvasSteps";
import { HAIRLINE, type CanvasBatches, type TieBatch } from "../../src/view/canvasBatches";

type Call = [string, ...unknown[]];

/** A context that writes down every call and every property set, in order. */
function recordingContext(): { context: StepContext; calls: Call[] } {
  const calls: Call[] = [];
  const method =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
    };
  const properties = [
    "globalAlpha",
    "fillStyle",
    "strokeStyle",
    "lineWidth",
    "lineJoin",
    "font",
    "textAlign",
  ];
  const context = {
    ...Object.fromEntries(
      [
        "setTransform",
        "beginPath",
        "fill",
        "stroke",
        "setLineDash",
        "strokeText",
        "fillText",
        "moveTo",
        "lineTo",
        "closePath",
        "arc",
        "rect",
      ].map((name) => [name, method(name)]),
    ),
  };
  for (const property of properties)
    Object.defineProperty(context, property, {
      set: (value: unknown) => calls.push([`${property}=`, value]),
    });
  return { context: context as unknown as StepContext, calls };
}

/** `count` ties whose numbers are their own positions in the list (tie i: 4i, 4i+1, 4i+2, 4i+3). */
const ties = (count: number, style: Partial<TieBatch> = {}): TieBatch => ({
  stroke: "#123456",
  width: HAIRLINE,
  dash: [],
  alpha: 0.5,
  lines: Float64Array.from({ length: 4 * count }, (_, i) => i),
  loops: new Float64Array(0),
  ...style,
});

const batches = (overrides: Partial<CanvasBatches>): CanvasBatches => ({
  veil: 0,
  ties: [],
  actors: [],
  labels: [],
  ...overrides,
});

const costs = (steps: DrawingStep[]) => steps.map((step) => step.cost);

describe("drawing steps", () => {
  it("cut plain ties in slices of 2 500, dashed ones in slices of 1 000 costing 2.5 each", () => {
    const steps = drawingSteps(
      batches({ ties: [ties(6000), ties(2300, { dash: [4, 2] })] }),
      { x: 0, y: 0, k: 1 },
      1,
    );
    expect(costs(steps)).toEqual([2500, 2500, 1000, 2500, 2500, 750]);
  });

  it("cut actors in slices of 2 500, and put every label in one step costing 4 each", () => {
    const actors = {
      fill: "#ff0000",
      symbol: "circle" as const,
      r: 5,
      stroke: "#000000",
      strokeWidth: 1,
      dash: [],
      alpha: 1,
      centres: Array.from({ length: 2 * 2600 }, (_, i) => i),
    };
    const labels = [
      { text: "A", x: 1, y: 2 },
      { text: "B", x: 3, y: 4 },
      { text: "C", x: 5, y: 6 },
    ];
    expect(
      costs(drawingSteps(batches({ actors: [actors], labels }), { x: 0, y: 0, k: 1 }, 1)),
    ).toEqual([2500, 100, 12]);
    expect(drawingSteps(batches({}), { x: 0, y: 0, k: 1 }, 1)).toEqual([]);
  });

  it("draw a slice of ties in world units: hairlines one device pixel, dashes in screen pixels", () => {
    const at = { x: 10, y: 20, k: 4 };
    const steps = drawingSteps(batches({ ties: [ties(3000, { dash: [6, 3] })] }), at, 2);
    // Dashed: slices of 1 000, so the second step draws ties 1 000 … 1 999.
    const { context, calls } = recordingContext();
    steps[1]!.draw(context);
    expect(calls[0]).toEqual(["setTransform", 8, 0, 0, 8, 20, 40]);
    expect(calls[1]).toEqual(["beginPath"]);
    expect(calls[2]).toEqual(["moveTo", 4000, 4001]);
    expect(calls[3]).toEqual(["lineTo", 4002, 4003]);
    expect(calls.filter(([name]) => name === "moveTo")).toHaveLength(1000);
    expect(calls.filter(([name]) => name === "lineTo").at(-1)).toEqual(["lineTo", 7998, 7999]);
    expect(calls.slice(-5)).toEqual([
      ["globalAlpha=", 0.5],
      ["strokeStyle=", "#123456"],
      // One device pixel at 2 device pixels per CSS pixel, zoomed 4×: 1 / 2 / 4.
      ["lineWidth=", 0.125],
      ["setLineDash", [1.5, 0.75]],
      ["stroke"],
    ]);
  });

  it("draw an actor's loops as arcs in a step of their own, before the batch's lines", () => {
    const at = { x: 0, y: 0, k: 2 };
    const loops = Float64Array.from([10, 20, 12, Math.PI / 2, 2 * Math.PI + Math.PI / 2]);
    const steps = drawingSteps(batches({ ties: [ties(1, { loops })] }), at, 1);
    expect(costs(steps)).toEqual([1, 1]);
    const { context, calls } = recordingContext();
    steps[0]!.draw(context);
    // The arc starts straight below the loop's centre: (10 + 12 cos 90°, 20 + 12 sin 90°).
    expect(calls.filter(([name]) => name === "moveTo" || name === "arc")).toEqual([
      ["moveTo", 10 + 12 * Math.cos(Math.PI / 2), 32],
      ["arc", 10, 20, 12, Math.PI / 2, 2 * Math.PI + Math.PI / 2],
    ]);
    expect(calls.at(-1)).toEqual(["stroke"]);
  });

  it("draw a slice of actors as one path, filled then stroked at their screen width", () => {
    const actors = {
      fill: "#ff0000",
      symbol: "circle" as const,
      r: 5,
      stroke: "#000000",
      strokeWidth: 2,
      dash: [],
      alpha: 0.8,
      centres: [100, 200, 300, 400],
    };
    const [step] = drawingSteps(batches({ actors: [actors] }), { x: 0, y: 0, k: 0.5 }, 1);
    const { context, calls } = recordingContext();
    step!.draw(context);
    expect(calls[0]).toEqual(["setTransform", 0.5, 0, 0, 0.5, 0, 0]);
    const arcs = calls.filter(([name]) => name === "arc").map((call) => call.slice(1, 4));
    expect(arcs).toEqual([
      [100, 200, 5],
      [300, 400, 5],
    ]);
    expect(calls.slice(-7)).toEqual([
      ["globalAlpha=", 0.8],
      ["fillStyle=", "#ff0000"],
      ["fill"],
      ["strokeStyle=", "#000000"],
      ["lineWidth=", 4],
      ["setLineDash", []],
      ["stroke"],
    ]);
  });

  it("draw labels in screen pixels, each with its halo under the text", () => {
    const labels = [
      { text: "Alpha", x: 10, y: 20 },
      { text: "Bravo", x: 30, y: 40 },
    ];
    const [step] = drawingSteps(batches({ labels }), { x: 50, y: 60, k: 3 }, 2);
    const { context, calls } = recordingContext();
    step!.draw(context);
    expect(calls[0]).toEqual(["setTransform", 2, 0, 0, 2, 0, 0]);
    expect(calls.filter(([name]) => name.endsWith("Text"))).toEqual([
      ["strokeText", "Alpha", 10, 20],
      ["fillText", "Alpha", 10, 20],
      ["strokeText", "Bravo", 30, 40],
      ["fillText", "Bravo", 30, 40],
    ]);
  });
});

describe("packing steps into frames", () => {
  const pack = (list: number[]) =>
    packFrames(list.map((cost) => ({ cost }))).map((frame) => frame.map((step) => step.cost));

  it("lets small steps share a frame until the next would pass the budget", () => {
    expect(pack([1000, 1000, 1000])).toEqual([[1000, 1000], [1000]]);
    expect(pack([1200, 1300, 1])).toEqual([[1200, 1300], [1]]);
    expect(pack([2500, 1])).toEqual([[2500], [1]]);
  });

  it("gives a step over the budget a frame of its own", () => {
    expect(pack([3000, 10, 10])).toEqual([[3000], [10, 10]]);
    expect(pack([10, 3000])).toEqual([[10], [3000]]);
  });

  it("has no frame for no steps, and takes another budget", () => {
    expect(pack([])).toEqual([]);
    expect(
      packFrames([{ cost: 3 }, { cost: 3 }, { cost: 3 }], 6).map((frame) => frame.length),
    ).toEqual([2, 1]);
  });
});
