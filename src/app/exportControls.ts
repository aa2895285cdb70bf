// The export controls: "Export SVG" and "Export PNG" buttons and their options (whole network or
// current view, light or transparent background, PNG scale). Builds the file from the scene the
// screen shows, in slices (app/sliced.ts) so thousands of actors never hold the page; a large
// network's PNG draws its network on a canvas (app/networkPng.ts) rather than rasterizing an SVG
// of thousands of elements on the page's thread. Wiring only.
import type { Scene } from "../view/scene";
import type { Viewport } from "../state/appState";
import type { Store } from "../state/store";
import type { ActorGraph } from "../model/actorGraph";
import type { NetworkDocument } from "../schema/networkDocument";
import type { SvgExport, SvgExportOptions } from "../export/svgDocument";
import type { Steps } from "../view/steps";
import { runSliced, textBlob } from "./sliced";
import { describeHighlight } from "../view/highlight";
import { asOfLine, creditLine } from "../view/credit";
import type { Picture } from "./picture";
import type { ViewCache } from "./viewCache";

const loadNetworkPng = () => import("./networkPng");
import { downloadBlob, fileNameFor } from "../render/download";
import { h } from "../dom/elements";
import { describeError, isLoadFailure, loadFailureText } from "./faults";

// The SVG writer and the rasteriser load on the first export (or when the page is idle), not
// with the page; each on its own, so a rasteriser that fails to load leaves Export SVG working.
const loadSvgWriter = () => import("../export/svgDocument");
const loadRasteriser = () => import("../export/pngExport");

export interface ExportSource {
  /** The scene as the screen shows it, without transient hover; `geometry`: with tie paths. */
  scene(geometry: boolean): Steps<Scene>;
  /** Draw a PNG's network on a canvas (the drawing plan's canvas networks), not from the SVG. */
  networkOnCanvas: boolean;
  title: string;
  credit: string;
  asOf: string;
  /** ISO date for file names. */
  fileDate: string;
  caption(): string;
  description(scene: Scene): string;
  view(): { viewport: Viewport; width: number; height: number };
  onError(message: string): void;
}

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
      `A network of ${s.nodes.length} actors and ${s.edges.length} ties. ${document.description ?? ""}`.trim(),
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

  /** The SVG document; without its network (`withNetwork` false) for a canvas-drawn PNG. */
  const build = async (
    withNetwork = true,
  ): Promise<{ svg: SvgExport; scene: Scene } | undefined> => {
    const { exportSvgSteps } = await loadSvgWriter();
    const scene = await runSliced(source.scene(withNetwork));
    if (!scene) return undefined;
    const frame: SvgExportOptions["frame"] =
      scope.value() === "view" ? { kind: "view", ...source.view() } : { kind: "fit", width: 1200 };
    const options: SvgExportOptions = {
      title: source.title,
      caption: source.caption(),
      credit: source.credit,
      asOf: source.asOf,
      description: source.description(scene),
      background: background.value() === "transparent" ? "transparent" : "light",
      frame,
    };
    const svg = await runSliced(exportSvgSteps(scene, options, withNetwork));
    return svg && { svg, scene };
  };

  const fail = (error: unknown) =>
    source.onError(
      isLoadFailure(error)
        ? `Export failed. ${loadFailureText("The exporter")}`
        : `Export failed: ${describeError(error)}`,
    );
  svgButton.addEventListener("click", () => {
    build()
      .then((built) => built && textBlob(built.svg.markup, "image/svg+xml"))
      .then((blob) => {
        if (blob) downloadBlob(blob, fileNameFor(source.title, source.fileDate, "svg"));
      })
      .catch(fail);
  });
  pngButton.addEventListener("click", () => {
    const times = Number(scale.value);
    const png = source.networkOnCanvas
      ? Promise.all([build(false), loadNetworkPng()]).then(([built, { networkPng }]) =>
          built ? networkPng(built.svg, built.scene, times) : undefined,
        )
      : Promise.all([build(), loadRasteriser()]).then(([built, { svgToPng }]) =>
          built ? svgToPng(built.svg.markup, built.svg.width, built.svg.height, times) : undefined,
        );
    png
      .then((blob) => {
        if (blob) downloadBlob(blob, fileNameFor(source.title, source.fileDate, "png"));
      })
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
