// The editor's sheet: where a form or a confirmation opens (beside the picture on a wide screen,
// over its lower part on a phone), the list of sources to edit, and the short guide an empty
// network shows in edit mode. DOM only.
import { h } from "../dom/elements";
import type { Source } from "../schema/networkDocument";

export interface SourceListActions {
  onAdd(): void;
  onEdit(source: Source): void;
  onDelete(source: Source): void;
  onClose(): void;
}

export function createEditorSheet(): {
  element: HTMLElement;
  show(build: (container: HTMLElement) => void): void;
  hide(): void;
  isOpen(): boolean;
  guide(on: boolean): void;
  sourceList(container: HTMLElement, sources: readonly Source[], actions: SourceListActions): void;
} {
  const body = h("div", { class: "editor-body" });
  const guide = h(
    "div",
    { class: "editor-guide", hidden: true },
    h("h2", {}, "An empty network"),
    h(
      "ol",
      {},
      h("li", {}, "Add the actors the reporting names: “Add actor…”."),
      h("li", {}, "Add the report they come from: “Sources…” → “Add source”."),
      h(
        "li",
        {},
        "Add ties between actors: “Add tie…”, or Shift + drag from one actor to another.",
      ),
    ),
    h("p", {}, "Every change is saved in this browser, and Ctrl+Z undoes it."),
  );
  const element = h(
    "section",
    { class: "editor-sheet", "aria-label": "Editor", hidden: true },
    guide,
    body,
  );
  let open = false;
  const hide = () => {
    open = false;
    body.replaceChildren();
    element.hidden = guide.hidden;
  };
  return {
    element,
    show(build) {
      open = true;
      guide.hidden = true;
      element.hidden = false;
      const container = h("div", { class: "editor-content" });
      body.replaceChildren(container);
      build(container);
    },
    hide,
    isOpen: () => open,
    guide(on) {
      guide.hidden = !on;
      if (!open) element.hidden = !on;
    },
    sourceList(container, sources, actions) {
      const add = h("button", { type: "button", class: "primary" }, "Add source");
      add.addEventListener("click", actions.onAdd);
      const close = h("button", { type: "button" }, "Close");
      close.addEventListener("click", actions.onClose);
      const items = sources.map((source) => {
        const edit = h("button", { type: "button" }, `Edit ${source.publisher}: ${source.title}`);
        edit.addEventListener("click", () => actions.onEdit(source));
        const remove = h("button", { type: "button", class: "danger" }, "Delete…");
        remove.setAttribute("aria-label", `Delete ${source.publisher}: ${source.title}`);
        remove.addEventListener("click", () => actions.onDelete(source));
        return h(
          "li",
          { class: "source-item" },
          h(
            "span",
            { class: "source-name" },
            `${source.publisher}: ${source.title}${source.date ? ` (${source.date})` : ""}`,
          ),
          h("span", { class: "source-actions" }, edit, remove),
        );
      });
      container.replaceChildren(
        h(
          "section",
          { class: "source-list", "aria-labelledby": "sources-heading" },
          h("h2", { id: "sources-heading", tabindex: "-1" }, "Sources"),
          items.length
            ? h("ul", {}, items)
            : h("p", {}, "No source yet: every tie needs one as its evidence."),
          h("p", { class: "dialog-actions" }, add, close),
        ),
      );
      container.querySelector<HTMLElement>("#sources-heading")?.focus();
    },
  };
}
