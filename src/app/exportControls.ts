// The export controls: "Export SVG" and "Export PNG" buttons and their options (whole network or
// current view, light or transparent background, PNG scale). The files are made by a part loaded
// with the first export (or when the page is idle), app/exportFile.ts. Wiring only.
import type { Store } from "../state/store";
import type { ActorGraph } from "../model/actorGraph";
import type { NetworkDocument } from "../schema/networkDocument";
import { describeHighlight } from "../view/highlight";
import { asOfLine, creditLine } from "../view/credit";
import type { Picture } from "./picture";
import type { ViewCache } from "./viewCache";
import { h } from "../dom/elements";
import { describeError, isLoadFailure, loadFailureText } from "./faults";
import type { ExportChoices, ExportSource } from "./exportFile";
import { counted } from "../view/counts";

export type { ExportSource } from "./exportFile";

const loadExporter = () => import("./exportFile");

/**
 * What the explorer exports: its picture's scene without the hover, titled, credited and dated
 * from the document, captioned with the highlight and the question asked.
 */
export function explorerExport(
  document: NetworkDocument,
  graph: ActorGraph,
  store: Store,
  views: ViewCache,
  picture: Picture,
  onError: (message: string) => void,
): ExportSource {
  return {
    scene: (geometry) => picture.sceneSteps({ ...store.getState(), hover: null }, geometry),
    networkOnCanvas: picture.onCanvas,
    title: document.title,
    credit: creditLine(document),
    asOf: asOfLine(document),
    fileDate: document.asOf ?? new Date().toISOString().slice(0, 10),
    caption: () => {
      const state = store.getState();
      const lines = [describeHighlight(graph, state.selection), ...views.current(state).captions];
      return lines.filter(Boolean).join(" · ");
    },
    description: (s) =>
      `A network of ${counted(s.nodes.length, "actor")} and ${counted(s.edges.length, "tie")}. ${document.description ?? ""}`.trim(),
    view: () => ({ viewport: picture.viewport(), ...picture.size() }),
    onError,
  };
}

export function createExportControls(source: ExportSource): HTMLElement {
  const scope = radioGroup("export-scope", "Area", [
    ["fit", "Whole network"],
    ["view", "Current view"],
  ]);
  const background = radioGroup("export-background", "Background", [
    ["light", "Light"],
    ["transparent", "Transparent"],
  ]);
  const scale = h(
    "select",
    { id: "export-scale" },
    ...[1, 2, 3].map((n) => h("option", { value: String(n) }, `${n}×`)),
  );
  scale.value = "2";
  const svgButton = h("button", { type: "button" }, "Export SVG");
  const pngButton = h("button", { type: "button" }, "Export PNG");

  const choices = (): ExportChoices => ({
    scope: scope.value() === "view" ? "view" : "fit",
    background: background.value() === "transparent" ? "transparent" : "light",
    scale: Number(scale.value),
  });
  const fail = (error: unknown) =>
    source.onError(
      isLoadFailure(error)
        ? `Export failed. ${loadFailureText("The exporter")}`
        : `Export failed: ${describeError(error)}`,
    );
  svgButton.addEventListener("click", () => {
    const chosen = choices();
    loadExporter()
      .then((exporter) => exporter.exportSvg(source, chosen))
      .catch(fail);
  });
  pngButton.addEventListener("click", () => {
    const chosen = choices();
    loadExporter()
      .then((exporter) => exporter.exportPng(source, chosen))
      .catch(fail);
  });

  return h(
    "div",
    { class: "export-controls", role: "group", "aria-label": "Export" },
    svgButton,
    pngButton,
    h(
      "details",
      { class: "export-options" },
      h("summary", {}, "Export options"),
      h(
        "div",
        { class: "options-body" },
        scope.element,
        background.element,
        h("label", { for: "export-scale" }, "PNG scale ", scale),
      ),
    ),
  );
}

function radioGroup(name: string, legend: string, options: [string, string][]) {
  const inputs = options.map(([value], i) =>
    h("input", { type: "radio", name, value, id: `${name}-${value}`, checked: i === 0 }),
  );
  const element = h(
    "fieldset",
    {},
    h("legend", {}, legend),
    ...options.map(([value, label], i) =>
      h("label", { for: `${name}-${value}` }, inputs[i], ` ${label}`),
    ),
  );
  return {
    element,
    value: () => inputs.find((input) => input.checked)?.value ?? options[0]?.[0] ?? "",
  };
}
