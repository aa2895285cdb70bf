import { describe, expect, it } from "vitest";
import { toSimple } from "graphology-operators";
import { projectSimple, projectTies } from "../../src/analysis/projection";
import { graphOf, squareWithTail } from "../fixtures/analysisNetworks";

describe("projections of the kept ties", () => {
  const graph = graphOf(squareWithTail());

  it("keeps tie ids and every actor, isolated ones too", () => {
    const kept = projectTies(graph, "directed");
    expect(kept.order).toBe(8);
    expect(kept.edges().sort()).toEqual(graph.edges().sort());
  });

  it("makes ties with no single direction undirected in the directed reading", () => {
    const kept = projectTies(graph, "directed");
    expect(kept.type).toBe("mixed");
    expect(kept.isUndirected("ba-meeting")).toBe(true);
    expect(kept.isDirected("ab-message")).toBe(true);
    expect(kept.outboundEdges("b", "a")).toEqual(["ba-meeting"]);
  });

  it("makes every tie undirected in the undirected reading", () => {
    const kept = projectTies(graph, "undirected");
    expect(kept.type).toBe("undirected");
    expect(kept.edges("b", "a").sort()).toEqual(["ab-call", "ab-message", "ba-meeting"]);
  });

  it("drops the ties the filter rejects", () => {
    expect(
      projectTies(graph, "undirected", (edge) => edge.startsWith("a"))
        .edges()
        .sort(),
    ).toEqual(["ab-call", "ab-message", "ad-negotiation"]);
  });

  it("merges parallel ties in the simple version: one edge per pair", () => {
    const simple = projectSimple(graph, "undirected");
    expect(simple.multi).toBe(false);
    expect(simple.size).toBe(7); // a–b, b–c, c–d, d–a, d–e, e–f, h–a
    expect(simple.order).toBe(8);
  });

  it("is what graphology's toSimple makes of the multigraph projection, in both readings", () => {
    // The reference: the projection as it was first built, the multigraph cast to a simple one;
    // with a reply each way, a second meeting, and loops directed and not.
    const document = squareWithTail();
    const like = document.ties[0]!;
    const more = [
      { ...like, id: "ba-reply", source: "b", target: "a" },
      { ...like, id: "ab-talk", source: "a", target: "b", directed: false },
      { ...like, id: "aa-note", source: "a", target: "a" },
      { ...like, id: "cc-circle", source: "c", target: "c", directed: false },
      { ...like, id: "aa-again", source: "a", target: "a" },
    ];
    const richer = graphOf({ ...document, ties: [...document.ties, ...more] });
    for (const reading of ["directed", "undirected"] as const)
      for (const filter of [undefined, (edge: string) => !edge.startsWith("ab")])
        expect(projectSimple(richer, reading, filter).export()).toEqual(
          toSimple(projectTies(richer, reading, filter)).export(),
        );
  });

  it("leaves the actor graph untouched", () => {
    const before = graph.export();
    projectSimple(graph, "directed");
    expect(graph.export()).toEqual(before);
  });
});
