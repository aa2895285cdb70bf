// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { pagedList, pageRows } from "../../src/render/pagedList";
import { renderActorDetails } from "../../src/render/detailsPanel";
import { renderTableView } from "../../src/render/tableView";
import { actorDetails } from "../../src/view/details";
import { buildGraph } from "../../src/model/actorGraph";
import type { NetworkDocument } from "../../src/schema/networkDocument";

const callbacks = {
  onSelectActor: () => {},
  onSelectTie: () => {},
  onClose: () => {},
  onEgo: () => {},
  onPathFrom: () => {},
  onClearPath: () => {},
  onPathOptions: () => {},
};

/** Two actors with `count` parallel messages from a to b, dated 1 to `count` January… */
function parallelTies(count: number): NetworkDocument {
  return {
    format: "backchannel/1",
    title: "Flood",
    sources: [],
    actors: [
      { id: "a", name: "Alpha", kind: "person" },
      { id: "b", name: "Bravo", kind: "person" },
    ],
    ties: Array.from({ length: count }, (_, i) => ({
      id: `t${i}`,
      source: "a",
      target: "b",
      kind: "message" as const,
      evidence: [],
    })),
  };
}

const button = (root: Element) => root.querySelector<HTMLButtonElement>("button.paged-more");

describe("a paged list", () => {
  it("draws the first page, builds only the rows shown, and adds a page per click", () => {
    const built: number[] = [];
    const [list, controls] = pagedList(
      "ol",
      {},
      {
        total: 120,
        noun: "ties",
        row: (index) => {
          built.push(index);
          const li = document.createElement("li");
          li.textContent = `row ${index}`;
          return li;
        },
      },
    );
    const root = document.createElement("div");
    root.append(list!, controls!);
    document.body.append(root);
    expect(list!.children).toHaveLength(50);
    expect(built).toHaveLength(50);
    expect(button(root)!.textContent).toBe("Show 50 more ties");
    expect(root.querySelector('[role="status"]')!.textContent).toBe("50 of 120 ties shown");

    button(root)!.click();
    expect(list!.children).toHaveLength(100);
    // The keyboard moves to the first new row.
    expect(document.activeElement?.textContent).toBe("row 50");
    expect(button(root)!.textContent).toBe("Show 20 more ties");
    expect(root.querySelector('[role="status"]')!.textContent).toBe("100 of 120 ties shown");

    button(root)!.click();
    expect(list!.children).toHaveLength(120);
    expect(list!.lastElementChild!.textContent).toBe("row 119");
    expect(button(root)).toBeNull();
    expect(root.querySelector('[role="status"]')!.textContent).toBe("120 of 120 ties shown");
    expect(built).toEqual(Array.from({ length: 120 }, (_, i) => i));
    root.remove();
  });

  it("needs no controls when everything fits on a page", () => {
    const list = document.createElement("ul");
    const row = () => document.createElement("li");
    expect(pageRows({ container: list, total: 50, row, noun: "ties" })).toBeNull();
    expect(list.children).toHaveLength(50);
  });
});

describe("lists drawn from data are bounded", () => {
  it("an actor with 100,000 parallel ties shows 50 of them", () => {
    const graph = buildGraph(parallelTies(100_000));
    const root = document.createElement("aside");
    renderActorDetails(root, actorDetails(graph, "a"), callbacks);
    expect(root.querySelectorAll("li.tie-item")).toHaveLength(50);
    expect(root.querySelector("h3")?.textContent).toContain("Ties (100,000)");
    expect(button(root)!.textContent).toBe("Show 50 more ties");
    button(root)!.click();
    expect(root.querySelectorAll("li.tie-item")).toHaveLength(100);
    expect(root.querySelector('[role="status"]')!.textContent).toBe("100 of 100,000 ties shown");
  });

  it("the table view draws 200 ties a page and stays a table", () => {
    const root = document.createElement("section");
    renderTableView(root, parallelTies(1_000));
    const [actors, ties] = [...root.querySelectorAll("table")];
    expect(actors!.tBodies[0]!.rows).toHaveLength(2);
    expect(ties!.caption!.textContent).toBe("Ties (1,000)");
    expect(ties!.tBodies[0]!.rows).toHaveLength(200);
    button(root)!.click();
    expect(ties!.tBodies[0]!.rows).toHaveLength(400);
    expect(ties!.tBodies[0]!.rows[200]!.cells[0]!.scope).toBe("row");
  });
});
