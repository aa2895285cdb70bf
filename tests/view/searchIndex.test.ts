import { describe, expect, it } from "vitest";
import { searchActors, searchEntries, type SearchEntry } from "../../src/view/actorSearch";
import { createSearchIndex, searchIndexSteps } from "../../src/view/searchIndex";
import { scanActors } from "../fixtures/actorSearchScan";
import { seededRandom } from "../fixtures/largeNetwork";
import { seedActorGraph } from "../fixtures/seedGraph";

// The index must give exactly the hits the scan gave before it (tests/fixtures/actorSearchScan.ts,
// the old view/actorSearch.ts kept as it was): the same actors, order, fields, matched texts and
// scores, for whole words, prefixes as they are typed, typos, abbreviations and other fields.

const FIRST = ["Amal", "Boris", "Zoë", "José", "Nadia", "Omar", "Émile", "Chen", "Ana", "Anna"];
const LAST = ["Haddad", "Novák", "Ortega", "Al-Thani", "O'Brien", "Müller", "Park", "Ng", "Haddād"];
const ROLES = [
  "PM of Ruritania",
  "Prime Minister of Elbonia",
  "U.S. hostage envoy",
  "Foreign Minister",
  "head of the United Nations mission",
  "IDF spokesperson",
  "Trump's envoy to the Gulf",
  "",
];
const AFFILIATIONS = ["U.S. Treasury", "United States Navy", "Hamas", "UN", "Qatari government"];
const FILLER = ["talks", "ceasefire", "relay", "Doha", "Cairo", "hostages", "aid", "mediator"];

/** A network of people with every kind of text, duplicates and diacritics included. */
function generatedEntries(count: number, seed: number): SearchEntry[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const name = random() < 0.1 ? `Ministry ${i % 50}` : `${pick(FIRST)} ${pick(LAST)}`;
    const words = Array.from({ length: 6 + Math.floor(random() * 14) }, () => pick(FILLER));
    return {
      id: `a${i}`,
      name,
      aliases: random() < 0.3 ? [pick(LAST), `${pick(FIRST)} the ${pick(FILLER)}`] : [],
      role: random() < 0.5 ? pick(ROLES) : undefined,
      affiliations: random() < 0.4 ? [pick(AFFILIATIONS)] : undefined,
      description: random() < 0.4 ? `Named in ${words.join(" ")}.` : undefined,
    };
  });
}

/** Every prefix of a text, as a reader types it. */
const typing = (text: string) =>
  Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));

/** One letter dropped, doubled and swapped: typos within and beyond what the search allows. */
function typos(word: string): string[] {
  if (word.length < 3) return [];
  const at = Math.floor(word.length / 2);
  return [
    word.slice(0, at) + word.slice(at + 1),
    word.slice(0, at) + word[at] + word.slice(at),
    word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1),
    word.slice(0, 1) + "xq" + word.slice(3),
  ];
}

const QUERIES = [
  ...typing("Amal Haddad"),
  ...typing("hostage envoy"),
  ...typing("qatar pm"),
  "prime minister",
  "prime minister ruritania",
  "elbonia pm",
  "us treasury",
  "u.s.",
  "united states",
  "un mission",
  "the",
  "of the",
  "zoe",
  "ZOË",
  "jose muller",
  "mueller",
  "novak",
  "obrien",
  "o'brien",
  "al thani",
  "al-thani",
  "thani",
  "haddad",
  "haddād",
  "ministry 1",
  "ministry 12",
  "12",
  "doha talks",
  "cairo relay",
  "ceasefire",
  "aid",
  "a",
  "an",
  "anna",
  "ana",
  "  amal   haddad  ",
  "zzzzqx",
  "",
  "   ",
  ...["Haddad", "Ortega", "Nadia", "ceasefire", "mediator", "spokesperson"].flatMap(typos),
];

function expectSameHits(entries: readonly SearchEntry[], queries: readonly string[]) {
  const index = createSearchIndex(entries);
  for (const limit of [8, 60])
    for (const query of queries) {
      const expected = scanActors(entries, query, limit);
      expect(index.search(query, limit), `"${query}", ${limit} hits`).toEqual(expected);
      expect(searchActors(entries, query, limit), `scan "${query}"`).toEqual(expected);
    }
}

describe("the search index", () => {
  it("finds what the scan found on a generated network of 1,500 actors", () => {
    expectSameHits(generatedEntries(1500, 7), QUERIES);
  });

  it("finds what the scan found on the seed network, for every word of every field", () => {
    const entries = searchEntries(seedActorGraph());
    const words = new Set<string>();
    for (const entry of entries)
      for (const text of [
        entry.name,
        ...entry.aliases,
        entry.role ?? "",
        ...(entry.affiliations ?? []),
        entry.description ?? "",
      ])
        for (const word of text.split(/\s+/)) if (word) words.add(word);
    const queries = [...words].flatMap((word) => [word, word.slice(0, 3), ...typos(word)]);
    expect(queries.length).toBeGreaterThan(200);
    expectSameHits(entries, [...queries, ...QUERIES]);
  });

  it("says which field matched, as the scan does", () => {
    const index = createSearchIndex(searchEntries(seedActorGraph()));
    expect(index.search("qatar pm")[0]).toMatchObject({
      id: "mohammed-al-thani",
      field: "alias",
      matched: "Qatari Prime Minister",
    });
    expect(index.search("hostage envoy")[0]).toMatchObject({
      id: "adam-boehler",
      field: "role",
      matched: "Trump's hostage envoy",
    });
    expect(index.search("witkof")[0]?.id).toBe("steve-witkoff");
  });

  it("orders equal scores by name as localeCompare does, equal names in document order", () => {
    const entries: SearchEntry[] = ["Émile", "Zed", "emile", "Ada", "Émile"].map((name, i) => ({
      id: `e${i}`,
      name,
      aliases: [],
      role: "envoy",
    }));
    // Every actor matches by role alone (score 10): the order is the names'.
    expect(
      createSearchIndex(entries)
        .search("envoy")
        .map((hit) => hit.id),
    ).toEqual([
      "e3", // Ada
      "e2", // emile
      "e0", // Émile
      "e4", // Émile, later in the document
      "e1", // Zed
    ]);
  });

  it("reads a word that is a property of every object as a word (no crash on “constructor”)", () => {
    const entries: SearchEntry[] = [{ id: "c", name: "Constructor Group", aliases: [] }];
    expect(
      createSearchIndex(entries)
        .search("constructor")
        .map((hit) => hit.id),
    ).toEqual(["c"]);
    expect(searchActors(entries, "toString").map((hit) => hit.id)).toEqual([]);
  });

  it("is built in steps, with the same result as at once", () => {
    const entries = generatedEntries(800, 3);
    const steps = searchIndexSteps(entries);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    expect(yields).toBeGreaterThan(3);
    expect(next.value.search("amal hadad", 20)).toEqual(scanActors(entries, "amal hadad", 20));
  });
});
