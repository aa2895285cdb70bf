// The path finder's panel: the shortest chain and every chain between two actors, with evidence.
import type { ChainDetails, PathDetails } from "../view/details";
import { statusBadge, type DetailsCallbacks } from "./detailsBlocks";
import { fill, h } from "../dom/elements";

function chainItem(chain: ChainDetails, callbacks: DetailsCallbacks): HTMLElement {
  return h(
    "li",
    { class: "chain" },
    h("p", { class: "chain-text" }, chain.text),
    h(
      "ol",
      { class: "hops" },
      ...chain.hops.map((hop) =>
        h(
          "li",
          {},
          h("span", { class: "hop" }, `${hop.from} → ${hop.to}`),
          h(
            "ul",
            { class: "hop-ties" },
            ...hop.ties.map((tie) => {
              const open = h(
                "button",
                { type: "button", class: "link subtle" },
                `${tie.kind}, ${tie.date}`,
              );
              open.addEventListener("click", () => callbacks.onSelectTie(tie.id));
              return h(
                "li",
                {},
                open,
                " ",
                statusBadge(tie),
                h(
                  "span",
                  { class: "attribution" },
                  ` — ${tie.evidence.map((e) => e.attribution).join("; ")}`,
                ),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

export function renderPathDetails(
  root: HTMLElement,
  path: PathDetails,
  callbacks: DetailsCallbacks,
): void {
  const clear = h("button", { type: "button", class: "close" }, "Clear path");
  clear.addEventListener("click", () => callbacks.onClearPath());
  const reading = path.directed ? "following tie direction" : "ties read both ways";
  fill(
    root,
    h(
      "div",
      { class: "panel-head" },
      h("h2", {}, `Paths from ${path.fromName} to ${path.toName}`),
      clear,
    ),
    h("p", { class: "hint" }, `Over the ties in view, ${reading}.`),
    h("h3", {}, "Shortest path"),
    path.shortest
      ? h("ol", { class: "chains" }, chainItem(path.shortest, callbacks))
      : h("p", { class: "missing" }, "No path connects them with the ties in view."),
    h(
      "h3",
      {},
      `Every chain of up to ${path.maxHops} hops (${path.total}${path.truncated ? `, first ${path.chains.length} shown` : ""})`,
    ),
    path.chains.length
      ? h("ol", { class: "chains" }, ...path.chains.map((chain) => chainItem(chain, callbacks)))
      : h("p", { class: "missing" }, `No chain of ${path.maxHops} hops or fewer.`),
  );
}
