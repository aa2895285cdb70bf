// @vitest-environment jsdom
// Names are kept apart from the arrows and names around them, wherever they meet: two
// right-to-left names around "→" would otherwise read as one run, the tie drawn backwards.
import { describe, expect, it } from "vitest";
import { renderTieDetails } from "../../src/render/detailsPanel";
import { renderPathDetails } from "../../src/render/pathDetailsPanel";
import { renderTableView } from "../../src/render/tableView";
import { tieDetails } from "../../src/view/details";
import { pathDetails } from "../../src/view/pathDetails";
import { answerPaths } from "../../src/analysis/pathQuestion";
import { describeHighlight } from "../../src/view/highlight";
import { pathText } from "../../src/view/networkView";
import { buildGraph } from "../../src/model/actorGraph";
import type { NetworkDocument } from "../../src/schema/networkDocument";

const HAMAS = "حماس";
const USA = "الولايات المتحدة";
const QATAR = "قطر";
const evidence = [{ source: "s", attribution: "a report" }];
const document: NetworkDocument = {
  format: "backchannel/1",
  title: "Right to left",
  sources: [{ id: "s", publisher: "A paper", title: "A report" }],
  actors: [
    { id: "hamas", name: HAMAS, kind: "armed-group" },
    { id: "usa", name: USA, kind: "government" },
    { id: "qatar", name: QATAR, kind: "government" },
  ],
  ties: [
    {
      id: "t1",
      source: "hamas",
      target: "qatar",
      kind: "message",
      summary: "s",
      status: "reported",
      evidence,
    },
    {
      id: "t2",
      source: "qatar",
      target: "usa",
      kind: "message",
      summary: "s",
      status: "reported",
      evidence,
    },
  ],
};
const graph = buildGraph(document);
const callbacks = {
  onSelectActor: () => undefined,
  onSelectTie: () => undefined,
  onClose: () => undefined,
  onEgo: () => undefined,
  onPathFrom: () => undefined,
  onClearPath: () => undefined,
  onPathOptions: () => undefined,
};
const bdiTexts = (element: Element | null | undefined) =>
  [...(element?.querySelectorAll("bdi") ?? [])].map((bdi) => bdi.textContent);

describe("names next to arrows and other names", () => {
  it("are each in a <bdi> in a tie's heading and its ends", () => {
    const root = window.document.createElement("aside");
    renderTieDetails(root, tieDetails(graph, "t1"), callbacks);
    const heading = root.querySelector("h2");
    expect(heading?.textContent).toBe(`${HAMAS} → ${QATAR}`);
    expect(bdiTexts(heading)).toEqual([HAMAS, QATAR]);
    expect(bdiTexts(root.querySelector(".tie-ends"))).toEqual([HAMAS, QATAR]);
  });

  it("are each in a <bdi> in the table view's tie column", () => {
    const root = window.document.createElement("div");
    renderTableView(root, document);
    const rows = [...root.querySelectorAll("table")[1]!.querySelectorAll("tbody tr")];
    expect(rows.map((row) => row.querySelector("th")?.textContent)).toEqual([
      `${HAMAS} → ${QATAR}`,
      `${QATAR} → ${USA}`,
    ]);
    expect(rows.map((row) => bdiTexts(row.querySelector("th")))).toEqual([
      [HAMAS, QATAR],
      [QATAR, USA],
    ]);
  });

  it("are each in a <bdi> in the path finder's heading, chains and hops", () => {
    const query = { from: "hamas", to: "usa", directed: true, maxHops: 3 };
    const answer = answerPaths(graph, "hamas", "usa", {
      directed: true,
      maxHops: 3,
      kinds: "all",
      respectTime: false,
    });
    const details = pathDetails(graph, query, answer);
    const root = window.document.createElement("aside");
    renderPathDetails(root, details, callbacks);
    expect(bdiTexts(root.querySelector("h2"))).toEqual([HAMAS, USA]);
    expect(bdiTexts(root.querySelector(".chain-text"))).toEqual([HAMAS, QATAR, USA]);
    expect([...root.querySelectorAll(".hop")].map(bdiTexts).slice(0, 2)).toEqual([
      [HAMAS, QATAR],
      [QATAR, USA],
    ]);
  });

  it("are isolated (U+2068 … U+2069) in export captions", () => {
    expect(describeHighlight(graph, { kind: "tie", id: "t2" })).toBe(
      `Highlighted: \u2068${QATAR}\u2069 → \u2068${USA}\u2069`,
    );
    expect(pathText(graph, ["hamas", "qatar", "usa"])).toBe(
      `\u2068${HAMAS}\u2069 → \u2068${QATAR}\u2069 → \u2068${USA}\u2069`,
    );
  });
});
