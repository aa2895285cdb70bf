import { describe, expect, it } from "vitest";
import { actorOf, buildGraph, documentFromGraph, tieOf } from "../../src/model/actorGraph";
import { parseDocument } from "../../src/schema/parseDocument";
import { chainWithParallels, seedJson } from "../fixtures/documents";

describe("the graph model", () => {
  it("makes one node per actor and one edge per tie, parallel ties included", () => {
    const graph = buildGraph(chainWithParallels());
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(4);
    expect(graph.multi).toBe(true);
    expect(graph.edges("a", "b").sort()).toEqual(["t1", "t2"]);
    expect(graph.outEdges("c", "b")).toEqual(["t4"]);
  });

  it("keeps tie direction as drawn in the document", () => {
    const graph = buildGraph(chainWithParallels());
    expect([graph.source("t4"), graph.target("t4")]).toEqual(["c", "b"]);
    expect(graph.getEdgeAttribute("t4", "directed")).toBe(false);
  });

  it("carries typed actor and tie attributes without their ids", () => {
    const graph = buildGraph(chainWithParallels());
    expect(graph.getNodeAttributes("b")).toEqual({ name: "Bravo", kind: "person", aliases: ["B"] });
    expect(graph.getEdgeAttribute("t2", "kind")).toBe("call");
    expect(tieOf(graph, "t3")).toMatchObject({ id: "t3", source: "b", target: "c", kind: "relay" });
    expect(actorOf(graph, "c")).toEqual({ id: "c", name: "Charlie", kind: "government" });
  });

  it("keeps document metadata as graph attributes", () => {
    const graph = buildGraph(chainWithParallels());
    expect(graph.getAttribute("title")).toBe("Chain with parallels");
    expect(graph.getAttribute("sources")).toHaveLength(1);
  });

  it("gives back the document it was built from", () => {
    const doc = chainWithParallels();
    expect(documentFromGraph(buildGraph(doc))).toEqual(doc);
    const seed = parseDocument(seedJson());
    if (!seed.ok) throw new Error("seed invalid");
    expect(documentFromGraph(buildGraph(seed.document))).toEqual(seed.document);
  });

  it("builds the seed network with all 15 actors", () => {
    const seed = parseDocument(seedJson());
    if (!seed.ok) throw new Error("seed invalid");
    const graph = buildGraph(seed.document);
    expect(graph.order).toBe(15);
    expect(graph.size).toBe(seed.document.ties.length);
    expect(graph.neighbors("bishara-bahbah").sort()).toEqual(
      ["donald-trump", "hamas-official", "khalil-al-hayya", "steve-witkoff"].sort(),
    );
  });
});
