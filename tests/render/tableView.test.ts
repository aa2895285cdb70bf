// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { renderTableView, showTableSelection } from "../../src/render/tableView";
import type { Selection } from "../../src/state/appState";
import { seedDocument } from "../fixtures/seedGraph";

function setUp() {
  const root = document.createElement("section");
  const chosen: Selection[] = [];
  renderTableView(root, seedDocument(), undefined, { onSelect: (s) => chosen.push(s) });
  const tableNamed = (name: string) =>
    root.querySelector<HTMLTableElement>(`[data-table="${name}"]`)!;
  const column = (table: HTMLTableElement, index: number) =>
    [...table.tBodies[0]!.rows].map((row) => row.cells[index]!.textContent ?? "");
  const header = (table: HTMLTableElement, name: string) =>
    [...table.tHead!.rows[0]!.cells].find((th) => th.textContent === name)!;
  return { root, chosen, tableNamed, column, header };
}

describe("the table view", () => {
  it("sorts a column from its header's button, ascending then descending, and says so", () => {
    const { tableNamed, column, header } = setUp();
    const actors = tableNamed("actors");
    const name = header(actors, "Name");
    expect(name.querySelector("button")).not.toBeNull();
    expect(name.hasAttribute("aria-sort")).toBe(false);
    name.querySelector("button")!.click();
    expect(name.getAttribute("aria-sort")).toBe("ascending");
    const names = column(actors, 0);
    expect(names[0]).toBe("Adam Boehler");
    expect(names.at(-1)).toBe("Trump administration");
    name.querySelector("button")!.click();
    expect(name.getAttribute("aria-sort")).toBe("descending");
    expect(column(actors, 0)[0]).toBe("Trump administration");
    // sorting another column takes the mark away from this one
    header(actors, "Kind").querySelector("button")!.click();
    expect(name.hasAttribute("aria-sort")).toBe(false);
    expect(column(actors, 1)[0]).toBe("Armed group");
  });

  it("sorts dates by time, not by their text", () => {
    const { tableNamed, column, header } = setUp();
    const ties = tableNamed("ties");
    const date = header(ties, "Date");
    date.querySelector("button")!.click();
    date.querySelector("button")!.click();
    // ties without a date go last, whichever way the dates sort
    const all = column(ties, 2);
    expect(all.at(-1)).toBe("date not reported");
    const dates = all.filter((text) => text !== "date not reported");
    expect(all.slice(0, dates.length)).toEqual(dates);
    // latest first: the release on 12 May 2025 is after every April date
    expect(dates[0]).toMatch(/May 2025/);
    expect(dates.indexOf(dates.find((d) => /April 2025/.test(d))!)).toBeGreaterThan(0);
  });

  it("selects a row's actor or tie from its button (the keyboard's way) or a click on the row", () => {
    const { tableNamed, chosen } = setUp();
    const row = tableNamed("actors").tBodies[0]!.rows[1]!;
    const button = row.querySelector<HTMLButtonElement>("button.row-select")!;
    expect(button.textContent).toBe("Bishara Bahbah");
    button.click();
    row.cells[2]!.click();
    const tie = tableNamed("ties").tBodies[0]!.rows[0]!;
    tie.querySelector<HTMLButtonElement>("button")!.click();
    expect(chosen).toEqual([
      { kind: "actor", id: "bishara-bahbah" },
      { kind: "actor", id: "bishara-bahbah" },
      { kind: "tie", id: tie.getAttribute("data-selection")!.slice(4) },
    ]);
  });

  it("marks the selected row, and keeps the mark through a sort", () => {
    const { root, tableNamed, header } = setUp();
    showTableSelection(root, { kind: "actor", id: "egypt" });
    const current = () => [...root.querySelectorAll('tr[aria-current="true"]')];
    expect(current().map((tr) => tr.getAttribute("data-selection"))).toEqual(["actor:egypt"]);
    expect(current()[0]!.querySelector("button")!.getAttribute("aria-pressed")).toBe("true");
    header(tableNamed("actors"), "Name").querySelector("button")!.click();
    expect(current().map((tr) => tr.getAttribute("data-selection"))).toEqual(["actor:egypt"]);
    showTableSelection(root, null);
    expect(current()).toHaveLength(0);
  });
});
