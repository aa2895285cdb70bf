// The question tools' popovers, built when one is first opened (app/questionControls.ts loads
// this part then): the tie filters (kind, status, source) and the path finder (From / To,
// direction, tie kinds, time order, hops). Plain form controls, so all of it works from the
// keyboard; wiring only.
import type { ActorGraph } from "../model/actorGraph";
import type { Store } from "../state/store";
import { MAX_PATH_HOPS, type AppState } from "../state/appState";
import {
  TIE_KINDS,
  TIE_KIND_LABELS,
  TIE_STATUS_KEYS,
  TIE_STATUS_LABELS,
  type TieKind,
  tieFamily,
  tieStatusKey,
  type TieStatusKey,
} from "../schema/vocabulary";
import { tieInterval } from "../schema/tieTime";
import { h } from "../dom/elements";

/** A popover's controls, following the state. */
export interface QuestionForm {
  element: HTMLElement;
  sync(state: AppState): void;
}

interface Box<T extends string> {
  value: T;
  input: HTMLInputElement;
  label: string;
}

export function filtersForm(graph: ActorGraph, store: Store): QuestionForm {
  // One pass over the ties (a search per kind read 60 000 ties a dozen times: 80 ms).
  const kindsUsed = new Set<TieKind>();
  const statusesUsed = new Set<TieStatusKey>();
  graph.forEachEdge((_e, tie) => {
    kindsUsed.add(tie.kind);
    statusesUsed.add(tieStatusKey(tie.status));
  });
  const kindsPresent = TIE_KINDS.filter((kind) => kindsUsed.has(kind));
  const statusesPresent = TIE_STATUS_KEYS.filter((status) => statusesUsed.has(status));
  const sources = graph.getAttribute("sources");

  const checkboxes = <T extends string>(
    name: string,
    values: readonly T[],
    label: (value: T) => string,
  ): Box<T>[] =>
    values.map((value) => ({
      value,
      input: h("input", { type: "checkbox", name, value, checked: true }),
      label: label(value),
    }));
  // "other" is also every tie whose file states no kind (or a word of its own): said so.
  const kinds = checkboxes<TieKind>("kind", kindsPresent, (k) =>
    k === "other" ? "other or not stated" : TIE_KIND_LABELS[k],
  );
  const statuses = checkboxes<TieStatusKey>("status", statusesPresent, (s) => TIE_STATUS_LABELS[s]);
  const sourceBoxes = checkboxes<string>(
    "source",
    sources.map((s) => s.id),
    (id) => sources.find((s) => s.id === id)?.publisher ?? id,
  );

  const fieldset = (legend: string, boxes: { input: HTMLInputElement; label: string }[]) =>
    h(
      "fieldset",
      {},
      h("legend", {}, legend),
      boxes.map((box) => h("label", {}, box.input, ` ${box.label}`)),
    );

  const apply = () => {
    const chosen = <T extends string>(
      boxes: { value: T; input: HTMLInputElement }[],
    ): T[] | null =>
      boxes.every((b) => b.input.checked)
        ? null
        : boxes.filter((b) => b.input.checked).map((b) => b.value);
    store.dispatch({
      type: "setFilters",
      filters: { kinds: chosen(kinds), statuses: chosen(statuses), sources: chosen(sourceBoxes) },
    });
  };
  for (const box of [...kinds, ...statuses, ...sourceBoxes])
    box.input.addEventListener("change", apply);
  const communicationOnly = h("button", { type: "button" }, "Communications only");
  communicationOnly.addEventListener("click", () => {
    store.dispatch({
      type: "setFilters",
      filters: { kinds: kindsPresent.filter((k) => tieFamily(k) === "communication") },
    });
  });
  const reset = h("button", { type: "button" }, "Reset filters");
  reset.addEventListener("click", () =>
    store.dispatch({
      type: "setFilters",
      filters: { kinds: null, statuses: null, sources: null, window: null },
    }),
  );
  const sync = <T extends string>(boxes: Box<T>[], list: readonly T[] | null) => {
    for (const box of boxes) box.input.checked = list === null || list.includes(box.value);
  };
  return {
    element: h(
      "div",
      { class: "options-body" },
      fieldset("Tie kinds", kinds),
      fieldset("Status", statuses),
      fieldset("Sources", sourceBoxes),
      h("div", { class: "row" }, communicationOnly, reset),
    ),
    sync(state) {
      sync(kinds, state.filters.kinds);
      sync(statuses, state.filters.statuses);
      sync(sourceBoxes, state.filters.sources);
    },
  };
}

export function pathsForm(graph: ActorGraph, store: Store): QuestionForm & { focusTo(): void } {
  // Time order can only be checked when some tie is dated.
  const anyDated = graph.someEdge((_e, tie) => tieInterval(tie.time) !== undefined);
  const actors = graph
    .mapNodes((id, actor) => ({ id, name: actor.name }))
    // Plain comparison: localeCompare would start up ICU's collator on the page's first frame.
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const actorSelect = (id: string) =>
    h(
      "select",
      { id },
      h("option", { value: "" }, "— choose —"),
      actors.map((a) => h("option", { value: a.id }, a.name)),
    );
  const from = actorSelect("path-from");
  const to = actorSelect("path-to");
  const directed = h("input", { type: "checkbox", id: "path-directed" });
  const kinds = h(
    "select",
    { id: "path-kinds" },
    h("option", { value: "communication" }, "communications"),
    h("option", { value: "all" }, "every kind"),
  );
  const respectTime = h("input", {
    type: "checkbox",
    id: "path-time",
    disabled: !anyDated,
    "aria-describedby": "path-time-rule",
  });
  const hops = h(
    "select",
    { id: "path-hops" },
    ...Array.from({ length: MAX_PATH_HOPS }, (_, i) =>
      h("option", { value: String(i + 1) }, String(i + 1)),
    ),
  );
  const setPath = () =>
    store.dispatch({
      type: "setPath",
      path: {
        from: from.value || null,
        to: to.value || null,
        directed: directed.checked,
        kinds: kinds.value === "all" ? "all" : "communication",
        respectTime: respectTime.checked,
        maxHops: Number(hops.value),
      },
    });
  for (const control of [from, to, directed, kinds, respectTime, hops])
    control.addEventListener("change", setPath);
  const swap = h("button", { type: "button" }, "Swap");
  swap.addEventListener("click", () => {
    [from.value, to.value] = [to.value, from.value];
    setPath();
  });
  const clearPath = h("button", { type: "button" }, "Clear path");
  clearPath.addEventListener("click", () => store.dispatch({ type: "clearPath" }));
  return {
    element: h(
      "div",
      { class: "options-body" },
      h("label", { for: "path-from" }, "Path from"),
      from,
      h("label", { for: "path-to" }, "Path to"),
      to,
      h("label", { class: "check" }, directed, " Follow tie direction"),
      h("label", { for: "path-kinds" }, "Tie kinds"),
      kinds,
      h("label", { class: "check" }, respectTime, " Respect time"),
      h(
        "p",
        { class: "rule", id: "path-time-rule" },
        anyDated
          ? "Each hop starts no earlier than the one before; undated hops are allowed and flagged."
          : "No tie in this network is dated, so time order cannot be checked.",
      ),
      h("label", { for: "path-hops" }, "List chains of up to ", hops, " hops"),
      h("div", { class: "row" }, swap, clearPath),
    ),
    sync(state) {
      from.value = state.path.from ?? "";
      to.value = state.path.to ?? "";
      directed.checked = state.path.directed;
      kinds.value = state.path.kinds;
      respectTime.checked = state.path.respectTime && anyDated;
      hops.value = String(state.path.maxHops);
    },
    focusTo: () => to.focus(),
  };
}
