// The lines that credit a network's sources and date it, as the page and the exports print them.
// Pure.
import type { NetworkDocument } from "../schema/networkDocument";
import { formatPartialDate } from "../schema/partialDate";

/**
 * "Source: Quds News Network, citing Axios, 13 May 2025"; sources credited alike are named once
 * (two imported CSV tables: "Source: Imported file", not "Imported file; Imported file").
 */
export function creditLine(document: NetworkDocument): string {
  if (document.sources.length === 0) return "";
  const credits = document.sources.map((s) =>
    [s.publisher, s.cites ? `citing ${s.cites}` : "", s.date ? formatPartialDate(s.date) : ""]
      .filter(Boolean)
      .join(", "),
  );
  return `Source: ${[...new Set(credits)].join("; ")}`;
}

/** "As of 13 May 2025", or "" when the document has no date. */
export function asOfLine(document: NetworkDocument): string {
  return document.asOf ? `As of ${formatPartialDate(document.asOf)}` : "";
}
