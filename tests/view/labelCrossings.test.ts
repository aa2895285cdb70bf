import { describe, expect, it } from "vitest";
import {
  curvePoints,
  labelBox,
  labelBoxAt,
  labelCrossings,
  segmentCrossesBox,
} from "../../src/view/labelCrossings";
import type { SceneEdge, SceneNode } from "../../src/view/sceneTypes";

const box = { x0: 0, y0: 0, x1: 100, y1: 20 };

describe("a segment against a box", () => {
  it.each([
    ["through the middle, left to right", { x: -10, y: 10 }, { x: 110, y: 10 }, true],
    ["down through it", { x: 50, y: -30 }, { x: 50, y: 60 }, true],
    ["corner to corner, diagonally", { x: -10, y: -2 }, { x: 110, y: 22 }, true],
    ["ending inside it", { x: -40, y: 10 }, { x: 5, y: 10 }, true],
    ["passing above it", { x: -10, y: -5 }, { x: 110, y: -5 }, false],
    ["stopping short of it", { x: -40, y: 10 }, { x: -1, y: 10 }, false],
    // the line y = x − 95 meets x = 100 at y = 5, but this segment ends at x = 99 (y = 4)…
    [
      "a diagonal that would clip the corner if it went on",
      { x: 50, y: -45 },
      { x: 90, y: -5 },
      false,
    ],
    // …and this one reaches x = 100 at y = 5: inside
    ["the same diagonal, long enough", { x: 90, y: -5 }, { x: 110, y: 15 }, true],
  ])("%s", (_name, a, b, expected) => {
    expect(segmentCrossesBox(a, b, box)).toBe(expected);
  });
});

describe("curves as points", () => {
  it("keeps a straight line as its two ends", () => {
    const line = { start: { x: 0, y: 0 }, control: { x: 50, y: 0 }, end: { x: 100, y: 0 } };
    expect(curvePoints(line)).toEqual([line.start, line.end]);
  });

  it("samples a bent curve through its apex", () => {
    // control 40 px off the chord: the quadratic's apex (t = ½) is 20 px off, at (50, 20)
    const points = curvePoints(
      { start: { x: 0, y: 0 }, control: { x: 50, y: 40 }, end: { x: 100, y: 0 } },
      4,
    );
    expect(points).toHaveLength(5);
    expect(points[2]).toEqual({ x: 50, y: 20 });
    expect(points[1]).toEqual({ x: 25, y: 15 }); // t = ¼: 2·¾·¼·40 = 15
  });
});

describe("label boxes", () => {
  it("puts the first baseline 0.85 em under the box's top, 14 px a line", () => {
    expect(labelBoxAt(0, 10.2, "middle", 60, 2)).toEqual({ x0: -30, y0: 0, x1: 30, y1: 28 });
    expect(labelBoxAt(5, 10.2, "start", 60, 1)).toEqual({ x0: 5, y0: 0, x1: 65, y1: 14 });
    expect(labelBoxAt(5, 10.2, "end", 60, 1)).toEqual({ x0: -55, y0: 0, x1: 5, y1: 14 });
  });
});

function node(id: string, x: number, y: number, lines = [id]): SceneNode {
  return {
    id,
    name: id,
    kind: "person",
    x,
    y,
    r: 9,
    d: "",
    fill: "",
    lines,
    labelDx: 0,
    labelDy: 23.2, // below: r + 4 + 10.2, so the box spans y + 13 … y + 27
    labelAnchor: "middle",
    labelWidth: 60,
    ariaLabel: id,
    dimmed: false,
    selected: false,
    pinned: false,
  };
}

function edge(id: string, from: SceneNode, to: SceneNode, dimmed = false): SceneEdge {
  return {
    id,
    ties: [id],
    source: from.id,
    target: to.id,
    d: "",
    arrow: "",
    stroke: "",
    width: 1,
    dash: "",
    count: "",
    middle: { x: 0, y: 0 },
    curve: {
      start: { x: from.x, y: from.y },
      control: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 },
      end: { x: to.x, y: to.y },
    },
    ariaLabel: id,
    dimmed,
    selected: false,
  };
}

describe("counting ties through labels", () => {
  // a at the origin with its label under it (y 13…27, x −30…30); b far right on the same row;
  // c and d above and below a's label, so c–d runs straight down through it
  const a = node("a", 0, 0);
  const b = node("b", 200, 0);
  const c = node("c", 10, -100, []);
  const d = node("d", 10, 100, []);

  it("finds the tie through a label, and not the one beside it", () => {
    const crossings = labelCrossings({
      nodes: [a, b, c, d],
      edges: [edge("ab", a, b), edge("cd", c, d)],
    });
    // ab runs along y = 0, above both labels; cd runs down x = 10, through a's label only
    expect(crossings).toEqual([{ tie: "cd", actor: "a" }]);
    expect(labelBox(a)).toEqual({ x0: -30, y0: 13, x1: 30, y1: 27 });
    expect(labelBox(c)).toBeUndefined();
  });

  it("can leave dimmed ties out", () => {
    const scene = { nodes: [a, b, c, d], edges: [edge("cd", c, d, true)] };
    expect(labelCrossings(scene)).toHaveLength(1);
    expect(labelCrossings(scene, { dimmedTies: false })).toHaveLength(0);
  });
});
