// How the editor names records in its buttons and messages ("Undo: add tie Bahbah → Witkoff"):
// apart from the commands, so the edit bar can name the selection before they are loaded.
import type { NetworkDocument, Tie } from "../schema/networkDocument";

/** A name short enough for a button: "Undo: delete actor Hamas official outside G…". */
export function shortName(name: string, max = 32): string {
  const clean = name.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

export function actorName(doc: NetworkDocument, id: string): string {
  const actor = doc.actors.find((a) => a.id === id);
  return shortName(actor?.name ?? id);
}

export function tieLabel(doc: NetworkDocument, tie: Pick<Tie, "source" | "target">): string {
  return `${actorName(doc, tie.source)} → ${actorName(doc, tie.target)}`;
}
