import { describe, expect, it } from "vitest";
import { describeError, guardListener, isLoadFailure } from "../../src/app/faults";

describe("faults in words", () => {
  it("tells a part of the app that could not be fetched from a bug", () => {
    const chromium = new TypeError(
      "Failed to fetch dynamically imported module: http://127.0.0.1/assets/io-abc.js",
    );
    const firefox = new TypeError("error loading dynamically imported module");
    const safari = new TypeError("Importing a module script failed.");
    for (const error of [chromium, firefox, safari]) expect(isLoadFailure(error)).toBe(true);
    expect(isLoadFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      false,
    );
  });

  it("says what was thrown, whatever it was, without a trailing full stop", () => {
    expect(describeError(new Error("a renderer bug."))).toBe("a renderer bug");
    expect(describeError("plain words")).toBe("plain words");
    expect(describeError(new Error(""))).toBe("an unknown error");
  });

  it("keeps a listener's error from reaching the store, and lets the next call through", () => {
    const seen: unknown[] = [];
    const calls: number[] = [];
    const listener = guardListener(
      (n: number) => {
        calls.push(n);
        if (n === 1) throw new Error("drawing failed");
      },
      (error) => seen.push(error),
    );
    expect(() => listener(1)).not.toThrow();
    listener(2);
    expect(calls).toEqual([1, 2]);
    expect(seen).toEqual([new Error("drawing failed")]);
  });
});
