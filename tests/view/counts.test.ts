import { describe, expect, it } from "vitest";
import { counted } from "../../src/view/counts";

describe("counts in words", () => {
  it("separates thousands and agrees the word with the number", () => {
    expect(counted(1, "actor")).toBe("1 actor");
    expect(counted(0, "tie")).toBe("0 ties");
    expect(counted(15000, "tie")).toBe("15,000 ties");
    expect(counted(1234567, "actor")).toBe("1,234,567 actors");
    expect(counted(2, "person", "people")).toBe("2 people");
  });
});
