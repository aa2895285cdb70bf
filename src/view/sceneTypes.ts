// The scene's shape: the plain data (actors, ties, legend, bounds) that renderers and export draw.
import type { ActorKind } from "../schema/vocabulary";
import type { Curve, Point } from "./edgeGeometry";

export type LabelAnchor = "start" | "middle" | "end";

export interface SceneNode {
  id: string;
  name: string;
  kind: ActorKind;
  x: number;
  y: number;
  r: number;
  /** Symbol path centred on 0,0. */
  d: string;
  fill: string;
  lines: string[];
  /** Where the label sits, relative to the node centre: the anchor's x and the first line's baseline. */
  labelDx: number;
  labelDy: number;
  /** Which end of each line the anchor is at (SVG text-anchor). */
  labelAnchor: LabelAnchor;
  labelWidth: number;
  ariaLabel: string;
  dimmed: boolean;
  selected: boolean;
  pinned: boolean;
}

export interface SceneEdge {
  /** A tie id; for a collapsed bundle, the first tie's id. */
  id: string;
  /** Every tie this line stands for (one, or a collapsed bundle). */
  ties: string[];
  source: string;
  target: string;
  d: string;
  arrow: string;
  stroke: string;
  width: number;
  dash: string;
  count: string;
  middle: Point;
  /** For a tie from an actor to itself: its place among that actor's loops (0 innermost). */
  loop?: number;
  /** The line as numbers (straight between the two actors when the scene has no geometry). */
  curve: Curve;
  ariaLabel: string;
  dimmed: boolean;
  selected: boolean;
}

export interface LegendEntry {
  /** "colour": the actors' colours when they say something else than the kind. */
  group: "actor" | "colour" | "tie" | "status";
  /** The group's heading, when not the usual one (the first entry of a group that has one). */
  title?: string;
  key: string;
  label: string;
  fill?: string;
  d?: string;
  stroke?: string;
  dash?: string;
  width?: number;
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  legend: LegendEntry[];
  bounds: Bounds;
}
