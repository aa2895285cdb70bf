import { describe, expect, it } from "vitest";
import { decodeLayoutSnapshot, encodeLayoutSnapshot } from "../../src/layout/layoutSnapshot";

describe("the layout snapshot a published page carries", () => {
  const positions = new Map([
    ["a", { x: 0.1 + 0.2, y: -123.456789012345 }],
    ["b", { x: 1e-12, y: 987654.321 }],
  ]);

  it("reads back exactly the positions written, through JSON", () => {
    const text = JSON.stringify(encodeLayoutSnapshot(positions));
    const read = decodeLayoutSnapshot(JSON.parse(text), ["a", "b"]);
    expect(read).toEqual(positions);
    expect(read?.get("a")?.x).toBe(0.30000000000000004);
  });

  it("is refused when it does not fit the network's actors", () => {
    const snapshot = encodeLayoutSnapshot(positions);
    expect(decodeLayoutSnapshot(snapshot, ["a"])).toBeUndefined(); // one too many
    expect(decodeLayoutSnapshot(snapshot, ["a", "b", "c"])).toBeUndefined(); // one missing
    expect(decodeLayoutSnapshot(snapshot, ["a", "c"])).toBeUndefined(); // another actor
  });

  it("is refused when malformed", () => {
    for (const bad of [
      null,
      "positions",
      { positions: null },
      { positions: { a: [1] } },
      { positions: { a: [1, "2"] } },
      { positions: { a: [1, null] } },
      { positions: { a: { x: 1, y: 2 } } },
    ])
      expect(decodeLayoutSnapshot(bad, ["a"]), JSON.stringify(bad)).toBeUndefined();
    // Infinity cannot come through JSON, but a hand-made value may carry it.
    expect(decodeLayoutSnapshot({ positions: { a: [Infinity, 0] } }, ["a"])).toBeUndefined();
  });

  it("takes an actor called constructor as an id like any other", () => {
    const snapshot = { positions: { constructor: [1, 2] } };
    expect(decodeLayoutSnapshot(snapshot, ["constructor"])).toEqual(
      new Map([["constructor", { x: 1, y: 2 }]]),
    );
    expect(decodeLayoutSnapshot({ positions: {} }, ["constructor"])).toBeUndefined();
  });
});
