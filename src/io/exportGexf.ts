// Document → GEXF 1.3 that Gephi's timeline can play and NetworkX reads: a dynamic graph with date
// times, each tie an edge from the first day of its start to the last day of its end, every field
// and attribute declared and written as an attvalue. One edge type for the whole file (NetworkX
// refuses a mix): directed, unless no tie has a direction; a tie's own direction is its
// `directed` attvalue. Each placed actor has its viz:position, so Gephi shows the arrangement.
// Backchannel's header (in <meta>) and bc:fields make the file read back into the exact document.
// Hand-written (graphology-gexf's writer has no dynamics).
import { isHexColour, solidColour } from "../schema/hexColour";
import type { NetworkDocument, Position, Tie } from "../schema/networkDocument";
import { isoDay, periodEnd, periodStart, DAY_MS } from "../schema/partialDate";
import { TIE_KIND_LABELS } from "../schema/vocabulary";
import { documentHeaderJson } from "./documentHeader";
import { actorColumns, withExactFields, xmlReadBack } from "./exactRecords";
import { exportBaseName, type ExportedFile } from "./exportedFile";
import { flattenTie, type FlatField, type FlatValue } from "./flattenRecords";
import { actorFromColumns, endsOf, tieFromColumns } from "./unflattenRecords";
import { escapeXmlAttribute as attr, escapeXmlText } from "./xmlEscape";

type GexfType = "string" | "double" | "boolean";

const gexfTypeOf = (value: FlatValue): GexfType =>
  typeof value === "number" ? "double" : typeof value === "boolean" ? "boolean" : "string";

/** GEXF 1.3's visualization namespace, for each placed actor's viz:position. */
export const GEXF_VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

/**
 * An actor's place as Gephi's viz:position: Gephi's y axis points up and the picture's down, so
 * y is turned over (the importer turns it back), and Gephi shows the picture the right way up.
 */
function vizPosition(position: Position | undefined, indent: string): string[] {
  if (!position) return [];
  const y = position.y === 0 ? 0 : -position.y;
  return [`${indent}<viz:position x="${position.x}" y="${y}" z="0"/>`];
}

/**
 * An actor's or a tie's `color` attribute, when it is a hex colour (a GEXF's viz:color read in,
 * yEd's fill, a colour column), as viz:color as well: Gephi then draws it. The attribute stays,
 * so the file reads back the same.
 */
function vizColour(value: unknown, indent: string): string[] {
  if (!isHexColour(value)) return [];
  const digits = value.trim().slice(1);
  const alpha =
    digits.length === 4 || digits.length === 8
      ? parseInt(digits.length === 4 ? digits[3]!.repeat(2) : digits.slice(6), 16) / 255
      : 1;
  const rgb = solidColour(value).slice(1);
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(rgb.slice(at, at + 2), 16));
  const a = alpha < 1 ? ` a="${Math.round(alpha * 1000) / 1000}"` : "";
  return [`${indent}<viz:color r="${r}" g="${g}" b="${b}"${a}/>`];
}

/** The XML namespace of Backchannel's own element in <meta>. */
export const BACKCHANNEL_XML_NAMESPACE = "urn:x-backchannel:1";

/** Attribute declarations of one class: one per name and type, ids in order of first use. */
class AttributeTable {
  private readonly ids = new Map<string, { id: string; title: string; type: GexfType }>();
  constructor(private readonly prefix: string) {}

  idOf(field: FlatField): string {
    const type = gexfTypeOf(field.value);
    const key = `${type}\u0000${field.name}`;
    let entry = this.ids.get(key);
    if (!entry) {
      entry = { id: `${this.prefix}${this.ids.size}`, title: field.name, type };
      this.ids.set(key, entry);
    }
    return entry.id;
  }

  declarations(className: "node" | "edge"): string[] {
    if (this.ids.size === 0) return [];
    return [
      `    <attributes class="${className}" mode="static">`,
      ...[...this.ids.values()].map(
        ({ id, title, type }) =>
          `      <attribute id="${id}" title="${attr(title)}" type="${type}"/>`,
      ),
      "    </attributes>",
    ];
  }
}

function attvalues(fields: FlatField[], table: AttributeTable, indent: string): string[] {
  if (fields.length === 0) return [];
  return [
    `${indent}<attvalues>`,
    ...fields.map(
      (field) =>
        `${indent}  <attvalue for="${table.idOf(field)}" value="${attr(String(field.value))}"/>`,
    ),
    `${indent}</attvalues>`,
  ];
}

/** The tie's days for Gephi: first day of the start, last day of the end (or of the start). */
function edgeTimeAttributes(tie: Tie): string {
  const { time } = tie;
  if (!time || (time.start === undefined && time.end === undefined)) return "";
  const last = time.end ?? time.start;
  const start = time.start === undefined ? "" : ` start="${isoDay(periodStart(time.start))}"`;
  const end = last === undefined ? "" : ` end="${isoDay(periodEnd(last) - DAY_MS)}"`;
  return `${start}${end}`;
}

/** The one edge type of a file: undirected only when no tie has a direction. */
export function fileEdgeType(document: NetworkDocument): "directed" | "undirected" {
  return document.ties.length > 0 && document.ties.every((tie) => tie.directed === false)
    ? "undirected"
    : "directed";
}

export function exportGexf(document: NetworkDocument): ExportedFile {
  const nodeTable = new AttributeTable("n");
  const edgeTable = new AttributeTable("e");
  const positions = document.layout?.positions ?? {};
  const nodes = document.actors.flatMap((actor) => {
    const [, ...fields] = withExactFields(actor, actorColumns(actor), xmlReadBack, (values) =>
      actorFromColumns(actor.id, values),
    );
    return [
      `      <node id="${attr(actor.id)}" label="${attr(actor.name)}">`,
      ...attvalues(fields, nodeTable, "        "),
      ...vizColour(actor.attributes?.color, "        "),
      ...vizPosition(
        Object.hasOwn(positions, actor.id) ? positions[actor.id] : undefined,
        "        ",
      ),
      "      </node>",
    ];
  });
  const edges = document.ties.flatMap((tie) => {
    const fields = withExactFields(tie, flattenTie(tie), xmlReadBack, (values) =>
      tieFromColumns(endsOf(tie), values),
    );
    const kind = String(fields.find((field) => field.name === "kind")?.value ?? tie.kind);
    const label = tie.label ?? (kind === tie.kind ? TIE_KIND_LABELS[tie.kind] : kind);
    return [
      `      <edge id="${attr(tie.id)}" source="${attr(tie.source)}" target="${attr(tie.target)}" kind="${attr(kind)}" label="${attr(label)}"${edgeTimeAttributes(tie)}>`,
      ...attvalues(fields, edgeTable, "        "),
      ...vizColour(tie.attributes?.color, "        "),
      "      </edge>",
    ];
  });
  const description =
    document.description === undefined
      ? []
      : [`    <description>${escapeXmlText(document.description)}</description>`];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="${GEXF_VIZ_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`,
    "  <meta>",
    "    <creator>Backchannel</creator>",
    ...description,
    `    <bc:document xmlns:bc="${BACKCHANNEL_XML_NAMESPACE}">${escapeXmlText(documentHeaderJson(document))}</bc:document>`,
    "  </meta>",
    `  <graph mode="dynamic" defaultedgetype="${fileEdgeType(document)}" timeformat="date">`,
    ...nodeTable.declarations("node"),
    ...edgeTable.declarations("edge"),
    "    <nodes>",
    ...nodes,
    "    </nodes>",
    "    <edges>",
    ...edges,
    "    </edges>",
    "  </graph>",
    "</gexf>",
    "",
  ];
  return {
    fileName: `${exportBaseName(document)}.gexf`,
    mimeType: "application/gexf+xml",
    text: lines.join("\n"),
  };
}
