// Document → GraphML (no writer library exists): typed keys named by attr.name; one edge default
// for the file (NetworkX refuses `directed="false"` edges in a directed graph), a tie's own
// direction in its `directed` data; the document's title, description and date as graph data;
// each placed actor's x and y, which Gephi reads as its position.
// Backchannel's header (bc:document) and bc:fields make the file read back into the exact document.
import type { NetworkDocument, Position } from "../schema/networkDocument";
import { documentHeaderJson } from "./documentHeader";
import { actorColumns, withExactFields, xmlReadBack } from "./exactRecords";
import { exportBaseName, type ExportedFile } from "./exportedFile";
import { fileEdgeType } from "./exportGexf";
import { BC_DOCUMENT } from "./fieldNames";
import { flattenTie, type FlatField, type FlatValue } from "./flattenRecords";
import { actorFromColumns, endsOf, tieFromColumns } from "./unflattenRecords";
import { escapeXmlAttribute as attr, escapeXmlText } from "./xmlEscape";

type GraphmlType = "string" | "double" | "boolean";
type Domain = "graph" | "node" | "edge";

const graphmlTypeOf = (value: FlatValue): GraphmlType =>
  typeof value === "number" ? "double" : typeof value === "boolean" ? "boolean" : "string";

/** One <key> per domain, name and type, ids in order of first use. */
function createKeyTable() {
  const keys = new Map<string, { id: string; domain: Domain; name: string; type: GraphmlType }>();
  return {
    idOf(domain: Domain, field: FlatField): string {
      const type = graphmlTypeOf(field.value);
      const mapKey = `${domain}\u0000${type}\u0000${field.name}`;
      let key = keys.get(mapKey);
      if (!key) {
        key = { id: `${domain[0] ?? "k"}${keys.size}`, domain, name: field.name, type };
        keys.set(mapKey, key);
      }
      return key.id;
    },
    declarations(): string[] {
      return [...keys.values()].map(
        ({ id, domain, name, type }) =>
          `  <key id="${id}" for="${domain}" attr.name="${attr(name)}" attr.type="${type}"/>`,
      );
    },
  };
}

/**
 * An actor's place as the data Gephi's GraphML reader takes for one (keys named x and y), its y
 * turned over as in GEXF (Gephi's y axis points up).
 */
function positionFields(position: Position | undefined): FlatField[] {
  if (!position) return [];
  return [
    { name: "x", value: position.x },
    { name: "y", value: position.y === 0 ? 0 : -position.y },
  ];
}

export function exportGraphml(document: NetworkDocument): ExportedFile {
  const keys = createKeyTable();
  const data = (domain: Domain, fields: FlatField[], indent: string) =>
    fields.map(
      (field) =>
        `${indent}<data key="${keys.idOf(domain, field)}">${escapeXmlText(String(field.value))}</data>`,
    );
  const graphFields: FlatField[] = [
    { name: "title", value: document.title },
    ...(document.description !== undefined
      ? [{ name: "description", value: document.description }]
      : []),
    ...(document.asOf !== undefined ? [{ name: "asOf", value: document.asOf }] : []),
    { name: BC_DOCUMENT, value: documentHeaderJson(document) },
  ];
  const graphData = data("graph", graphFields, "    ");
  const positions = document.layout?.positions ?? {};
  const nodes = document.actors.flatMap((actor) => [
    `    <node id="${attr(actor.id)}">`,
    ...data(
      "node",
      [
        ...withExactFields(actor, actorColumns(actor), xmlReadBack, (values) =>
          actorFromColumns(actor.id, values),
        ),
        ...positionFields(Object.hasOwn(positions, actor.id) ? positions[actor.id] : undefined),
      ],
      "      ",
    ),
    "    </node>",
  ]);
  const edges = document.ties.flatMap((tie) => [
    `    <edge id="${attr(tie.id)}" source="${attr(tie.source)}" target="${attr(tie.target)}">`,
    ...data(
      "edge",
      withExactFields(tie, flattenTie(tie), xmlReadBack, (values) =>
        tieFromColumns(endsOf(tie), values),
      ),
      "      ",
    ),
    "    </edge>",
  ]);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.declarations(),
    `  <graph id="G" edgedefault="${fileEdgeType(document)}">`,
    ...graphData,
    ...nodes,
    ...edges,
    "  </graph>",
    "</graphml>",
    "",
  ];
  return {
    fileName: `${exportBaseName(document)}.graphml`,
    mimeType: "application/graphml+xml",
    text: lines.join("\n"),
  };
}
