import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { jsonPieces, jsonText } from "../../src/persist/jsonText";
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

  it("pauses in a long run of known records too (200,000 ties joined held the page 60 ms)", async () => {
    const ties = Array.from({ length: 10_000 }, (_, i) => ({
      id: `t${i}`,
      source: "a",
      target: "b",
    }));
    await jsonText({ ties }, noPause);
    let pauses = 0;
    let now = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => (now += 10));
    try {
      // every record known, in a new object: a look at the clock every 256 of them, each late
      const again = { ties };
      expect(await jsonText(again, async () => void pauses++)).toBe(JSON.stringify(again));
      expect(pauses).toBe(Math.floor(10_000 / 256));
    } finally {
      clock.mockRestore();
    }
  });

  it("comes out in pieces of about the size asked for, which join to exactly the text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.integer({ min: 1, max: 40 }),
        async (value, size) => {
          const pieces = await jsonPieces(value, noPause, size);
          expect(pieces.join("")).toBe(JSON.stringify(value));
          // every piece but the last reaches the size (a piece ends after the text that fills it)
          for (const piece of pieces.slice(0, -1))
            expect(piece.length).toBeGreaterThanOrEqual(size);
        },
      ),
    );
  });

  it("writes a wide object (a layout's positions) key by key, pausing in it", async () => {
    const positions: Record<string, { x: number; y: number }> = {};
    for (let i = 0; i < 3000; i++) positions[`actor-${i}`] = { x: i, y: -i / 3 };
    const document = { ...seedJson(), layout: { positions, pinned: ["actor-1"] } };
    let pauses = 0;
    let now = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => (now += 1));
    try {
      const pieces = await jsonPieces(document, async () => void pauses++, 4096);
      expect(pieces.join("")).toBe(JSON.stringify(document));
      expect(pieces.length).toBeGreaterThan(10);
      // 3,000 new position texts: a look every 32 of them, each 1 ms later, over 8 ms: pauses
      expect(pauses).toBeGreaterThan(5);
    } finally {
      clock.mockRestore();
    }
  });
});
