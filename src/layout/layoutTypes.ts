// The layout's vocabulary: its input and output, its options and settings, the simulation's node.
import type { SimulationNodeDatum } from "d3-force";

export interface LayoutNode {
  id: string;
  /** Radius of the actor's symbol. */
  r: number;
  /** Size of the label drawn under the symbol (0 × 0 when labels are off). */
  labelWidth: number;
  labelHeight: number;
  /** A pinned position: the node stays exactly here. */
  fixed?: { x: number; y: number } | undefined;
}

export interface LayoutLink {
  source: string;
  target: string;
}

export type Positions = Map<string, { x: number; y: number }>;

/** The simulation's own copy of a node (d3-force mutates it). */
export interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  box: { left: number; right: number; top: number; bottom: number };
  /** The label's width and number of lines (0 without a label), for placing it. */
  labelWidth: number;
  lineCount: number;
}

export type LayoutProfile = "standard" | "large";

export interface LayoutOptions {
  /** Ticks to run; the cooling rate is set so the simulation comes to rest in exactly this many. */
  ticks?: number;
  /** Preferred length of a tie, in px. */
  linkDistance?: number;
  /** Which settings to use; "auto" (the default): the drawing plan's for this many actors. */
  profile?: LayoutProfile | "auto";
  /** Keep room for labels (box collision); default: the drawing plan's for this many actors. */
  labelRoom?: boolean;
  /** Sum repulsion over every pair; default: the drawing plan's for this many actors. */
  exactCharge?: boolean;
  /** Barnes–Hut accuracy of the many-body force (d3's 0.9; larger is faster and coarser). */
  theta?: number;
  /**
   * Use forceManyBodyReuse (largeForces.ts), rebuilding its quadtree every this many ticks (1:
   * every tick, as d3 does). The large profile's default is 13; the standard one uses d3's own.
   */
  quadtreeReuse?: number;
  /**
   * The large profile's start and forces: true (the default) for multilevelLayout.ts (community
   * levels, then d3-force); false for the earlier settings (d3's spiral start, springs), kept
   * for the bench's comparison.
   */
  multilevel?: boolean;
}

/** Everything that decides the layout, resolved from the node count and the options. */
export interface LayoutSettings {
  profile: LayoutProfile;
  ticks: number;
  linkDistance: number;
  theta: number;
  /** forceManyBodyReuse's rebuild interval; undefined for d3's own forceManyBody. */
  quadtreeReuse: number | undefined;
  /** Label-aware box collision (O(n²) per tick): only for networks that draw labels. */
  boxes: boolean;
  /** Ties pushed off other actors' labels (O(actors × ties) per tick): only for small networks. */
  tieClearance: boolean;
  /** Circle collision on a grid (symbol radius + this padding) for networks without labels. */
  collidePadding: number | undefined;
  /** Repulsion summed over every pair (forceManyBodyExact) instead of d3's quadtree. */
  exactCharge: boolean;
  /** Large profile: the multilevel layout (multilevelLayout.ts) instead of the spiral start. */
  multilevel: boolean;
}
