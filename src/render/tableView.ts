// The accessible table view: every actor and tie of the current view as HTML tables, the long
// description the picture needs (WAI complex images). Each column sorts from a button in its
// header (aria-sort says how); each row's name is a button that selects its actor or tie, and
// the selected row is marked. Text only; user data never becomes markup. Rows are drawn a page
// at a time (pagedList.ts): the tables stay real tables, the caption gives the full count and
// "Show 200 more ties" adds rows in the order the table is sorted.
import type { NetworkDocument, Tie } from "../schema/networkDocument";
import type { Selection } from "../state/appState";
import {
  ACTOR_KIND_LABELS,
  TIE_KIND_LABELS,
  TIE_STATUS_LABELS,
  tieKindWord,
} from "../schema/vocabulary";
import { formatTieTime, tieSortKey } from "../schema/tieTime";
import { h, joinNames } from "../dom/elements";
import { pageRows } from "./pagedList";

/** Rows per page in the tables. */
export const TABLE_PAGE = 200;

export interface TableViewCallbacks {
  /** A row's button was pressed: select its actor or tie. */
  onSelect(selection: NonNullable<Selection>): void;
}

/** A cell's text, or its parts (names kept apart in <bdi>: "A → B"). */
type CellContent = string | readonly (Node | string)[];

const textOf = (content: CellContent | undefined): string =>
  content === undefined
    ? ""
    : typeof content === "string"
      ? content
      : content
          .map((part) => (typeof part === "string" ? part : (part.textContent ?? "")))
          .join("");

interface Row {
  /** What the row stands for: its button selects it. */
  selection: NonNullable<Selection>;
  cells: CellContent[];
  /** Per column, what it sorts by when it is not the text (dates sort by time). */
  keys?: (number | undefined)[];
}

type Direction = "ascending" | "descending";

/** How each table is sorted, kept across redraws of the same root (a new view of the data). */
const sorting = new WeakMap<HTMLElement, Map<string, { column: number; direction: Direction }>>();

/** What each root last marked as selected, to mark it again after a sort. */
const marked = new WeakMap<HTMLElement, Selection>();

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Columns of sentences: on a narrow screen they keep room for a few words a line (styles.css). */
const PROSE = new Set(["Description", "Summary", "Editor's note", "Evidence"]);

/** The table (sortable, a page of rows at a time) and its "Show more" controls after it. */
function table(
  root: HTMLElement,
  name: string,
  caption: string,
  headers: string[],
  rows: Row[],
  callbacks: TableViewCallbacks,
): HTMLElement {
  const element = h("table", { "data-table": name });
  const block = h("div", { class: "table-block" }, element);
  let controls: HTMLElement | null = null;
  element.createCaption().textContent = caption;
  const head = element.createTHead().insertRow();
  const body = element.createTBody();
  const headerCells = headers.map((header, column) => {
    const button = h("button", { type: "button", class: "sort-button" }, header);
    const th = h("th", { scope: "col", ...(PROSE.has(header) ? { class: "prose" } : {}) }, button);
    button.addEventListener("click", () => {
      const sorted = sorting.get(root)?.get(name);
      const direction: Direction =
        sorted?.column === column && sorted.direction === "ascending" ? "descending" : "ascending";
      const tables = sorting.get(root) ?? new Map();
      tables.set(name, { column, direction });
      sorting.set(root, tables);
      fill();
    });
    head.append(th);
    return th;
  });
  const fill = () => {
    const sorted = sorting.get(root)?.get(name);
    headerCells.forEach((th, column) => {
      if (sorted?.column === column) th.setAttribute("aria-sort", sorted.direction);
      else th.removeAttribute("aria-sort");
    });
    const order = rows.map((row, index) => ({ row, index }));
    if (sorted) {
      const { column, direction } = sorted;
      const sign = direction === "ascending" ? 1 : -1;
      const byTime = rows.some((row) => row.keys?.[column] !== undefined);
      order.sort((a, b) => {
        const ka = a.row.keys?.[column] ?? NaN;
        const kb = b.row.keys?.[column] ?? NaN;
        // undated rows go last whichever way the dates sort
        if (byTime && Number.isFinite(ka) !== Number.isFinite(kb))
          return Number.isFinite(ka) ? -1 : 1;
        const byKey =
          byTime && Number.isFinite(ka)
            ? ka - kb
            : collator.compare(textOf(a.row.cells[column]), textOf(b.row.cells[column]));
        // equal rows keep the document's order, whichever way the column sorts
        return sign * byKey || a.index - b.index;
      });
    }
    // a page at a time: a network's ties are too many to draw at once
    body.replaceChildren();
    controls?.remove();
    controls = pageRows({
      container: body,
      total: order.length,
      row: (index) => {
        const tr = rowElement(order[index]!.row, callbacks);
        markRow(tr, marked.get(root) ?? null);
        return tr;
      },
      noun: name,
      pageSize: TABLE_PAGE,
    });
    if (controls) block.append(controls);
  };
  fill();
  return block;
}

function markRow(tr: HTMLTableRowElement, selection: Selection): void {
  const key = selection ? `${selection.kind}:${selection.id}` : "";
  const selected = tr.getAttribute("data-selection") === key;
  if (selected) tr.setAttribute("aria-current", "true");
  else tr.removeAttribute("aria-current");
  tr.querySelector(".row-select")?.setAttribute("aria-pressed", String(selected));
}

function rowElement(row: Row, callbacks: TableViewCallbacks): HTMLTableRowElement {
  const tr = h("tr", {
    "data-selection": `${row.selection.kind}:${row.selection.id}`,
  });
  row.cells.forEach((content, i) => {
    if (i === 0) {
      // the name selects: a button for the keyboard, and the whole row for the pointer
      const button = h("button", { type: "button", class: "row-select" }, content);
      tr.append(h("th", { scope: "row" }, button));
    } else tr.append(h("td", {}, content));
  });
  tr.addEventListener("click", (event) => {
    // a click on text being selected (to copy it) is not a choice
    if (event.target instanceof HTMLButtonElement || !getSelection()?.toString())
      callbacks.onSelect(row.selection);
  });
  return tr;
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
  callbacks: TableViewCallbacks = { onSelect: () => {} },
): void {
  const names = new Map(document.actors.map((a) => [a.id, a.name]));
  const sources = new Map(document.sources.map((s) => [s.id, s]));
  // Keys computed once per tie (parsing dates inside the comparator is slow on large networks).
  const ties = document.ties
    .filter((t) => visibleTies === undefined || visibleTies.has(t.id))
    .map((tie, index) => ({ tie, index, key: tieSortKey(tie.time) }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ tie }) => tie);
  root.replaceChildren(
    table(
      root,
      "actors",
      `Actors (${document.actors.length.toLocaleString("en")})`,
      ["Name", "Kind", "Role", "Affiliations", "Description"],
      document.actors.map((a) => ({
        selection: { kind: "actor", id: a.id },
        cells: [
          a.name,
          ACTOR_KIND_LABELS[a.kind],
          a.role ?? "not stated",
          (a.affiliations ?? []).join("; "),
          a.description ?? "",
        ],
      })),
      callbacks,
    ),
    table(
      root,
      "ties",
      `Ties (${ties.length.toLocaleString("en")})`,
      ["Tie", "Kind", "Date", "Status", "Summary", "Editor's note", "Evidence"],
      ties.map((t) => ({
        selection: { kind: "tie", id: t.id },
        cells: [
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
        ],
        keys: [undefined, undefined, tieSortKey(t.time)],
      })),
      callbacks,
    ),
  );
}

/** Marks the row of what is selected (aria-current) and its button (aria-pressed). */
export function showTableSelection(root: HTMLElement, selection: Selection): void {
  marked.set(root, selection);
  for (const tr of root.querySelectorAll<HTMLTableRowElement>("tr[data-selection]"))
    markRow(tr, selection);
}
