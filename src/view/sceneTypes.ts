// The scene's shape: the plain data (actors, ties, legend, bounds) that renderers and export draw.
import type { ActorKind } from "../schema/vocabulary";
import type { Point } from "./edgeGeometry";

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
  /** Baseline of the first label line, relative to the node centre. */
  labelDy: number;
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
  ariaLabel: string;
  dimmed: boolean;
  selected: boolean;
}

export interface LegendEntry {
  group: "actor" | "tie" | "status";
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
