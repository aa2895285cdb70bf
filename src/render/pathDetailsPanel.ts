// The details panel for a path question: the question answered, plainly saying when the one asked
// has none and offering the nearest alternative; the shortest chain and every chain, each with its
// verdict on time order and each hop's ties with their date and how they follow the hop before.
// Chains and each hop's ties are drawn a page at a time; while a large search runs off the page the
// panel says so and offers Cancel, and a cancelled or failed search offers "Search again".
import type { ChainDetails, HopTieDetails, PathDetails } from "../view/pathDetails";
import { statusBadge, type DetailsCallbacks } from "./detailsBlocks";
import { bdi, fill, h, joinNames } from "../dom/elements";
import { pagedList } from "./pagedList";

/** Ties listed per hop before "Show 5 more ties": a chain stays readable with parallel ties. */
const HOP_TIES_PAGE = 5;
/** Attributions named per tie in a chain; the tie's own details list them all. */
const ATTRIBUTIONS = 3;

function attributions(tie: HopTieDetails["tie"]): string {
  const named = tie.evidence.slice(0, ATTRIBUTIONS).map((e) => e.attribution);
  const more = tie.evidence.length - named.length;
  return ` — ${named.join("; ")}${more > 0 ? `; and ${more.toLocaleString("en")} more` : ""}`;
}

function hopTieItem({ tie, note, inOrder }: HopTieDetails, callbacks: DetailsCallbacks) {
  const open = h("button", { type: "button", class: "link subtle" }, `${tie.kind}, ${tie.date}`);
  open.addEventListener("click", () => callbacks.onSelectTie(tie.id));
  return h(
    "li",
    { "data-tie": tie.id },
    open,
    " ",
    h("span", { class: `timing${inOrder ? "" : " out-of-order"}` }, `· ${note}`),
    " ",
    statusBadge(tie),
    h("span", { class: "attribution" }, attributions(tie)),
  );
}

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
          pagedList(
            "ul",
            { class: "hop-ties" },
            {
              total: hop.ties.length,
              row: (at) => hopTieItem(hop.ties.at(at), callbacks),
              noun: "ties",
              pageSize: HOP_TIES_PAGE,
            },
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
      `Every chain of up to ${path.maxHops} hops (${path.total.toLocaleString("en")}${path.truncated ? `, first ${path.chains.length.toLocaleString("en")} listed` : ""})`,
    ),
    path.stopped ? h("p", { class: "search-stopped" }, path.stopped) : null,
    ...(path.chains.length
      ? pagedList(
          "ol",
          { class: "chains" },
          {
            total: path.chains.length,
            row: (index) => chainItem(path.chains.at(index), callbacks),
            noun: "chains",
          },
        )
      : [h("p", { class: "missing" }, `No such chain of ${path.maxHops} hops or fewer.`)]),
  );
}

export interface PathSearchCallbacks {
  onCancel(): void;
  onRetry(): void;
  onClearPath(): void;
}

/** The panel while a path search runs off the page, or after it was cancelled or failed. */
export function renderPathSearch(
  root: HTMLElement,
  search: {
    fromName: string;
    toName: string;
    maxHops: number;
    state: "searching" | "cancelled" | "failed";
    message?: string | undefined;
  },
  callbacks: PathSearchCallbacks,
): void {
  const clear = h("button", { type: "button", class: "close" }, "Clear path");
  clear.addEventListener("click", () => callbacks.onClearPath());
  const action =
    search.state === "searching"
      ? h("button", { type: "button" }, "Cancel search")
      : h("button", { type: "button" }, "Search again");
  action.addEventListener("click", () =>
    search.state === "searching" ? callbacks.onCancel() : callbacks.onRetry(),
  );
  const text =
    search.state === "searching"
      ? `Searching for every chain of up to ${search.maxHops} hops… This network has many; the page stays usable meanwhile.`
      : search.state === "cancelled"
        ? "The search was cancelled."
        : (search.message ?? "The path search failed.");
  fill(
    root,
    h(
      "div",
      { class: "panel-head" },
      h("h2", {}, "Paths from ", bdi(search.fromName), " to ", bdi(search.toName)),
      clear,
    ),
    h("p", { class: "path-search", role: "status" }, text),
    h("div", { class: "row" }, action),
  );
}
