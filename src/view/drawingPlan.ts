// The drawing plan: every choice that depends on how large the network is — layout settings,
// worker, SVG or canvas, labels, hover, merged ties, arrowheads, betweenness, the search index,
// the timeline's form — decided here and only here, each threshold with the measurement that
// chose it. Pure; the explorer makes one plan per network and hands each module the field it needs.
//
// Not here, because they are budgets per frame rather than choices per network (they depend on
// the zoom, not the size): the canvas's marks per slice (render/canvasRenderer.ts) and its
// dashed-ties and names-in-view limits (view/canvasBatches.ts).
//
// Unless said otherwise, times were measured on the 2-core development VM (software rendering,
// other work running) with generated networks of 3 ties per actor (tests/fixtures/largeNetwork.ts);
// the research figures are in /work/shared/research/performance.md and the README's Performance.

import type { ActorGraph } from "../model/actorGraph";
import { drawnLineCount } from "./drawnLines";

export interface NetworkSize {
  actors: number;
  ties: number;
  /**
   * The lines the picture draws (view/drawnLines: a bundle of more parallel ties than fan out is
   * one line); the ties when not given. Merged ties and arrowheads depend on these.
   */
  lines?: number;
}

/** How the force layout runs (layout/forceLayout.ts turns this into its settings). */
export interface LayoutPlan {
  /** "large": a quadtree reused for 13 ticks, θ = 1.5 and 150 ticks instead of 300. */
  profile: "standard" | "large";
  /** Boxes of symbol + label never overlap (O(n²) a tick); otherwise circles on a grid. */
  labelRoom: boolean;
  /** Repulsion summed over every pair instead of through a Barnes–Hut quadtree. */
  exactCharge: boolean;
}

export interface DrawingPlan {
  layout: LayoutPlan;
  /** Lay out in a Web Worker from d3's spiral, rather than at once before the first picture. */
  layoutInWorker: boolean;
  /** The picture follows the layout while it converges; otherwise it waits for the result. */
  animateLayout: boolean;
  /** The page counts as settled (bench mark) only once the layout has converged. */
  settledAfterLayout: boolean;
  renderer: "svg" | "canvas";
  /** Names under the actors. (The canvas still names the actors in view when they are few.) */
  labels: boolean;
  /** The pointer over an actor highlights its ties and neighbours (keyboard focus always does). */
  hover: boolean;
  /**
   * A plain drag on an actor moves (and pins) it. Otherwise a plain drag pans and moving an actor
   * takes Alt (Option) + drag, which the page says beside the zoom buttons.
   */
  dragMovesActors: boolean;
  /** Ties drawn as one path per style, with no element (and no name) per tie. */
  mergedTies: boolean;
  arrowheads: boolean;
  /** Betweenness ("brokerage") and communities are computed. */
  betweenness: boolean;
  /** "Search actors…" answers from an index (view/searchIndex.ts) rather than a scan. */
  searchIndex: boolean;
  timeline: {
    /** Past this many dated ties the strip draws how many fall in each few pixels. */
    histogramAbove: number;
    /** The strip is built only once the layout has converged. */
    afterLayout: boolean;
  };
}

/**
 * From this many actors on, the layout leaves the page's thread. computeLayout's first (cold) run
 * in Node: 25 actors 72 ms, 50 → 96 ms, 100 → 146 ms, 150 → 213 ms, 200 → 330 ms, 300 → 595 ms,
 * 400 → 1 250 ms (box collision is O(n²)). A one-off task of about 150 ms when a file opens is
 * acceptable; 300 actors would freeze the page for over half a second. The seed (15) stays on the
 * page, so its first picture is its final one — and so the page is "settled" only after the layout
 * from the same size on.
 */
const WORKER_FROM = 100;

/**
 * Up to this many actors the repulsion sums every pair: at this size building a quadtree every
 * tick costs more than the pairs, and on a page's first run (cold code) the plain loop is several
 * times faster — the seed's layout went from about 120 to 40 ms (commit 42405b9).
 */
const EXACT_CHARGE_UP_TO = 120;

/**
 * Up to this many actors names are drawn and the layout keeps room for them. Labels cost as much
 * as everything else in SVG (research 2b: at 1 000 actors pan takes 42 ms of main-thread time a
 * frame with labels, 16 without), and the layout's box collision is O(n²): 1.25 s at 400 actors
 * cold (see WORKER_FROM). Above it hover highlighting is off too: a hover would redraw every
 * element (about 7 µs each, research 2d), and without names the highlight tells little.
 */
const LABELS_UP_TO = 400;

/**
 * Above this many actors: the canvas instead of SVG, the large layout settings, and a picture that
 * keeps its first arrangement until the layout has converged.
 * - Canvas: SVG at 1 000 actors pans at 42 ms a frame and redraws a live tick in 117 ms; at 5 000,
 *   442 and 858 ms. The canvas at 5 000: 16.7 ms a frame panning a cached bitmap (research G4, 2b).
 * - Layout (scripts/bench.ts): at 1 000 actors the standard settings take 1.4–2.3 s and the large
 *   ones 0.3–0.5 s, with stress +3 % and 2-hop neighbourhood preservation −5 % (about the spread
 *   between seeds); at 5 000, 10.5–12.8 s against 1.7–2.8 s. Up to 1 000 the standard settings
 *   still converge in about 2 s, so the better picture is worth the wait.
 * - Animation: redrawing thousands of marks several times a second would compete with the layout
 *   for the page (the large-network bench allows no task over 50 ms while it runs).
 */
const SVG_UP_TO = 1000;

/*
 * Dragging moves actors only where the picture is an SVG (up to SVG_UP_TO actors). On the canvas
 * the fitted picture is dense: 5 000 actors fitted to a 1280×800 stage leave an actor's hit
 * circle under most of the pixels a drag starts on, so a plain drag that grabbed the actor under
 * it pinned one instead of panning (issue 13). There a plain drag pans, and Alt + drag moves.
 */

/**
 * Above this many actors betweenness and communities are skipped. computeMetrics in Node: 1 000
 * actors 0.4 s with them (0.1 s without), 2 000 → 1.1 s, 3 000 → 2.7 s, 5 000 → 7.2 s (0.3 s
 * without): past 2 000 the details would wait seconds for one number.
 */
const BETWEENNESS_UP_TO = 2000;

/**
 * Above this many actors "Search actors…" answers from an index built after the first picture
 * (view/searchIndex.ts) instead of scoring every actor at each keystroke. The scan in Node (warm,
 * fastest of five): 1 000 actors 1.3 ms a keystroke, 5 000 → 6.5 ms, 20 000 → 30–43 ms; in the
 * app on the loaded VM, 60–300 ms at 20 000 (`npm run bench -- --only interact`). Below it the
 * index's code is not even fetched.
 */
const SEARCH_SCAN_UP_TO = 1000;

/**
 * Above this many drawn lines (ties, a large bundle of parallel ties counting once) the SVG
 * renderer merges them into one path per style (no element, focus
 * target or name per tie); the SVG export still writes one element per tie. Each tie is five
 * elements on screen (group, hit path, line, arrowhead, count) plus its focus target, at about
 * 7 µs each per redraw (research 2d): 3 000 ties are about 0.1 s a redraw. Chosen in commit
 * e78c48d; no finer measurement recorded.
 */
const SEPARATE_TIES_UP_TO = 3000;

/**
 * Above this many drawn lines arrowheads are dropped (screen and export): one more path per tie, and at
 * that density they no longer read. Chosen with the first large-network work (commit 28da7a7);
 * no measurement recorded.
 */
const ARROWHEADS_UP_TO = 4000;

/**
 * Past this many dated ties the timeline draws a histogram instead of one mark per tie: packing
 * 15 000 ties into lanes allocated an object per tie while the layout ran (commits e78c48d,
 * bc5d8d9); 3 000 marks still read as marks in the strip's 10 lanes.
 */
const TIMELINE_MARKS_UP_TO = 3000;

/**
 * A file over this many bytes is likely a network large enough for the layout worker (about 100
 * actors' worth of GEXF or JSON): the shell starts the worker while the file is read.
 */
const LIKELY_WORKER_BYTES = 100_000;

/** How the layout runs for `actors` actors (also the layout's default, see forceLayout.ts). */
export function layoutPlan(actors: number): LayoutPlan {
  return {
    profile: actors > SVG_UP_TO ? "large" : "standard",
    labelRoom: actors <= LABELS_UP_TO,
    exactCharge: actors <= EXACT_CHARGE_UP_TO,
  };
}

/** A graph's size, its drawn lines counted only as far as they could change a choice. */
export function networkSize(graph: ActorGraph): NetworkSize {
  const ties = graph.size;
  return {
    actors: graph.order,
    ties,
    // Lines decide two choices, at SEPARATE_TIES_UP_TO and ARROWHEADS_UP_TO: past the larger
    // the exact count changes neither.
    lines:
      ties > SEPARATE_TIES_UP_TO ? drawnLineCount(graph.edgeEntries(), ARROWHEADS_UP_TO) : ties,
  };
}

/** Everything that depends on the network's size. */
export function drawingPlan({ actors, ties, lines = ties }: NetworkSize): DrawingPlan {
  const canvas = actors > SVG_UP_TO;
  const layoutInWorker = actors >= WORKER_FROM;
  return {
    layout: layoutPlan(actors),
    layoutInWorker,
    animateLayout: !canvas,
    settledAfterLayout: layoutInWorker,
    renderer: canvas ? "canvas" : "svg",
    labels: actors <= LABELS_UP_TO,
    hover: actors <= LABELS_UP_TO,
    dragMovesActors: !canvas,
    mergedTies: lines > SEPARATE_TIES_UP_TO,
    arrowheads: lines <= ARROWHEADS_UP_TO,
    betweenness: actors <= BETWEENNESS_UP_TO,
    searchIndex: actors > SEARCH_SCAN_UP_TO,
    timeline: { histogramAbove: TIMELINE_MARKS_UP_TO, afterLayout: canvas },
  };
}

/**
 * Past this many ties a new network's graph (and the timeline's play order) is built in slices
 * before its explorer, as a canvas network's is (app/stagedRebuild.ts): building 100,000 ties'
 * graph took 70 ms of a 320 ms open in one task (2 actors, on the VM); 15,000 take about 10 ms.
 * It is the import's "asks first" limit for ties (io/importLimits.ts).
 */
const GRAPH_IN_ONE_TASK_UP_TO = 15_000;

/** Whether a network's graph is built a slice at a time before its explorer is made. */
export function graphInSlices({ actors, ties }: NetworkSize): boolean {
  return actors > SVG_UP_TO || ties > GRAPH_IN_ONE_TASK_UP_TO;
}

/** A file this large probably needs the layout worker: worth starting it while the file is read. */
export function likelyNeedsWorker(bytes: number): boolean {
  return bytes > LIKELY_WORKER_BYTES;
}
