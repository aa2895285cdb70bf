import { describe, expect, it } from "vitest";
import { runSteps } from "../../src/view/steps";
import { sortSteps } from "../../src/view/sortSteps";
import { seededRandom } from "../fixtures/largeNetwork";

describe("sortSteps", () => {
  it("sorts as Array.prototype.sort does, equal items kept in their order", () => {
    const random = seededRandom(4);
    for (const length of [0, 1, 2, 3, 7, 64, 1000, 3001]) {
      const items = Array.from({ length }, (_, index) => ({
        key: Math.floor(random() * 20),
        index,
      }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      expect(runSteps(sortSteps(items, byKey))).toEqual([...items].sort(byKey));
    }
  });

  it("yields while it sorts a long list, and leaves the list it was given alone", () => {
    const items = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5000);
    const copy = [...items];
    const steps = sortSteps(items, (a, b) => a - b);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    // about 5000 × 13 comparisons, a yield every 1000
    expect(yields).toBeGreaterThan(50);
    expect(next.value).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(items).toEqual(copy);
  });
});
