// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { bdi, h, joinNames } from "../../src/dom/elements";

describe("building elements", () => {
  it("takes a list of children of a network's size without spreading it into a call", () => {
    const items = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? String(i) : null));
    const list = h("ol", {}, "first", items, false, "last");
    expect(list.childNodes).toHaveLength(100_002);
    expect(list.firstChild?.textContent).toBe("first");
    expect(list.childNodes[1]?.textContent).toBe("1");
    expect(list.lastChild?.textContent).toBe("last");
  });

  it("keeps names apart in <bdi> elements", () => {
    expect(bdi("حماس").outerHTML).toBe("<bdi>حماس</bdi>");
    const parts = h("p", {}, joinNames(["A", "B", "C"], " → "));
    expect(parts.innerHTML).toBe("<bdi>A</bdi> → <bdi>B</bdi> → <bdi>C</bdi>");
  });
});
