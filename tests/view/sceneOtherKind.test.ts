// Ties whose file states no kind, or a word of its own: in the picture and the legend they are
// "Other or not stated", never a communication, relation or action the file did not say. Actors
// whose file states no kind are "Other or not stated" too, in the legend, details and names.
import { describe, expect, it } from "vitest";
import { buildScene } from "../../src/view/scene";
import { buildGraph } from "../../src/model/actorGraph";
import { initialState } from "../../src/state/appState";
import { importFiles } from "../../src/io/importFiles";
import { TIE_FAMILY_ENCODINGS } from "../../src/view/encodings";
import { actorDetails } from "../../src/view/details";

describe("ties whose file states no kind", () => {
  /** The scene of a CSV file, every actor on a line. */
  const csvScene = (text: string, collapseParallel = false) => {
    const result = importFiles([{ name: "edges.csv", text }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const graph = buildGraph(result.document);
    const positions = new Map(
      graph.mapNodes((id, _a) => id).map((id, i) => [id, { x: i * 100, y: 0 }]),
    );
    return buildScene({ graph, positions, state: { ...initialState(), collapseParallel } });
  };
  const tieEntries = (scene: ReturnType<typeof csvScene>) =>
    scene.legend.filter((e) => e.group === "tie").map((e) => [e.key, e.label]);

  it("says so in the legend, and never that they are actions", () => {
    const s = csvScene("Source,Target\nalice,bob\nbob,carol\n");
    expect(tieEntries(s)).toEqual([["other", "Other or not stated"]]);
    expect(s.legend.some((e) => /action/i.test(e.label))).toBe(false);
    // Drawn in the colour of no stated family.
    const strokes = new Set(s.edges.map((e) => e.stroke));
    expect(strokes).toEqual(new Set([TIE_FAMILY_ENCODINGS.other.stroke]));
    for (const family of ["communication", "structural", "action"] as const)
      expect(strokes.has(TIE_FAMILY_ENCODINGS[family].stroke)).toBe(false);
  });

  it("draws a bundle in a family one of its ties states, else in the colour of none", () => {
    const stroke = (text: string) => csvScene(text, true).edges.map((e) => e.stroke);
    const { structural, other } = TIE_FAMILY_ENCODINGS;
    expect(stroke("Source,Target,Kind\nalice,bob,leads\nalice,bob,\n")).toEqual([
      structural.stroke,
    ]);
    expect(stroke("Source,Target,Kind\nalice,bob,\nalice,bob,consulted\n")).toEqual([other.stroke]);
  });

  it("lists a file's own words for kinds the vocabulary does not know under that group", () => {
    const s = csvScene("Source,Target,Kind\nalice,bob,consulted\nbob,carol,call\ncarol,dan\n");
    expect(tieEntries(s)).toEqual([
      ["communication", "Communication: call"],
      ["other", "Other or not stated: consulted"],
    ]);
  });
});

describe("actors whose file states no kind", () => {
  it("are 'Other or not stated' in the legend, the details and their accessible names", () => {
    const result = importFiles([{ name: "edges.csv", text: "Source,Target\nalice,bob\n" }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const graph = buildGraph(result.document);
    const positions = new Map([
      ["alice", { x: 0, y: 0 }],
      ["bob", { x: 100, y: 0 }],
    ]);
    const scene = buildScene({ graph, positions, state: initialState() });
    expect(scene.legend.filter((e) => e.group === "actor").map((e) => e.label)).toEqual([
      "Other or not stated",
    ]);
    expect(scene.nodes[0]!.ariaLabel).toBe("alice, other or not stated, 1 tie");
    expect(actorDetails(graph, "alice").kind).toBe("Other or not stated");
  });
});
