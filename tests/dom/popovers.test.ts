// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { closePopoverOnEscape, closePopoversOutside, openPopovers } from "../../src/dom/popovers";

function toolbar() {
  document.body.innerHTML = `
    <details class="tools" open>
      <summary>Tools</summary>
      <details class="export-options filters"><summary>Filters</summary><input id="f"></details>
      <details class="export-options paths"><summary>Paths</summary><select id="p"></select></details>
      <details class="legend" open><summary>Legend</summary></details>
    </details>
    <p id="outside">picture</p>`;
  const tools = document.querySelector<HTMLDetailsElement>(".tools")!;
  const [filters, paths] = [...document.querySelectorAll<HTMLDetailsElement>(".export-options")];
  return { tools, filters: filters!, paths: paths! };
}

describe("the toolbar's popovers", () => {
  it("close on a press outside them, not inside, and leave other <details> alone", () => {
    const { tools, filters, paths } = toolbar();
    filters.open = true;
    paths.open = true;
    closePopoversOutside(tools, document.getElementById("p"));
    expect([filters.open, paths.open]).toEqual([false, true]);
    closePopoversOutside(tools, document.getElementById("outside"));
    expect(paths.open).toBe(false);
    expect(tools.open).toBe(true);
    expect(document.querySelector<HTMLDetailsElement>(".legend")!.open).toBe(true);
  });

  it("close one at a time on Escape, the one holding the keyboard first, giving it to the summary", () => {
    const { tools, filters, paths } = toolbar();
    filters.open = true;
    paths.open = true;
    const input = document.getElementById("f")!;
    input.focus();
    expect(closePopoverOnEscape(tools, document.activeElement)).toBe(true);
    expect([filters.open, paths.open]).toEqual([false, true]);
    expect(document.activeElement?.textContent).toBe("Filters");
    expect(closePopoverOnEscape(tools, document.activeElement)).toBe(true);
    expect(paths.open).toBe(false);
    expect(document.activeElement?.textContent).toBe("Paths");
    expect(openPopovers(tools)).toEqual([]);
    expect(closePopoverOnEscape(tools, document.activeElement)).toBe(false);
  });
});
