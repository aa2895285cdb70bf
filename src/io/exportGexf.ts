// Document → GEXF 1.3 that Gephi's timeline can play: a dynamic graph with date times, each tie an
// edge from the first day of its start to the last day of its end, every field and attribute
// declared and written as an attvalue. Hand-written (graphology-gexf's writer has no dynamics).
import type { NetworkDocument, Tie } from "../schema/networkDocument";
import { isoDay, periodEnd, periodStart, DAY_MS } from "../schema/partialDate";
import { TIE_KIND_LABELS } from "../schema/vocabulary";
import { exportBaseName, type ExportedFile } from "./exportedFile";
import { flattenActor, flattenTie, type FlatField, type FlatValue } from "./flattenRecords";
import { escapeXmlAttribute as attr, escapeXmlText } from "./xmlEscape";

type GexfType = "string" | "double" | "boolean";

const gexfTypeOf = (value: FlatValue): GexfType =>
  typeof value === "number" ? "double" : typeof value === "boolean" ? "boolean" : "string";

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

export function exportGexf(document: NetworkDocument): ExportedFile {
  const nodeTable = new AttributeTable("n");
  const edgeTable = new AttributeTable("e");
  const nodes = document.actors.flatMap((actor) => [
    `      <node id="${attr(actor.id)}" label="${attr(actor.name)}">`,
    ...attvalues(flattenActor(actor), nodeTable, "        "),
    "      </node>",
  ]);
  const edges = document.ties.flatMap((tie) => {
    const fields = flattenTie(tie);
    const kind = String(fields.find((field) => field.name === "kind")?.value ?? tie.kind);
    const label = tie.label ?? (kind === tie.kind ? TIE_KIND_LABELS[tie.kind] : kind);
    const type = tie.directed === false ? ' type="undirected"' : "";
    return [
      `      <edge id="${attr(tie.id)}" source="${attr(tie.source)}" target="${attr(tie.target)}"${type} kind="${attr(kind)}" label="${attr(label)}"${edgeTimeAttributes(tie)}>`,
      ...attvalues(fields, edgeTable, "        "),
      "      </edge>",
    ];
  });
  const description =
    document.description === undefined
      ? []
      : [`    <description>${escapeXmlText(document.description)}</description>`];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    "  <meta>",
    "    <creator>Backchannel</creator>",
    ...description,
    "  </meta>",
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">',
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
