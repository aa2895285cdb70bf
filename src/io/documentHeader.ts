// The document's own fields — title, description, as-of, sources, layout and any top-level field
// the schema gains later: everything but the actors and ties — as one JSON value, bc:document,
// that the GEXF, GraphML and CSV exports carry once. A file with it is read back exactly
// (documentFromBackchannel); without it, it is read as any other tool's file.
import { DOCUMENT_FIELDS, FORMAT_TAG, type NetworkDocument } from "../schema/networkDocument";
import { canonicalDocument } from "./exportDocumentJson";
import { jsonText } from "./exactRecords";

/** Fields the header leaves to the file's own structure. */
const STRUCTURE = new Set<string>(["actors", "ties"]);

export function documentHeaderJson(document: NetworkDocument): string {
  const canonical = canonicalDocument(document);
  return jsonText(
    Object.fromEntries(Object.entries(canonical).filter(([key]) => !STRUCTURE.has(key))),
  );
}

export type DocumentHeader = Record<string, unknown> & { format: typeof FORMAT_TAG };

/** The header's fields, or why it cannot be used (then the file is read as a foreign one). */
export function readDocumentHeader(
  text: string,
): { ok: true; header: DocumentHeader } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "is not JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, message: "is not a JSON object" };
  const record = value as Record<string, unknown>;
  if (record.format !== FORMAT_TAG)
    return {
      ok: false,
      message: `is not a ${FORMAT_TAG} header (format ${String(record.format)})`,
    };
  const header = Object.fromEntries(
    DOCUMENT_FIELDS.filter((key) => !STRUCTURE.has(key) && record[key] !== undefined).map((key) => [
      key,
      record[key],
    ]),
  );
  // A field this version does not know is kept, for the schema to name.
  for (const [key, field] of Object.entries(record))
    if (!STRUCTURE.has(key) && !(key in header) && key !== "__proto__") header[key] = field;
  return { ok: true, header: header as DocumentHeader };
}
