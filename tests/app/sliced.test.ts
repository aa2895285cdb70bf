// Work in slices: steps run to the same result as all at once, a cancelled run stops between
// slices, and a long text becomes the same Blob a piece at a time.
import { describe, expect, it } from "vitest";
import { runSliced, textBlob } from "../../src/app/sliced";
import { runSteps } from "../../src/view/steps";

function* counting(to: number, seen: number[]): Generator<void, number, void> {
  let sum = 0;
  for (let i = 1; i <= to; i++) {
    seen.push(i);
    sum += i;
    yield;
  }
  return sum;
}

describe("running steps", () => {
  it("gives the same result in slices as at once", async () => {
    expect(runSteps(counting(100, []))).toBe(5050);
    // A budget of 0 ms: the page gets the thread back after every step.
    expect(await runSliced(counting(100, []), () => false, 0)).toBe(5050);
  });

  it("stops between slices once cancelled, and says so with undefined", async () => {
    const seen: number[] = [];
    let cancel = false;
    const run = runSliced(counting(100, seen), () => cancel, 0);
    cancel = true;
    expect(await run).toBeUndefined();
    expect(seen).toEqual([1]);
  });
});

describe("a long text as a Blob", () => {
  it("has the same bytes as the text encoded at once, surrogate pairs across piece boundaries kept", async () => {
    // 2^18 characters a piece: put a four-byte character (a surrogate pair) across each boundary.
    const piece = "a".repeat((1 << 18) - 1);
    const text = `${piece}😀${piece}é😀${piece}`;
    const sliced = await textBlob(text, "image/svg+xml");
    expect(sliced.type).toBe("image/svg+xml");
    expect(Buffer.from(await sliced.arrayBuffer()).equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(await (await textBlob("", "text/plain")).text()).toBe("");
  });
});
