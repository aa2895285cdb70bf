// What Backchannel opens, stated up front and checked before the page does the work: the files'
// total size (before they are read), the network's actors and ties (in the import worker, before
// the page receives the document) and the length of each text (cut on import, with a warning).
// The numbers and how they were measured are in the README ("Limits and safety").
import type { NetworkDocument } from "../schema/networkDocument";
import type { Problem } from "../schema/parseDocument";

export const IMPORT_LIMITS = {
  /** Files picked together above this many bytes are refused before they are read. */
  maxBytes: 32 * 1024 * 1024,
  /** Above this many actors or ties the page asks first: it opens, but not in a moment. */
  askActors: 5_000,
  askTies: 15_000,
  /** Above this many actors or ties a network is refused: beyond what the canvas path draws. */
  maxActors: 50_000,
  maxTies: 250_000,
  /** One-line texts (names, aliases, roles, titles, attributions, attribute names) are cut here. */
  maxLineLength: 1_000,
  /** Longer texts (descriptions, summaries, notes, attribute values) are cut here. */
  maxTextLength: 20_000,
  /** Warnings and problems listed in full; the rest are counted ("and 199,992 more"). */
  listedMessages: 8,
  /** A message longer than this (one quoting a whole file's worth of ids) is cut. */
  maxMessageLength: 400,
} as const;

/** How big a network is, for the question asked before opening a large one. */
export interface NetworkSize {
  actors: number;
  ties: number;
}

const count = (n: number) => n.toLocaleString("en");

/** "12.3 MB" (decimal megabytes, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${count(Math.ceil(bytes / 1000))} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Files too big to read at all, as the problem to show; undefined when they may be read. */
export function checkFileSizes(
  files: readonly { name: string; size: number }[],
): Problem | undefined {
  let total = 0;
  for (const file of files) total += file.size;
  if (total <= IMPORT_LIMITS.maxBytes) return undefined;
  return {
    path: files.map((file) => file.name).join(", "),
    message: `${formatBytes(total)} is more than Backchannel opens (${formatBytes(IMPORT_LIMITS.maxBytes)}); nothing was read`,
  };
}

export type SizeCheck =
  | { verdict: "fine" }
  | { verdict: "ask"; size: NetworkSize }
  | { verdict: "refuse"; message: string };

/** Whether a network opens as it is, after asking, or not at all. */
export function checkNetworkSize(document: Pick<NetworkDocument, "actors" | "ties">): SizeCheck {
  const size = { actors: document.actors.length, ties: document.ties.length };
  if (size.actors > IMPORT_LIMITS.maxActors || size.ties > IMPORT_LIMITS.maxTies)
    return {
      verdict: "refuse",
      message: `${describeSize(size)} is more than Backchannel draws (at most ${count(IMPORT_LIMITS.maxActors)} actors and ${count(IMPORT_LIMITS.maxTies)} ties)`,
    };
  if (size.actors > IMPORT_LIMITS.askActors || size.ties > IMPORT_LIMITS.askTies)
    return { verdict: "ask", size };
  return { verdict: "fine" };
}

/** "12,000 actors and 130,000 ties". */
export function describeSize(size: NetworkSize): string {
  return `${count(size.actors)} actor${size.actors === 1 ? "" : "s"} and ${count(size.ties)} tie${size.ties === 1 ? "" : "s"}`;
}

/** The question asked before a large network opens. */
export function largeNetworkQuestion(
  names: readonly string[],
  size: NetworkSize,
): { title: string; text: string; yes: string; no: string } {
  const text = `${names.join(", ")} has ${describeSize(size)}: more than Backchannel opens in a moment (${count(IMPORT_LIMITS.askActors)} actors or ${count(IMPORT_LIMITS.askTies)} ties). Opening it and laying it out can take from several seconds to a minute, and the page may pause meanwhile.`;
  return { title: "Open a large network?", text, yes: "Open anyway", no: "Cancel" };
}
