// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createSvgRenderer } from "../../src/render/svgRenderer";
import { renderTableView } from "../../src/render/tableView";
import { renderActorDetails, renderTieDetails } from "../../src/render/detailsPanel";
import { buildScene } from "../../src/view/scene";
import { actorDetails, tieDetails } from "../../src/view/details";
import { buildGraph } from "../../src/model/actorGraph";
import { statusesAndLoops } from "../fixtures/documents";
import { initialState } from "../../src/state/appState";
import { computeLayout } from "../../src/layout/forceLayout";
import { layoutInput } from "../../src/layout/layoutInput";
import { seedActorGraph, seedDocument } from "../fixtures/seedGraph";

const graph = seedActorGraph();
const input = layoutInput(graph);
const positions = computeLayout(input.nodes, input.links);

describe("the SVG renderer", () => {
  it("draws one keyed element per actor and tie with data attributes and accessible names", () => {
    const container = document.createElement("div");
    const renderer = createSvgRenderer(container, "Network: {actors} actors, {ties} ties");
    const scene = buildScene({ graph, positions, state: initialState() });
    renderer.draw(scene, { activeActor: "hamas", activeTie: undefined });
    const svg = container.querySelector("svg")!;
    expect(svg.getAttribute("aria-label")).toBe("Network: 15 actors, 25 ties");
    expect(svg.querySelectorAll("g.actor[data-actor]")).toHaveLength(15);
    expect(svg.querySelectorAll("g.tie[data-tie][data-source][data-target]")).toHaveLength(25);
    const hamas = svg.querySelector('[data-actor="hamas"]')!;
    expect(hamas.getAttribute("tabindex")).toBe("0");
    expect(hamas.getAttribute("aria-label")).toMatch(/^Hamas, armed group/);
    expect(svg.querySelectorAll('[data-actor][tabindex="0"]')).toHaveLength(1);
    expect(svg.querySelectorAll('.tie-target[tabindex="0"]')).toHaveLength(1);
  });

  it("updates in place on redraw (keyed join) and reflects selection", () => {
    const container = document.createElement("div");
    const renderer = createSvgRenderer(container, "Network");
    renderer.draw(buildScene({ graph, positions, state: initialState() }), {
      activeActor: undefined,
      activeTie: undefined,
    });
    const before = container.querySelector('[data-actor="egypt"]');
    renderer.draw(
      buildScene({
        graph,
        positions,
        state: { ...initialState(), selection: { kind: "actor", id: "egypt" } },
      }),
      {
        activeActor: "egypt",
        activeTie: undefined,
      },
    );
    const after = container.querySelector('[data-actor="egypt"]');
    expect(after).toBe(before);
    expect(after?.getAttribute("aria-pressed")).toBe("true");
    expect(container.querySelectorAll('[data-actor][opacity="1"]')).toHaveLength(2);
  });
});

describe("the table view and details panel", () => {
  it("list every actor and tie as text", () => {
    const root = document.createElement("section");
    renderTableView(root, seedDocument());
    expect(root.querySelectorAll("table")).toHaveLength(2);
    expect(root.querySelectorAll("table")[1]!.querySelectorAll("tbody tr")).toHaveLength(25);
    expect(root.textContent).toContain("not stated");
  });

  it("never turns data into markup", () => {
    const doc = seedDocument();
    doc.actors[0]!.name = '<img src=x onerror="alert(1)">';
    const root = document.createElement("section");
    renderTableView(root, doc);
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it("shows an actor's ties in date order with evidence", () => {
    const root = document.createElement("aside");
    renderActorDetails(root, actorDetails(graph, "bishara-bahbah"), {
      onSelectActor: () => {},
      onSelectTie: () => {},
      onClose: () => {},
      onEgo: () => {},
      onPathFrom: () => {},
      onPathOptions: () => {},
      onClearPath: () => {},
    });
    const items = [...root.querySelectorAll("li.tie-item")].map((li) =>
      li.getAttribute("data-tie"),
    );
    expect(items).toEqual([
      "bahbah-supports-trump",
      "hamas-official-contacts-bahbah",
      "hamas-official-bahbah-messages",
      "bahbah-relays-to-witkoff",
      "bahbah-speaks-to-al-hayya",
    ]);
    expect(root.textContent).toContain("Arab Americans for Trump");
    expect(root.textContent).toContain("according to a source familiar");
  });
});

describe("details and table for what files leave out", () => {
  const loops = buildGraph(statusesAndLoops());
  const callbacks = {
    onSelectActor: () => {},
    onSelectTie: () => {},
    onClose: () => {},
    onEgo: () => {},
    onPathFrom: () => {},
    onClearPath: () => {},
    onPathOptions: () => {},
  };
  const fieldsOf = (root: HTMLElement) =>
    Object.fromEntries(
      [...root.querySelectorAll(".fields .field")].map((field) => [
        field.querySelector("dt")?.textContent,
        field.querySelector("dd")?.textContent,
      ]),
    );

  it("says a status is not stated, and that there is no summary, instead of inventing one", () => {
    const root = document.createElement("aside");
    renderTieDetails(root, tieDetails(loops, "s1"), callbacks);
    expect(fieldsOf(root)).toMatchObject({
      Kind: "message",
      "As written in the file": "texted",
      Status: "not stated in the file",
    });
    expect(root.querySelector(".summary")?.textContent).toBe("No summary in the file.");
    expect(root.querySelector(".note")).toBeNull();
  });

  it("shows an inferred tie's editor's note", () => {
    const root = document.createElement("aside");
    renderTieDetails(root, tieDetails(loops, "s2"), callbacks);
    expect(fieldsOf(root).Status).toBe("inferred");
    expect(root.querySelector(".note")?.textContent).toBe(
      "Editor's note: The report says Org knew by Monday and only Pat had been told.",
    );
  });

  it("names a tie by the file's own word when its kind is 'other'", () => {
    const root = document.createElement("aside");
    renderTieDetails(root, tieDetails(loops, "s5"), callbacks);
    expect(fieldsOf(root).Kind).toBe("consulted");
    expect(fieldsOf(root)).not.toHaveProperty("As written in the file");
  });

  it("lists the statuses, notes and own words in the table", () => {
    const root = document.createElement("section");
    renderTableView(root, statusesAndLoops());
    const rows = [...root.querySelectorAll("table")[1]!.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows.map((row) => [row[0], row[1], row[3], row[5]])).toEqual([
      ["Pat → Quinn", "message (as written: texted)", "not stated in the file", ""],
      [
        "Pat → Org",
        "relay",
        "inferred",
        "The report says Org knew by Monday and only Pat had been told.",
      ],
      ["Org → Org", "meeting", "reported", ""],
      ["Org ↔ Org", "conversation", "not stated in the file", ""],
      ["Quinn → Org", "consulted", "confirmed", ""],
    ]);
  });
});
