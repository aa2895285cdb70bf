import { describe, expect, it } from "vitest";
import { searchActors } from "../../src/view/actorSearch";
import { seedActorGraph } from "../fixtures/seedGraph";

const graph = seedActorGraph();
const entries = graph.mapNodes((id, a) => ({ id, name: a.name, aliases: a.aliases ?? [] }));
const top = (query: string) => searchActors(entries, query)[0]?.id;

describe("actor search", () => {
  it.each([
    ["witkof", "steve-witkoff"],
    ["Witkoff", "steve-witkoff"],
    ["bahbah", "bishara-bahbah"],
    ["bahba", "bishara-bahbah"],
    ["hayyah", "khalil-al-hayya"],
    ["bohler", "adam-boehler"],
    ["netanyahoo", "benjamin-netanyahu"],
    ["white house", "trump-administration"],
    ["THANI", "mohammed-al-thani"],
    ["égypt", "egypt"],
  ])("“%s” finds %s first", (query, id) => {
    expect(top(query)).toBe(id);
  });

  it("ranks prefix matches before fuzzy ones and says which alias matched", () => {
    const hits = searchActors(entries, "hamas");
    expect(hits[0]?.id).toBe("hamas");
    expect(hits.map((h) => h.id)).toContain("hamas-official");
    const alias = searchActors(entries, "washington")[0];
    expect(alias?.matched).toBe("Washington");
  });

  it("finds nothing for nonsense or an empty query", () => {
    expect(searchActors(entries, "zzzzqx")).toEqual([]);
    expect(searchActors(entries, "   ")).toEqual([]);
  });
});
