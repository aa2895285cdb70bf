import { describe, expect, it } from "vitest";
import { searchActors, searchEntries, type SearchEntry } from "../../src/view/actorSearch";
import { seedActorGraph } from "../fixtures/seedGraph";

const graph = seedActorGraph();
const entries = searchEntries(graph);
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
    expect(alias?.field).toBe("alias");
    expect(searchActors(entries, "steve")[0]).toMatchObject({ field: "name", matched: undefined });
    // "witkoff" is the whole of an alias, nearer than a word of the name
    expect(searchActors(entries, "witkoff")[0]).toMatchObject({
      field: "alias",
      matched: "Witkoff",
    });
  });

  it("finds nothing for nonsense or an empty query", () => {
    expect(searchActors(entries, "zzzzqx")).toEqual([]);
    expect(searchActors(entries, "   ")).toEqual([]);
  });
});

describe("searching roles, affiliations and descriptions", () => {
  it("finds Qatar's prime minister from “qatar pm”, through the words pm stands for", () => {
    const hit = searchActors(entries, "qatar pm")[0];
    expect(hit?.id).toBe("mohammed-al-thani");
    // his alias "Qatari Prime Minister" is the nearest text: a name field before the role
    expect(hit?.field).toBe("alias");
    expect(hit?.matched).toBe("Qatari Prime Minister");
  });

  it("finds Trump's hostage envoy by his role and says so", () => {
    expect(searchActors(entries, "hostage envoy")[0]).toMatchObject({
      id: "adam-boehler",
      field: "role",
      matched: "Trump's hostage envoy",
    });
  });

  it("reads pm and prime minister as each other in a role", () => {
    const roles: SearchEntry[] = [
      { id: "p", name: "Someone", aliases: [], role: "PM of Ruritania" },
      { id: "q", name: "Another", aliases: [], role: "Prime Minister of Elbonia" },
    ];
    expect(searchActors(roles, "prime minister ruritania").map((hit) => hit.id)).toEqual(["p"]);
    expect(searchActors(roles, "elbonia pm").map((hit) => hit.id)).toEqual(["q"]);
    // both found, equally well: in order of name (Another, Someone)
    expect(searchActors(roles, "prime minister").map((hit) => hit.id)).toEqual(["q", "p"]);
  });

  it("reads u.s. and us alike, and an affiliation says it matched", () => {
    const people: SearchEntry[] = [
      { id: "a", name: "Ann", aliases: [], affiliations: ["U.S. Treasury"] },
      { id: "b", name: "Bob", aliases: [], affiliations: ["United States Navy"] },
    ];
    expect(searchActors(people, "us treasury")[0]).toMatchObject({
      id: "a",
      field: "affiliation",
      matched: "U.S. Treasury",
    });
    expect(searchActors(people, "us navy")[0]?.id).toBe("b");
  });

  it("finds description words exactly or as prefixes, with a snippet around them", () => {
    const hit = searchActors(entries, "dialogue")[0];
    expect(hit?.field).toBe("description");
    expect(hit?.matched).toMatch(/dialogue/);
    expect(hit!.matched!.length).toBeLessThanOrEqual(62);
    // no typos in descriptions: too many words to forgive
    expect(searchActors(entries, "dialogeu")).toEqual([]);
  });

  it("ranks a name above any role, affiliation or description", () => {
    const hits = searchActors(entries, "hamas");
    const fields = hits.map((hit) => hit.field);
    expect(fields.indexOf("role")).toBeGreaterThan(fields.lastIndexOf("name"));
  });
});
