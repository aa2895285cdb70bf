// The details panel for a path question: the question answered, plainly saying when the one asked
// has none and offering the nearest alternative; the shortest chain and every chain, each with its
// verdict on time order and each hop's ties with their date and how they follow the hop before.
import type { ChainDetails, PathDetails } from "../view/pathDetails";
import { statusBadge, type DetailsCallbacks } from "./detailsBlocks";
import { bdi, fill, h, joinNames } from "../dom/elements";

function chainItem(chain: ChainDetails, callbacks: DetailsCallbacks): HTMLElement {
  return h(
    "li",
    { class: "chain", "data-order": chain.order },
    h("p", { class: "chain-text" }, joinNames(chain.names, " → ")),
    h("p", { class: `verdict verdict-${chain.order}` }, chain.verdict),
    h(
      "ol",
      { class: "hops" },
      chain.hops.map((hop, index) =>
        h(
          "li",
          { "data-hop": String(index) },
          h("span", { class: "hop" }, bdi(hop.from), " → ", bdi(hop.to)),
          h(
            "ul",
            { class: "hop-ties" },
            hop.ties.map(({ tie, note, inOrder }) => {
              const open = h(
                "button",
                { type: "button", class: "link subtle" },
                `${tie.kind}, ${tie.date}`,
              );
              open.addEventListener("click", () => callbacks.onSelectTie(tie.id));
              return h(
                "li",
                { "data-tie": tie.id },
                open,
                " ",
                h("span", { class: `timing${inOrder ? "" : " out-of-order"}` }, `· ${note}`),
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
          hop.leftOut ? h("p", { class: "left-out" }, hop.leftOut) : null,
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
  let alternative: HTMLElement | null = null;
  if (path.alternative) {
    const { label, button, change } = path.alternative;
    const use = h("button", { type: "button" }, button);
    use.addEventListener("click", () => callbacks.onPathOptions(change));
    alternative = h("div", { class: "alternative" }, h("p", {}, `${label}, shown below.`), use);
  }
  fill(
    root,
    h(
      "div",
      { class: "panel-head" },
      h("h2", {}, "Paths from ", bdi(path.fromName), " to ", bdi(path.toName)),
      clear,
    ),
    path.noAnswer ? h("p", { class: "no-answer" }, path.noAnswer) : null,
    alternative,
    h("p", { class: "hint" }, path.reading),
    path.shortest ? h("h3", {}, "Shortest path") : null,
    path.shortest ? h("ol", { class: "chains" }, chainItem(path.shortest, callbacks)) : null,
    h(
      "h3",
      {},
      `Every chain of up to ${path.maxHops} hops (${path.total}${path.truncated ? `, first ${path.chains.length} shown` : ""})`,
    ),
    path.chains.length
      ? h(
          "ol",
          { class: "chains" },
          path.chains.map((chain) => chainItem(chain, callbacks)),
        )
      : h("p", { class: "missing" }, `No such chain of ${path.maxHops} hops or fewer.`),
  );
}
