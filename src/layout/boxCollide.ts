// Label-aware collision: the box of an actor and its label, the force and the final separation.
import type { Force } from "d3-force";
import { THEME } from "../view/encodings";
import { forEachMovingPair } from "./forEachPair";
import type { LayoutNode, SimNode } from "./layoutTypes";

const LABEL_GAP = 4;
const BOX_PADDING = 6;

/** The box an actor and its label occupy, relative to the actor's centre. */
export function nodeBox(node: LayoutNode): SimNode["box"] {
  const half = Math.max(node.r, node.labelWidth / 2) + BOX_PADDING;
  return {
    left: -half,
    right: half,
    top: -node.r - BOX_PADDING,
    bottom: node.r + (node.labelHeight > 0 ? LABEL_GAP + node.labelHeight : 0) + BOX_PADDING,
  };
}

/** The simulation's copy of a node's size: its box, and its label's width and line count. */
export function simNodeSize(
  node: LayoutNode,
): Pick<SimNode, "r" | "box" | "labelWidth" | "lineCount"> {
  return {
    r: node.r,
    box: nodeBox(node),
    labelWidth: node.labelWidth,
    lineCount: Math.round(node.labelHeight / THEME.labelLineHeight),
  };
}

/**
 * Pushes overlapping node boxes apart along the axis of least overlap. O(n²) per tick, fine for
 * the few hundred actors that get labels; larger networks use circles only.
 */
export function forceBoxCollide(strength = 0.7): Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  const force = (alpha: number) => {
    const k = Math.max(strength * alpha * 4, strength * 0.25);
    // Two fixed nodes never push each other (resolvePair leaves them be): their pairs are skipped.
    forEachMovingPair(nodes, moves, (a, b) => resolvePair(a, b, k));
  };
  force.initialize = (initial: SimNode[]) => {
    nodes = initial;
  };
  return force;
}

/** Not pinned in place (d3's fx). */
const moves = (node: SimNode): boolean => node.fx == null;

function resolvePair(a: SimNode, b: SimNode, k: number): void {
  const ax = (a.x ?? 0) + (a.vx ?? 0);
  const ay = (a.y ?? 0) + (a.vy ?? 0);
  const bx = (b.x ?? 0) + (b.vx ?? 0);
  const by = (b.y ?? 0) + (b.vy ?? 0);
  const overlapX =
    Math.min(ax + a.box.right, bx + b.box.right) - Math.max(ax + a.box.left, bx + b.box.left);
  const overlapY =
    Math.min(ay + a.box.bottom, by + b.box.bottom) - Math.max(ay + a.box.top, by + b.box.top);
  if (overlapX <= 0 || overlapY <= 0) return;
  const aFixed = a.fx != null;
  const bFixed = b.fx != null;
  if (aFixed && bFixed) return;
  const shareA = aFixed ? 0 : bFixed ? 1 : 0.5;
  const shareB = 1 - shareA;
  if (overlapX < overlapY) {
    const direction =
      ax + (a.box.left + a.box.right) / 2 <= bx + (b.box.left + b.box.right) / 2 ? -1 : 1;
    const push = overlapX * k;
    a.vx = (a.vx ?? 0) + direction * push * shareA;
    b.vx = (b.vx ?? 0) - direction * push * shareB;
  } else {
    const direction =
      ay + (a.box.top + a.box.bottom) / 2 <= by + (b.box.top + b.box.bottom) / 2 ? -1 : 1;
    const push = overlapY * k;
    a.vy = (a.vy ?? 0) + direction * push * shareA;
    b.vy = (b.vy ?? 0) - direction * push * shareB;
  }
}

/** Moves boxes apart directly, with no other force, until none overlap (or `rounds` run out). */
export function separateBoxes(nodes: SimNode[], rounds = 200): void {
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    forEachMovingPair(nodes, moves, (a, b) => {
      a.vx = a.vy = b.vx = b.vy = 0;
      resolvePair(a, b, 0.51);
      if (!(a.vx || a.vy || b.vx || b.vy)) return;
      moved = true;
      if (a.fx == null) {
        a.x = (a.x ?? 0) + (a.vx ?? 0);
        a.y = (a.y ?? 0) + (a.vy ?? 0);
      }
      if (b.fx == null) {
        b.x = (b.x ?? 0) + (b.vx ?? 0);
        b.y = (b.y ?? 0) + (b.vy ?? 0);
      }
    });
    if (!moved) return;
  }
}
