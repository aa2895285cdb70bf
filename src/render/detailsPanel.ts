// The details panel: the network's summary when nothing is selected, an actor with every tie in
// and out in date order, or one tie with its evidence. Counterparts are buttons that select them.
// The path finder's panel is in pathDetailsPanel.ts (loaded with the first path asked, so not
// re-exported here); shared pieces in detailsBlocks.ts.
import type { ActorDetails, MetricRow, TieDetails } from "../view/details";
import {
  attributesBlock,
  closeButton,
  evidenceList,
  field,
  noteOf,
  statusBadge,
  summaryOf,
  type DetailsCallbacks,
} from "./detailsBlocks";
import { bdi, fill, h } from "../dom/elements";
import { pagedList } from "./pagedList";
import { counted } from "../view/counts";

export type { DetailsCallbacks } from "./detailsBlocks";

export interface ActorExtras {
  metrics: MetricRow[];
  egoHops: number | null;
}

export interface NetworkSummary {
  title: string;
  description: string | undefined;
  actors: number;
  ties: number;
  sources: string[];
  asOf: string | undefined;
}

function tieItem(tie: TieDetails, self: string, callbacks: DetailsCallbacks): HTMLElement {
  const outgoing = tie.sourceId === self;
  const loop = tie.sourceId === tie.targetId;
  const counterpartId = outgoing ? tie.targetId : tie.sourceId;
  const counterpartName = outgoing ? tie.targetName : tie.sourceName;
  const arrow = !tie.directed ? "↔" : outgoing ? "→" : "←";
  const counterpart = loop
    ? h("span", {}, "itself")
    : h("button", { type: "button", class: "link" }, bdi(counterpartName));
  if (!loop) counterpart.addEventListener("click", () => callbacks.onSelectActor(counterpartId));
  const open = h("button", { type: "button", class: "link subtle" }, "Tie details");
  open.addEventListener("click", () => callbacks.onSelectTie(tie.id));
  return h(
    "li",
    { class: "tie-item", "data-tie": tie.id },
    h("div", { class: "tie-head" }, h("time", {}, tie.date), " ", statusBadge(tie)),
    h(
      "div",
      { class: "tie-line" },
      h(
        "span",
        { class: "arrow", "aria-label": outgoing ? "to" : tie.directed ? "from" : "with" },
        arrow,
      ),
      " ",
      counterpart,
      ` · ${tie.kind}`,
    ),
    tie.count ? h("p", { class: "count" }, tie.count) : null,
    summaryOf(tie),
    noteOf(tie),
    evidenceList(tie),
    open,
  );
}

function egoControls(
  actor: ActorDetails,
  extras: ActorExtras,
  callbacks: DetailsCallbacks,
): HTMLElement {
  const hops = h(
    "select",
    { id: "ego-hops" },
    ...[1, 2, 3].map((n) => h("option", { value: String(n) }, String(n))),
  );
  hops.value = String(extras.egoHops ?? 1);
  const show = h("button", { type: "button" }, "Show only this neighbourhood");
  show.addEventListener("click", () => callbacks.onEgo(actor.id, Number(hops.value)));
  hops.addEventListener("change", () => {
    if (extras.egoHops !== null) callbacks.onEgo(actor.id, Number(hops.value));
  });
  const all = h("button", { type: "button" }, "Show everyone");
  all.addEventListener("click", () => callbacks.onEgo(actor.id, null));
  const pathFrom = h("button", { type: "button" }, "Find paths from here");
  pathFrom.addEventListener("click", () => callbacks.onPathFrom(actor.id));
  return h(
    "div",
    { class: "ego" },
    h("label", { for: "ego-hops" }, "Neighbourhood within ", hops, " hop(s)"),
    h("div", { class: "row" }, extras.egoHops === null ? show : all, pathFrom),
  );
}

export function renderActorDetails(
  root: HTMLElement,
  actor: ActorDetails,
  callbacks: DetailsCallbacks,
  extras: ActorExtras = { metrics: [], egoHops: null },
): void {
  fill(
    root,
    h("div", { class: "panel-head" }, h("h2", {}, actor.name), closeButton(callbacks)),
    h(
      "dl",
      { class: "fields" },
      field("Kind", actor.kind),
      field("Role", actor.role),
      actor.aliases.length ? field("Also called", actor.aliases.join(", ")) : null,
      field("Affiliations", actor.affiliations.join("; "), "none stated in the source"),
    ),
    actor.description
      ? h("p", { class: "description" }, actor.description)
      : h("p", { class: "description missing" }, "No description."),
    attributesBlock(actor.attributes),
    extras.metrics.length ? h("h3", {}, "In the network") : null,
    extras.metrics.length
      ? h(
          "dl",
          { class: "fields metrics" },
          ...extras.metrics.map((row) => field(row.label, row.value)),
        )
      : null,
    egoControls(actor, extras, callbacks),
    h("h3", {}, `Ties (${actor.ties.length.toLocaleString("en")}), in date order`),
    ...(actor.ties.length
      ? pagedList(
          "ol",
          { class: "ties" },
          {
            total: actor.ties.length,
            row: (index) => tieItem(actor.ties.at(index), actor.id, callbacks),
            noun: "ties",
          },
        )
      : [h("p", { class: "missing" }, "No ties in the current view.")]),
  );
}

export function renderTieDetails(
  root: HTMLElement,
  tie: TieDetails,
  callbacks: DetailsCallbacks,
): void {
  const from = h("button", { type: "button", class: "link" }, bdi(tie.sourceName));
  from.addEventListener("click", () => callbacks.onSelectActor(tie.sourceId));
  const to = h("button", { type: "button", class: "link" }, bdi(tie.targetName));
  to.addEventListener("click", () => callbacks.onSelectActor(tie.targetId));
  const loop = tie.sourceId === tie.targetId;
  fill(
    root,
    h(
      "div",
      { class: "panel-head" },
      h("h2", {}, bdi(tie.sourceName), ` ${tie.directed ? "→" : "↔"} `, bdi(tie.targetName)),
      closeButton(callbacks),
    ),
    loop
      ? h("p", { class: "tie-ends" }, "From ", from, " to itself")
      : h(
          "p",
          { class: "tie-ends" },
          tie.directed ? "From " : "Between ",
          from,
          tie.directed ? " to " : " and ",
          to,
        ),
    h(
      "dl",
      { class: "fields" },
      field("Kind", tie.kind),
      tie.asWritten !== undefined ? field("As written in the file", tie.asWritten) : null,
      field("When", tie.date),
      field("Precision", tie.precision),
      tie.count ? field("Count", tie.count) : null,
      h("div", { class: "field" }, h("dt", {}, "Status"), h("dd", {}, statusBadge(tie))),
    ),
    summaryOf(tie),
    noteOf(tie),
    h("h3", {}, "Evidence"),
    evidenceList(tie),
    attributesBlock(tie.attributes),
  );
}

export function renderSummary(root: HTMLElement, summary: NetworkSummary): void {
  fill(
    root,
    h("h2", {}, summary.title),
    summary.description ? h("p", { class: "description" }, summary.description) : null,
    h(
      "p",
      {},
      `${counted(summary.actors, "actor")}, ${counted(summary.ties, "tie")}${summary.asOf ? `, as of ${summary.asOf}` : ""}.`,
    ),
    h("h3", {}, "Sources"),
    ...pagedList(
      "ul",
      { class: "sources" },
      {
        total: summary.sources.length,
        row: (index) => h("li", {}, summary.sources[index]),
        noun: "sources",
      },
    ),
    h(
      "p",
      { class: "hint" },
      "Select an actor or a tie to read its details and evidence. Tab into the picture and use the arrow keys, or search by name.",
    ),
  );
}
