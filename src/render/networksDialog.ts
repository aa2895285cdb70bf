// The Networks list: the networks kept in this browser (title, size, last changed) with Open,
// Rename, Duplicate and Delete (after a confirmation), the records that could not be read, the
// published example, and "New network". A modal <dialog>: focus stays in it until it closes.
import { h } from "../dom/elements";
import type { StoredSummary } from "../persist/storedNetwork";

export interface NetworksListing {
  networks: readonly StoredSummary[];
  unreadable: readonly { id: string | undefined; message: string }[];
  /** The network open now (marked in the list). */
  openId: string | undefined;
  /** The page's own network, always available ("Example: …"). */
  example: { title: string; actors: number; ties: number };
  /** Why networks are kept for this page only, when they are. */
  problem: string | undefined;
}

export interface NetworksActions {
  open(id: string): void;
  openExample(): void;
  create(): void;
  rename(id: string, title: string): void;
  duplicate(id: string): void;
  remove(id: string): void;
}

const when = (ms: number) =>
  new Date(ms).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });

const size = (actors: number, ties: number) =>
  `${actors.toLocaleString("en")} ${actors === 1 ? "actor" : "actors"}, ${ties.toLocaleString("en")} ${ties === 1 ? "tie" : "ties"}`;

export function createNetworksDialog(actions: NetworksActions): {
  element: HTMLDialogElement;
  show(listing: NetworksListing): void;
  close(): void;
} {
  const body = h("div", { class: "networks-body" });
  const close = h("button", { type: "button" }, "Close");
  const element = h(
    "dialog",
    { class: "networks-dialog", "aria-labelledby": "networks-heading" },
    h("h2", { id: "networks-heading" }, "Networks"),
    body,
    h("p", { class: "dialog-actions" }, close),
  );
  close.addEventListener("click", () => element.close());

  const item = (network: StoredSummary, openId: string | undefined): HTMLElement => {
    const open = h("button", { type: "button" }, `Open ${network.title}`);
    open.addEventListener("click", () => actions.open(network.id));
    const rename = h("button", { type: "button" }, "Rename…");
    const duplicate = h("button", { type: "button" }, "Duplicate");
    duplicate.addEventListener("click", () => actions.duplicate(network.id));
    const remove = h("button", { type: "button", class: "danger" }, "Delete…");
    const row = h(
      "li",
      { class: "network-item" },
      h(
        "div",
        { class: "network-summary" },
        h("strong", { class: "network-name" }, network.title),
        network.id === openId ? h("span", { class: "badge" }, "open now") : null,
        h(
          "span",
          { class: "network-meta" },
          `${size(network.actors, network.ties)} · changed ${when(network.updatedAt)}`,
        ),
      ),
      h("div", { class: "network-actions" }, open, rename, duplicate, remove),
    );
    rename.addEventListener("click", () => {
      const input = h("input", {
        type: "text",
        value: network.title,
        maxlength: 500,
        "aria-label": "New title",
      });
      const save = h("button", { type: "submit" }, "Save title");
      const cancel = h("button", { type: "button" }, "Cancel");
      const form = h(
        "form",
        { class: "inline-form", "aria-label": `Rename ${network.title}` },
        input,
        save,
        cancel,
      );
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        if (input.value.trim()) actions.rename(network.id, input.value.trim());
      });
      cancel.addEventListener("click", () => {
        form.remove();
        rename.focus();
      });
      row.append(form);
      input.focus();
      input.select();
    });
    remove.addEventListener("click", () => {
      const yes = h("button", { type: "button", class: "danger" }, `Delete ${network.title}`);
      const no = h("button", { type: "button" }, "Keep it");
      const confirm = h(
        "div",
        { class: "inline-form", role: "group", "aria-label": "Confirm delete" },
        h("p", {}, `Delete “${network.title}” from this browser? This cannot be undone.`),
        yes,
        no,
      );
      yes.addEventListener("click", () => actions.remove(network.id));
      no.addEventListener("click", () => {
        confirm.remove();
        remove.focus();
      });
      row.append(confirm);
      no.focus();
    });
    return row;
  };

  return {
    element,
    show(listing) {
      const create = h("button", { type: "button", class: "primary" }, "New network");
      create.addEventListener("click", () => actions.create());
      const example = h("button", { type: "button" }, `Open example: ${listing.example.title}`);
      example.addEventListener("click", () => actions.openExample());
      const parts: (HTMLElement | null)[] = [
        listing.problem
          ? h("p", { class: "storage-problem", role: "alert" }, listing.problem)
          : null,
        h("p", { class: "dialog-actions" }, create),
        listing.networks.length
          ? h(
              "ul",
              { class: "network-list", "aria-label": "Networks in this browser" },
              ...listing.networks.map((n) => item(n, listing.openId)),
            )
          : h(
              "p",
              {},
              "No network is kept in this browser yet. Opening a file or editing a network keeps it here.",
            ),
        listing.unreadable.length
          ? h(
              "div",
              { class: "unreadable" },
              h("h3", {}, "Kept but not readable by this version"),
              h("ul", {}, ...listing.unreadable.map((u) => h("li", {}, u.message))),
            )
          : null,
        h(
          "div",
          { class: "example" },
          h("h3", {}, "Example"),
          h(
            "p",
            { class: "network-meta" },
            `${listing.example.title} · ${size(listing.example.actors, listing.example.ties)}`,
          ),
          example,
        ),
      ];
      body.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
      if (!element.open) element.showModal();
      create.focus();
    },
    close: () => element.close(),
  };
}
