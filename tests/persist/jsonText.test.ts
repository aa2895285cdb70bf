import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { jsonText } from "../../src/persist/jsonText";
import { chainWithParallels, seedJson } from "../fixtures/documents";
import { largeNetworkDocument } from "../fixtures/largeNetwork";

const noPause = () => Promise.resolve();

describe("JSON text built from remembered pieces", () => {
  it("is exactly JSON.stringify, for documents and for any JSON object", async () => {
    for (const document of [seedJson(), chainWithParallels()])
      expect(await jsonText(document, noPause)).toBe(JSON.stringify(document));
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), async (value) => {
        expect(await jsonText(value, noPause)).toBe(JSON.stringify(value));
      }),
    );
  });

  it("follows an edit: a replaced record, a removed one, a new layout", async () => {
    const document = largeNetworkDocument({ actors: 60, ties: 180, seed: 3 });
    await jsonText(document, noPause);
    const actors = [...document.actors];
    actors[7] = { ...actors[7]!, name: "Renamed" };
    const edited = {
      ...document,
      actors,
      ties: document.ties.filter((_, i) => i !== 11),
      layout: { positions: { "actor-00": { x: 1, y: 2 } } },
    };
    expect(await jsonText(edited, noPause)).toBe(JSON.stringify(edited));
  });

  it("pauses during a large first text, and not when every piece is known", async () => {
    const actors = largeNetworkDocument({ actors: 200, ties: 200, seed: 2 }).actors;
    let pauses = 0;
    const pause = async () => void pauses++;
    // a clock that moves 10 ms at every look: 200 records cannot pass without a pause
    let now = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => (now += 10));
    try {
      expect(await jsonText({ actors }, pause)).toBe(JSON.stringify({ actors }));
      expect(pauses).toBeGreaterThan(0);
      pauses = 0;
      await jsonText({ actors }, pause);
      expect(pauses).toBe(0);
    } finally {
      clock.mockRestore();
    }
  });

  it("pauses in a long run of known records too, and gives an unchanged object's text at once", async () => {
    const ties = Array.from({ length: 10_000 }, (_, i) => ({
      id: `t${i}`,
      source: "a",
      target: "b",
    }));
    await jsonText({ ties }, noPause);
    let pauses = 0;
    const pause = async () => void pauses++;
    let now = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => (now += 10));
    try {
      // every record known, in a new object: 10,000 are joined with a pause after 4,096 and 8,192
      const again = { ties };
      expect(await jsonText(again, pause)).toBe(JSON.stringify(again));
      expect(pauses).toBe(2);
      // the same object once more: its text, without reading a record or the clock
      pauses = 0;
      const looks = now;
      expect(await jsonText(again, pause)).toBe(JSON.stringify(again));
      expect([pauses, now]).toEqual([0, looks]);
    } finally {
      clock.mockRestore();
    }
  });
});
