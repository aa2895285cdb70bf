import { describe, expect, it } from "vitest";
import { createOpenAttempts } from "../../src/state/openAttempts";

describe("opens that overlap", () => {
  it("let only the newest open change the page, once", () => {
    const attempts = createOpenAttempts();
    const large = attempts.start();
    expect(attempts.current(large)).toBe(true);
    const small = attempts.start();
    // The small file finishes first and opens.
    expect(attempts.current(small)).toBe(true);
    attempts.settle(small);
    // The large file's actors, then its network or failure, come later: all dropped.
    expect(attempts.current(large)).toBe(false);
    expect(attempts.current(small)).toBe(false);
    expect(attempts.newest(small)).toBe(true);
    expect(attempts.newest(large)).toBe(false);
  });

  it("a settled older open cannot settle the newer one", () => {
    const attempts = createOpenAttempts();
    const first = attempts.start();
    const second = attempts.start();
    attempts.settle(first);
    expect(attempts.current(second)).toBe(true);
  });
});
