// The network the app opens with: the seed document, bundled (so the single-file build and file://
// work) and passed through the same validation as every other import.
import seed from "../../data/edan-alexander-backchannel.json";
import { parseDocument, type ParseResult } from "../schema/parseDocument";

export function loadSeedDocument(): ParseResult {
  return parseDocument(seed);
}
