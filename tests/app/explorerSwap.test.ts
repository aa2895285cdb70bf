// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { NetworkKept, swapExplorer } from "../../src/app/explorerSwap";
import type { Explorer } from "../../src/app/explorerContract";

/** An explorer that puts one element in `root`, as createExplorer puts its page there. */
function fakeExplorer(root: HTMLElement, name: string, fault?: unknown): Explorer {
  const page = document.createElement("section");
  page.textContent = name;
  root.replaceChildren(page);
  return {
    drawingFault: () => (fault === undefined ? undefined : { error: fault }),
    destroy: vi.fn(() => page.remove()),
  } as unknown as Explorer;
}

describe("showing another explorer", () => {
  it("ends the one before once the new one has drawn", () => {
    const root = document.createElement("div");
    const before = fakeExplorer(root, "seed");
    const next = swapExplorer(root, before, () => fakeExplorer(root, "next"));
    expect(before.destroy).toHaveBeenCalledOnce();
    expect(next.destroy).not.toHaveBeenCalled();
    expect(root.textContent).toBe("next");
  });

  it("keeps the one before, its page as it was, when drawing the new one failed", () => {
    const root = document.createElement("div");
    const before = fakeExplorer(root, "seed");
    const page = root.firstElementChild;
    let made: Explorer | undefined;
    const show = () =>
      swapExplorer(root, before, () => (made = fakeExplorer(root, "strange", new Error("a bug"))));
    expect(show).toThrow(new NetworkKept(new Error("a bug")));
    expect(show).toThrow("drawing it failed (a bug)");
    expect(made?.destroy).toHaveBeenCalled();
    expect(before.destroy).not.toHaveBeenCalled();
    expect(root.firstElementChild).toBe(page); // the same element, not a copy
    expect(root.textContent).toBe("seed");
  });

  it("keeps the one before when making the new one threw", () => {
    const root = document.createElement("div");
    const before = fakeExplorer(root, "seed");
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const show = () =>
        swapExplorer(root, before, () => {
          root.replaceChildren("half a page");
          throw new TypeError("no such actor");
        });
      expect(show).toThrow(NetworkKept);
      expect(before.destroy).not.toHaveBeenCalled();
      expect(root.textContent).toBe("seed");
    } finally {
      error.mockRestore();
    }
  });
});
