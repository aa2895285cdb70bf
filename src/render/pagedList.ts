// Lists built from data are drawn a page at a time: a file can give an actor 100,000 ties, and
// drawing every row at once froze the page for a minute. The first page is drawn; "Show 50 more"
// appends the next, moves the keyboard to the first new row and says how many are shown. Rows are
// built only when their page is shown, so the caller can make them lazily.
import { h } from "../dom/elements";

/** Rows per page in the details panel. */
export const PAGE_SIZE = 50;

export interface PagedRows {
  /** The list (or table body) the rows go into: an <ol>, <ul> or <tbody>. */
  container: HTMLElement;
  /** How many rows there are in all. */
  total: number;
  /** Builds row `index` (0-based): an <li> for lists, a <tr> for a table body. */
  row(index: number): HTMLElement;
  /** What the rows are, for the button and the count: "ties", "chains". */
  noun: string;
  /** Rows per page; 50 by default. */
  pageSize?: number;
}

/**
 * Fills `container` with the first page of rows and returns the controls to place after it (null
 * when every row fits on the first page): a "Show N more …" button and a polite status line.
 */
export function pageRows({
  container,
  total,
  row,
  noun,
  pageSize = PAGE_SIZE,
}: PagedRows): HTMLElement | null {
  let shown = 0;
  const append = (): HTMLElement | undefined => {
    const end = Math.min(total, shown + pageSize);
    let first: HTMLElement | undefined;
    for (let index = shown; index < end; index++) {
      const element = row(index);
      first ??= element;
      container.append(element);
    }
    shown = end;
    return first;
  };
  append();
  if (shown >= total) return null;

  const count = h("p", { class: "paged-count", role: "status" });
  const more = h("button", { type: "button", class: "paged-more" });
  const label = () => {
    const next = Math.min(pageSize, total - shown);
    more.textContent = `Show ${next.toLocaleString("en")} more ${noun}`;
    count.textContent = `${shown.toLocaleString("en")} of ${total.toLocaleString("en")} ${noun} shown`;
  };
  label();
  more.addEventListener("click", () => {
    const first = append();
    // The keyboard continues where the new rows begin; the button goes once all are shown.
    if (first) {
      first.tabIndex = -1;
      first.focus();
    }
    label();
    if (shown >= total) more.remove();
  });
  return h("div", { class: "paged-controls" }, count, more);
}

/** A list (<ol> or <ul>) of `total` rows drawn a page at a time, with its controls after it. */
export function pagedList(
  tag: "ol" | "ul",
  attributes: Record<string, string | undefined>,
  rows: Omit<PagedRows, "container">,
): HTMLElement[] {
  const list = h(tag, attributes);
  const controls = pageRows({ ...rows, container: list });
  return controls ? [list, controls] : [list];
}
