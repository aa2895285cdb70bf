// Document → Backchannel JSON, lossless: every field in the schema's order (the order of the zod
// shapes), 2-space indent, so the same document always gives the same text and a re-import gives
// back an identical document.
import {
  ActorSchema,
  DOCUMENT_FIELDS,
  EvidenceSchema,
  LayoutSchema,
  PositionSchema,
  SourceSchema,
  TieCountSchema,
  TieSchema,
  TieTimeSchema,
  type NetworkDocument,
  type Tie,
} from "../schema/networkDocument";
import { exportBaseName, type ExportedFile } from "./exportedFile";

const keysOf = (schema: { shape: object }): string[] => Object.keys(schema.shape);

/** The record's own fields in the given order; fields it leaves out stay out. */
function inOrder(record: object, keys: readonly string[]): Record<string, unknown> {
  const entries = Object.entries(record);
  const byKey = new Map(entries);
  const ordered: [string, unknown][] = [];
  for (const key of keys) if (byKey.get(key) !== undefined) ordered.push([key, byKey.get(key)]);
  for (const [key, value] of entries)
    if (!keys.includes(key) && value !== undefined) ordered.push([key, value]);
  return Object.fromEntries(ordered);
}

function canonicalTie(tie: Tie): Record<string, unknown> {
  return inOrder(
    {
      ...tie,
      ...(tie.time ? { time: inOrder(tie.time, keysOf(TieTimeSchema)) } : {}),
      ...(tie.count ? { count: inOrder(tie.count, keysOf(TieCountSchema)) } : {}),
      evidence: tie.evidence.map((evidence) => inOrder(evidence, keysOf(EvidenceSchema))),
    },
    keysOf(TieSchema),
  );
}

/** The document with its keys in canonical order (the values are the same objects). */
export function canonicalDocument(document: NetworkDocument): Record<string, unknown> {
  const layout = document.layout && {
    ...inOrder(document.layout, keysOf(LayoutSchema)),
    positions: Object.fromEntries(
      Object.entries(document.layout.positions).map(([id, position]) => [
        id,
        inOrder(position, keysOf(PositionSchema)),
      ]),
    ),
  };
  return inOrder(
    {
      ...document,
      sources: document.sources.map((source) => inOrder(source, keysOf(SourceSchema))),
      actors: document.actors.map((actor) => inOrder(actor, keysOf(ActorSchema))),
      ties: document.ties.map(canonicalTie),
      ...(layout ? { layout } : {}),
    },
    DOCUMENT_FIELDS,
  );
}

export function exportDocumentJson(document: NetworkDocument): ExportedFile {
  return {
    fileName: `${exportBaseName(document)}.backchannel.json`,
    mimeType: "application/json",
    text: `${JSON.stringify(canonicalDocument(document), null, 2)}\n`,
  };
}
