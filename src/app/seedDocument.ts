// The network the app opens with when its page carries none (a page built without the prerender
// step, e.g. served raw): the seed document, loaded on demand (so the single-file build and
// file:// work) and passed through the same validation as every other import.
import { parseDocument, type ParseResult } from "../schema/parseDocument";

export async function loadSeedDocument(): Promise<ParseResult> {
  const seed = await import("../../data/edan-alexander-backchannel.json");
  return parseDocument(seed.default);
}
