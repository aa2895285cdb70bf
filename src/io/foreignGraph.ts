// The shape every foreign format is read into before it becomes a document: nodes and edges with
// their original ids and a bag of named values, plus where each came from (for messages).

/** A value as a foreign file gives it; lists come from JSON formats (e.g. aliases). */
export type ForeignValue = string | number | boolean | null | readonly string[];

/** Named values in file order; a Map so that a key such as "__proto__" stays plain data. */
export type ValueBag = Map<string, ForeignValue>;

export interface ForeignNode {
  /** The id as written in the file. */
  id: string;
  /** Where the node is, for messages: `nodes.csv row 3`, `network.gexf node "a"`. */
  origin: string;
  values: ValueBag;
  /** Where the file places the node, already in the picture's axes (y pointing down), when the
   * format gives it outside the values (GEXF's viz:position, yEd's geometry). */
  position?: { x: number; y: number };
}

/** Time a format gives outside the value bag (GEXF start/end/timestamp and spells). */
export interface ForeignTime {
  start?: string;
  end?: string;
  /** The spells as written, kept in attributes.spells. */
  spells?: string;
}

export interface ForeignEdge {
  /** The id as written in the file; undefined when the file gives none. */
  id?: string;
  source: string;
  target: string;
  directed: boolean;
  /** The file the edge comes from: its summary and evidence name it. */
  file: string;
  origin: string;
  values: ValueBag;
  time?: ForeignTime;
}

export interface ForeignGraph {
  /** Every file read, in order; each becomes a source of the document. */
  files: string[];
  title?: string;
  description?: string;
  asOf?: string;
  /** Backchannel's bc:document, when the file is one of its exports (see documentHeader). */
  header?: string;
  nodes: ForeignNode[];
  edges: ForeignEdge[];
  /**
   * Whether the nodes' numeric "x" and "y" values are a position, and which way the file's y axis
   * points: up for Gephi's and sigma's coordinates, down for d3's (SVG's). Absent: they are not.
   */
  coordinates?: "y-up" | "y-down";
  /** True when the format has no node list of its own (an edges CSV alone): actors are expected
   * to come from edge ends, so adding them is no cause for a warning. */
  nodesFromEdges?: boolean;
  warnings: string[];
}
