// The accessible table view: every actor and tie of the current view as HTML tables, the long
// description the picture needs (WAI complex images). Text only; user data never becomes markup.
import { joinNames } from "../dom/elements";
import type { NetworkDocument, Tie } from "../schema/networkDocument";
import {
  ACTOR_KIND_LABELS,
  TIE_KIND_LABELS,
  TIE_STATUS_LABELS,
  tieKindWord,
} from "../schema/vocabulary";
import { formatTieTime, tieSortKey } from "../schema/tieTime";

/** A cell's text, or its parts (names kept apart in <bdi>: "A → B"). */
type CellContent = string | readonly (Node | string)[];

function cell(tag: "td" | "th", content: CellContent): HTMLTableCellElement {
  const element = document.createElement(tag);
  if (typeof content === "string") element.textContent = content;
  else element.append(...content);
  if (tag === "th") element.scope = "col";
  return element;
}

function table(caption: string, headers: string[], rows: CellContent[][]): HTMLTableElement {
  const element = document.createElement("table");
  element.createCaption().textContent = caption;
  const head = element.createTHead().insertRow();
  for (const header of headers) head.append(cell("th", header));
  const body = element.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((content, i) => {
      const c = cell(i === 0 ? "th" : "td", content);
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
        joinNames(
          [names.get(t.source) ?? t.source, names.get(t.target) ?? t.target],
          t.directed === false ? " ↔ " : " → ",
        ),
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
