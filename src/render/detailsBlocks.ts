// The details panels' shared building blocks: fields, evidence, status badges, summaries and
// editor's notes, close buttons.
import type { TieDetails } from "../view/details";
import type { PathAsked } from "../analysis/pathQuestion";
import { h, safeLink } from "../dom/elements";
import { pageRows, pagedList } from "./pagedList";

export interface DetailsCallbacks {
  onSelectActor(id: string): void;
  onSelectTie(id: string): void;
  onClose(): void;
  /** Show only actors within this many hops of the actor (null: everyone). */
  onEgo(id: string, hops: number | null): void;
  onPathFrom(id: string): void;
  onClearPath(): void;
  /** Ask the path question another way (every tie kind, ignoring time). */
  onPathOptions(change: Partial<PathAsked>): void;
}

const NOT_STATED = "not stated in the source";

export function field(label: string, value: string | undefined, missing = NOT_STATED): HTMLElement {
  return h(
    "div",
    { class: "field" },
    h("dt", {}, label),
    h(
      "dd",
      { class: value === undefined || value === "" ? "missing" : undefined },
      value || missing,
    ),
  );
}

/** The tie's evidence, a page at a time (a file can give one tie any number of sources). */
export function evidenceList(tie: TieDetails): HTMLElement {
  const items = pagedList(
    "ul",
    { class: "evidence" },
    {
      total: tie.evidence.length,
      row: (index) => {
        const e = tie.evidence[index]!;
        return h(
          "li",
          {},
          h("span", { class: "attribution" }, e.attribution),
          e.quote ? h("q", {}, e.quote) : null,
          h("span", { class: "source" }, "Source: ", safeLink(e.url, e.sourceLabel)),
        );
      },
      noun: "sources of evidence",
    },
  );
  return items.length === 1 ? items[0]! : h("div", { class: "evidence-pages" }, items);
}

export function statusBadge(tie: TieDetails): HTMLElement {
  return h("span", { class: `status status-${tie.status}` }, tie.statusText);
}

/** The summary, or a word saying there is none (an imported file may give none). */
export function summaryOf(tie: TieDetails): HTMLElement {
  return tie.summary === undefined
    ? h("p", { class: "summary missing" }, "No summary in the file.")
    : h("p", { class: "summary" }, tie.summary);
}

/** Why an inferred tie is read into the reporting, in the editor's words. */
export function noteOf(tie: TieDetails): HTMLElement | null {
  return tie.note === undefined
    ? null
    : h("p", { class: "note" }, h("strong", {}, "Editor's note: "), tie.note);
}

export function closeButton(callbacks: DetailsCallbacks): HTMLElement {
  const button = h("button", { type: "button", class: "close" }, "Close");
  button.addEventListener("click", () => callbacks.onClose());
  return button;
}

export function attributesBlock(rows: [string, string][]): HTMLElement | null {
  if (rows.length === 0) return null;
  return h(
    "details",
    { class: "attributes" },
    h("summary", {}, `Other attributes (${rows.length.toLocaleString("en")})`),
    pagedDefinitions(rows),
  );
}

/** Attribute rows as a definition list, a page at a time. */
function pagedDefinitions(rows: [string, string][]): HTMLElement[] {
  const list = h("dl", {});
  const controls = pageRows({
    container: list,
    total: rows.length,
    row: (index) => {
      const [key, value] = rows[index]!;
      return field(key, value, "—");
    },
    noun: "attributes",
  });
  return controls ? [list, controls] : [list];
}
