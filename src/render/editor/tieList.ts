// A short list of ties for the confirmations ("A → B: message, 22 April 2025"), the first ten
// and then "and 37 more", so a dialog stays readable however many ties are involved.
import { h } from "../../dom/elements";
import { tieLabel } from "../../edit/editCommands";
import type { NetworkDocument, Tie } from "../../schema/networkDocument";
import { shortTieTime } from "../../schema/tieTime";
import { TIE_KIND_LABELS } from "../../schema/vocabulary";

export const LISTED_TIES = 10;

export function describeTie(doc: NetworkDocument, tie: Tie): string {
  return `${tieLabel(doc, tie)}: ${TIE_KIND_LABELS[tie.kind]}, ${shortTieTime(tie.time)}`;
}

export function tieListElement(
  doc: NetworkDocument,
  ties: readonly Tie[],
  attributes: Record<string, string> = {},
): HTMLUListElement {
  const more = ties.length - LISTED_TIES;
  return h(
    "ul",
    { class: "tie-list", ...attributes },
    ...ties.slice(0, LISTED_TIES).map((tie) => h("li", {}, describeTie(doc, tie))),
    more > 0 ? h("li", { class: "more" }, `and ${more} more`) : null,
  );
}
