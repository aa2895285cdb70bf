import { describe, expect, it } from "vitest";
import {
  drawingPlan,
  graphInSlices,
  layoutPlan,
  likelyNeedsWorker,
  networkSize,
} from "../../src/view/drawingPlan";
import { buildGraph } from "../../src/model/actorGraph";
import { chainWithParallels } from "../fixtures/documents";

/** The plan for a network of this many actors, with few ties (ties decide only three fields). */
const forActors = (actors: number) => drawingPlan({ actors, ties: actors });
/** The plan for a network of this many ties between 200 actors. */
const forTies = (ties: number) => drawingPlan({ actors: 200, ties });

describe("the drawing plan", () => {
  it("plans the seed (15 actors, 25 ties) in full: SVG, labels, hover, every tie, laid out at once", () => {
    expect(drawingPlan({ actors: 15, ties: 25 })).toEqual({
      layout: { profile: "standard", labelRoom: true, exactCharge: true },
      layoutInWorker: false,
      animateLayout: true,
      settledAfterLayout: false,
      renderer: "svg",
      labels: true,
      hover: true,
      dragMovesActors: true,
      mergedTies: false,
      arrowheads: true,
      betweenness: true,
      searchIndex: false,
      timeline: { histogramAbove: 3000, afterLayout: false },
    });
  });

  it("plans a 5,000-actor, 15,000-tie network on the canvas with the large layout, nothing extra", () => {
    expect(drawingPlan({ actors: 5000, ties: 15000 })).toEqual({
      layout: { profile: "large", labelRoom: false, exactCharge: false },
      layoutInWorker: true,
      animateLayout: false,
      settledAfterLayout: true,
      renderer: "canvas",
      labels: false,
      hover: false,
      dragMovesActors: false,
      mergedTies: true,
      arrowheads: false,
      betweenness: false,
      searchIndex: true,
      timeline: { histogramAbove: 3000, afterLayout: true },
    });
  });

  it("searches through an index above 1,000 actors, by scanning every actor up to it", () => {
    expect(forActors(1000).searchIndex).toBe(false);
    expect(forActors(1001).searchIndex).toBe(true);
  });

  it("moves the layout to a worker from 100 actors, and then waits for it to call the page settled", () => {
    expect(forActors(99)).toMatchObject({ layoutInWorker: false, settledAfterLayout: false });
    expect(forActors(100)).toMatchObject({ layoutInWorker: true, settledAfterLayout: true });
    expect(forActors(101)).toMatchObject({ layoutInWorker: true, settledAfterLayout: true });
  });

  it("sums repulsion over every pair up to 120 actors", () => {
    expect(layoutPlan(120).exactCharge).toBe(true);
    expect(layoutPlan(121).exactCharge).toBe(false);
  });

  it("draws labels, keeps room for them and highlights on hover up to 400 actors", () => {
    expect(forActors(400)).toMatchObject({ labels: true, hover: true });
    expect(forActors(400).layout.labelRoom).toBe(true);
    expect(forActors(401)).toMatchObject({ labels: false, hover: false });
    expect(forActors(401).layout.labelRoom).toBe(false);
  });

  it("draws SVG with the standard layout, animated, up to 1,000 actors; the canvas above", () => {
    expect(forActors(1000)).toMatchObject({ renderer: "svg", animateLayout: true });
    expect(forActors(1000).layout.profile).toBe("standard");
    expect(forActors(1000).timeline.afterLayout).toBe(false);
    expect(forActors(1001)).toMatchObject({ renderer: "canvas", animateLayout: false });
    expect(forActors(1001).layout.profile).toBe("large");
    expect(forActors(1001).timeline.afterLayout).toBe(true);
  });

  it("lets a plain drag move actors on SVG; on the canvas a drag pans and moving takes Alt", () => {
    expect(forActors(1000).dragMovesActors).toBe(true);
    expect(forActors(1001).dragMovesActors).toBe(false);
  });

  it("computes betweenness up to 2,000 actors", () => {
    expect(forActors(2000).betweenness).toBe(true);
    expect(forActors(2001).betweenness).toBe(false);
  });

  it("merges ties above 3,000 and drops arrowheads above 4,000, whatever the actors", () => {
    expect(forTies(3000)).toMatchObject({ mergedTies: false, arrowheads: true });
    expect(forTies(3001)).toMatchObject({ mergedTies: true, arrowheads: true });
    expect(forTies(4000)).toMatchObject({ mergedTies: true, arrowheads: true });
    expect(forTies(4001)).toMatchObject({ mergedTies: true, arrowheads: false });
    expect(forTies(4001)).toMatchObject({ renderer: "svg", labels: true });
  });

  it("counts the lines drawn, not the ties: 100,000 parallel ties keep their elements and arrowheads", () => {
    const document = chainWithParallels();
    const like = document.ties[0]!;
    const flood = (n: number, pairs: number) =>
      buildGraph({
        ...document,
        ties: Array.from({ length: n }, (_, i) => ({
          ...like,
          id: `t${i}`,
          target: ["b", "c", "a"][i % pairs]!,
        })),
      });
    // 100,000 a → b: one line
    expect(networkSize(flood(100_000, 1))).toEqual({ actors: 3, ties: 100_000, lines: 1 });
    expect(drawingPlan(networkSize(flood(100_000, 1)))).toMatchObject({
      mergedTies: false,
      arrowheads: true,
    });
    // 3,003 ties over a → b, a → c and a loop on a: three bundles, three lines
    expect(networkSize(flood(3003, 3)).lines).toBe(3);
    // up to 3,000 ties the lines cannot change a choice: not counted
    expect(networkSize(flood(3000, 1)).lines).toBe(3000);
    expect(forTies(3001)).toMatchObject({ mergedTies: true });
  });

  it("builds a graph of over 15,000 ties (or a canvas network's) in slices before its explorer", () => {
    expect(graphInSlices({ actors: 2, ties: 15_000 })).toBe(false);
    expect(graphInSlices({ actors: 2, ties: 15_001 })).toBe(true);
    expect(graphInSlices({ actors: 1001, ties: 0 })).toBe(true);
  });

  it("lets the timeline turn into a histogram past 3,000 dated ties, at any size", () => {
    expect(forActors(15).timeline.histogramAbove).toBe(3000);
    expect(forTies(20000).timeline.histogramAbove).toBe(3000);
  });
});

describe("guessing from a file's size", () => {
  it("starts the layout worker early for files over 100 kB", () => {
    expect(likelyNeedsWorker(100_000)).toBe(false);
    expect(likelyNeedsWorker(100_001)).toBe(true);
  });
});
