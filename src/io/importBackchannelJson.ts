// A Backchannel document file (`"format": "backchannel/1"`) → document: the schema's own parser,
// nothing to map.
import { parseDocumentText } from "../schema/parseDocument";
import type { ImportFile, ImportResult } from "./importResult";

export function importBackchannelJson(file: ImportFile): ImportResult {
  const result = parseDocumentText(file.text.replace(/^\uFEFF/, ""));
  return result.ok ? { ok: true, document: result.document, warnings: [] } : result;
}
