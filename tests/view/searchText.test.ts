import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/schema/suggest";
import { boundedDistance, queryReadings, wordScore } from "../../src/view/searchText";
import { seededRandom } from "../fixtures/largeNetwork";

describe("boundedDistance", () => {
  it("is the edit distance when within the limit, Infinity beyond it", () => {
    const random = seededRandom(11);
    const word = () =>
      Array.from({ length: Math.floor(random() * 9) }, () => "abcé"[Math.floor(random() * 4)]).join(
        "",
      );
    for (let n = 0; n < 3000; n++) {
      const [a, b] = [word(), word()];
      const exact = editDistance(a, b);
      for (const limit of [0, 1, 2, 3])
        expect(boundedDistance(a, b, limit), `${a} ${b} ${limit}`).toBe(
          exact <= limit ? exact : Infinity,
        );
    }
  });

  it("counts a swap of neighbours as one typo, as editDistance does", () => {
    expect(boundedDistance("haddad", "hadadd", 2)).toBe(1);
    expect(boundedDistance("abcd", "badc", 2)).toBe(2);
    expect(boundedDistance("witkoff", "witkof", 0)).toBe(Infinity);
  });
});

describe("wordScore", () => {
  it.each([
    ["amal", "amal", 0],
    ["ama", "amal", 0.25],
    ["amla", "amal", 1], // a swap
    ["hadad", "haddad", 1],
    ["hadad", "hadadxyz", 0.25], // begins it
    ["lindqvx", "lindqvistson", 1.5], // one typo in its beginning (7 letters: 2 allowed)
    ["haddax", "haddadine", Infinity], // 6 letters: the beginning must be exact
    ["lindqvst", "lindqvist", 1],
    ["amx", "amal", Infinity], // three letters: no typo allowed
    ["qwerty", "amal", Infinity],
  ])("%s against %s scores %s", (query, word, score) => {
    expect(wordScore(query, word, true)).toBe(score);
  });

  it("allows no typo where typos are off (descriptions)", () => {
    expect(wordScore("hadad", "haddad", false)).toBe(Infinity);
  });
});

describe("queryReadings", () => {
  it("reads abbreviations both ways and leaves stop words out", () => {
    expect(queryReadings("qatar pm")).toEqual([[["qatar"]], [["pm"], ["prime", "minister"]]]);
    expect(queryReadings("the prime minister")).toEqual([[["prime", "minister"], ["pm"]]]);
    expect(queryReadings("constructor")).toEqual([[["constructor"]]]);
  });
});
