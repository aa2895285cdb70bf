// The accessible table view: every actor and tie of the current view as HTML tables, the long
// description the picture needs (WAI complex images). Text only; user data never becomes markup.
import type { NetworkDocument, Tie } from "../schema/networkDocument";
import {
  ACTOR_KIND_LABELS,
  TIE_KIND_LABELS,
  TIE_STATUS_LABELS,
  tieKindWord,
} from "../schema/vocabulary";
import { formatTieTime, tieSortKey } from "../schema/tieTime";

function cell(tag: "td" | "th", text: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (tag === "th") element.scope = "col";
  return element;
}

function table(caption: string, headers: string[], rows: string[][]): HTMLTableElement {
  const element = document.createElement("table");
  element.createCaption().textContent = caption;
  const head = element.createTHead().insertRow();
  for (const header of headers) head.append(cell("th", header));
  const body = element.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((text, i) => {
      const c = cell(i === 0 ? "th" : "td", text);
      if (i === 0) c.scope = "row";
      tr.append(c);
    });
  }
  return element;
}

/** "call (as written: phoned)"; a word of the file's own when its kind is "other". */
function kindCell(kind: Tie["kind"], label: string | undefined): string {
  const word = tieKindWord(kind, label);
  return label !== undefined && word !== label && label.toLowerCase() !== TIE_KIND_LABELS[kind]
    ? `${word} (as written: ${label})`
    : word;
}

export function renderTableView(
  root: HTMLElement,
  document: NetworkDocument,
  visibleTies: ReadonlySet<string> | undefined = undefined,
): void {
  const names = new Map(document.actors.map((a) => [a.id, a.name]));
  const sources = new Map(document.sources.map((s) => [s.id, s]));
  const ties = document.ties
    .filter((t) => visibleTies === undefined || visibleTies.has(t.id))
    .sort((a, b) => tieSortKey(a.time) - tieSortKey(b.time));
  root.replaceChildren(
    table(
      `Actors (${document.actors.length})`,
      ["Name", "Kind", "Role", "Affiliations", "Description"],
      document.actors.map((a) => [
        a.name,
        ACTOR_KIND_LABELS[a.kind],
        a.role ?? "not stated",
        (a.affiliations ?? []).join("; "),
        a.description ?? "",
      ]),
    ),
    table(
      `Ties (${ties.length})`,
      ["Tie", "Kind", "Date", "Status", "Summary", "Editor's note", "Evidence"],
      ties.map((t) => [
        `${names.get(t.source) ?? t.source} ${t.directed === false ? "↔" : "→"} ${names.get(t.target) ?? t.target}`,
        kindCell(t.kind, t.label),
        formatTieTime(t.time),
        t.status === undefined ? "not stated in the file" : TIE_STATUS_LABELS[t.status],
        t.summary ?? "",
        t.note ?? "",
        t.evidence
          .map((e) => `${e.attribution} (${sources.get(e.source)?.publisher ?? e.source})`)
          .join("; "),
      ]),
    ),
  );
}
