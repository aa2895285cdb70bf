import { describe, expect, it } from "vitest";
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

  it("leaves the actor graph untouched", () => {
    const before = graph.export();
    projectSimple(graph, "directed");
    expect(graph.export()).toEqual(before);
  });
});
