// The column and attribute names that map to document fields, shared by the importers (what they
// recognise, case- and punctuation-insensitively) and the exporters (what they write, and which
// extra attribute names they must set apart so a re-import does not mistake them for fields).

/** "Time Interval", "time_interval" and "timeInterval" all become "timeinterval". */
/** Files repeat the same few column names on every row: each is normalized once (bounded). */
const normalized = new Map<string, string>();

export function normalizeKey(key: string): string {
  let result = normalized.get(key);
  if (result === undefined) {
    result = key.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    if (normalized.size >= 10_000) normalized.clear();
    normalized.set(key, result);
  }
  return result;
}

export const ACTOR_FIELD_KEYS = {
  name: ["label", "name"],
  kind: ["kind"],
  type: ["type"],
  role: ["role"],
  aliases: ["aliases", "alias"],
  affiliations: ["affiliations", "affiliation"],
  description: ["description"],
} as const;

export const TIE_FIELD_KEYS = {
  kind: ["kind"],
  type: ["type"],
  /** Cytoscape names a tie's type its "interaction". */
  relation: ["relation", "relationship", "relationtype", "interaction"],
  directed: ["directed"],
  /** Kumu's Direction column: directed, undirected or mutual. */
  direction: ["direction"],
  status: ["status"],
  /** Not a plain "note": files use that for their own notes, which are no editor's reasoning. */
  note: ["editornote", "editorsnote"],
  summary: ["summary"],
  description: ["description"],
  /** Gephi's GraphML calls a tie's label "Edge Label". */
  label: ["label", "edgelabel"],
  attribution: ["attribution"],
  quote: ["quote"],
  start: ["timestart", "start", "startdate", "datestart"],
  end: ["timeend", "end", "enddate", "dateend"],
  /** Date in German and Dutch (Datum), Spanish (Fecha), French (Date) too. */
  point: ["date", "timestamp", "day", "datum", "fecha"],
  timeset: ["timeset", "timeinterval", "interval", "intervals", "timestamps"],
  approximate: ["timeapproximate", "approximate"],
  timeLabel: ["timelabel"],
  count: ["count"],
  countApproximate: ["countapproximate"],
  countUnit: ["countunit"],
} as const;

/** An actor's place, as Gephi's GraphML and graphology's and d3's JSON write it (the exports write
 * it to GraphML; the layout itself travels in bc:document). */
export const POSITION_KEYS = ["x", "y"] as const;

/** Names the exporters write for their own purposes (ids, ends, evidence sources). */
const STRUCTURAL_KEYS = ["id", "source", "target", "sources"];

/** Prefix that marks an extra attribute whose own name would read as a field. */
export const ATTRIBUTE_PREFIX = "attributes.";

const reservedFor = (fields: Record<string, readonly string[]>): Set<string> =>
  new Set([...Object.values(fields).flat(), ...STRUCTURAL_KEYS]);

const RESERVED = {
  actor: reservedFor({ ...ACTOR_FIELD_KEYS, position: POSITION_KEYS }),
  tie: reservedFor(TIE_FIELD_KEYS),
};

/**
 * Backchannel's own attributes in the files it writes, set apart by this prefix: Gephi and NetworkX
 * show them as ordinary columns, and Backchannel reads them back into the exact document.
 */
export const BACKCHANNEL_PREFIX = "bc:";
/** The document's own fields (title, description, as-of, sources, layout…) as JSON, once a file. */
export const BC_DOCUMENT = "bc:document";
/** A record's fields that its readable columns cannot carry exactly, as a JSON object. */
export const BC_FIELDS = "bc:fields";

/** The name an extra attribute is written under: its own, unless that reads as a field. */
export function exportedAttributeName(record: "actor" | "tie", key: string): string {
  return RESERVED[record].has(normalizeKey(key)) ||
    key.startsWith(ATTRIBUTE_PREFIX) ||
    key.startsWith(BACKCHANNEL_PREFIX)
    ? `${ATTRIBUTE_PREFIX}${key}`
    : key;
}

/** The attribute name a foreign key is kept under: the prefix written above is taken off. */
export function importedAttributeName(key: string): string {
  return key.startsWith(ATTRIBUTE_PREFIX) ? key.slice(ATTRIBUTE_PREFIX.length) : key;
}
