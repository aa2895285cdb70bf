// What every exporter gives back: a file name, its media type and its text, ready for a download.
import type { NetworkDocument } from "../schema/networkDocument";
import { slugify } from "./slugIds";

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** "The back-channel behind…" → "the-back-channel-behind…"; "network" when nothing is left. */
export function exportBaseName(document: NetworkDocument): string {
  return (
    slugify(document.title)
      .slice(0, 80)
      .replace(/[-.]+$/, "") || "network"
  );
}
