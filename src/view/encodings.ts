// Visual encodings shared by the screen, the legend and the exports: actor kind → colour and
// shape, tie family → colour, tie status → dash. Colours are the Okabe–Ito colour-blind-safe set;
// every colour has a redundant encoding (shape for actors, dash for status).
import type { ActorKind, TieFamily, TieStatusKey } from "../schema/vocabulary";

export type SymbolName = "circle" | "square" | "diamond" | "triangle" | "star" | "wye";

export interface ActorEncoding {
  fill: string;
  symbol: SymbolName;
}

export const ACTOR_ENCODINGS = {
  person: { fill: "#0072B2", symbol: "circle" },
  organisation: { fill: "#E69F00", symbol: "square" },
  government: { fill: "#009E73", symbol: "diamond" },
  "armed-group": { fill: "#D55E00", symbol: "triangle" },
  media: { fill: "#CC79A7", symbol: "star" },
  other: { fill: "#6E6E6E", symbol: "wye" },
} as const satisfies Record<ActorKind, ActorEncoding>;

export interface TieFamilyEncoding {
  stroke: string;
  width: number;
  label: string;
}

export const TIE_FAMILY_ENCODINGS = {
  communication: { stroke: "#2F3E56", width: 1.8, label: "Communication" },
  structural: { stroke: "#8E99A8", width: 1.3, label: "Structural relation" },
  action: { stroke: "#9A5B13", width: 1.8, label: "Action (guarantee, release)" },
  // A warm grey, claiming no family: ΔE ≥ 24 (CIELAB) from the three above in normal, protan,
  // deutan and tritan vision (Machado et al. 2009), 6.1:1 on white; thin, like a relation.
  other: { stroke: "#6C605A", width: 1.3, label: "Other or not stated" },
} as const satisfies Record<TieFamily, TieFamilyEncoding>;

export interface TieStatusEncoding {
  /** SVG stroke-dasharray; "" is solid. */
  dash: string;
  label: string;
}

/**
 * Inferred ties are dash-dot (the editor's reading, not the source's words); ties whose file
 * states no status get a fine, even stitch of their own, never the "reported" dash.
 */
export const TIE_STATUS_ENCODINGS = {
  confirmed: { dash: "", label: "Confirmed" },
  reported: { dash: "7 4", label: "Reported" },
  alleged: { dash: "2 4", label: "Alleged" },
  denied: { dash: "1 6", label: "Denied" },
  inferred: { dash: "8 3 1.5 3", label: "Inferred: the reporting implies it" },
  "not-stated": { dash: "3 2", label: "Status not stated in the file" },
} as const satisfies Record<TieStatusKey, TieStatusEncoding>;

export const THEME = {
  background: "#FFFFFF",
  ink: "#1B1F24",
  mutedInk: "#4A5260",
  nodeStroke: "#FFFFFF",
  halo: "#FFFFFF",
  selection: "#1B1F24",
  highlight: "#B8005C",
  // The picture's face, the same on screen and in the export, and the one label sizes are
  // measured on (labels.ts): DejaVu Sans is what Chromium, resvg, librsvg and Inkscape all find
  // on Debian; Verdana (Windows, macOS) and Bitstream Vera (DejaVu's parent) have its widths.
  // system-ui resolved to different faces in different renderers, so an export read differently.
  fontFamily: '"DejaVu Sans", Verdana, "Bitstream Vera Sans", sans-serif',
  labelSize: 12,
  labelLineHeight: 14,
  dimOpacity: 0.15,
} as const;

/** Radius of an actor's symbol before any "size by" scaling. */
export const BASE_RADIUS = 9;
