// Making an export's file, loaded with the first export (or when the page is idle): the SVG built
// from the scene the screen shows, in slices (app/sliced.ts) so thousands of actors never hold
// the page, and the PNG drawn from it — a large network's PNG draws its network on a canvas
// (app/networkPng.ts) rather than rasterizing an SVG of thousands of elements on the page's
// thread. The SVG writer and the rasteriser load on their own, so a rasteriser that fails to
// load leaves Export SVG working. app/exportControls.ts has the buttons and options.
import type { Scene } from "../view/scene";
import type { Viewport } from "../state/appState";
import type { SvgExport, SvgExportOptions } from "../export/svgDocument";
import type { Steps } from "../view/steps";
import { runSliced, textBlob } from "./sliced";
import { downloadBlob, fileNameFor } from "../render/download";

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

/** The export options as chosen when the button was pressed. */
export interface ExportChoices {
  scope: "fit" | "view";
  background: "light" | "transparent";
  /** The PNG's scale: 1, 2 or 3. */
  scale: number;
}

const loadNetworkPng = () => import("./networkPng");
const loadSvgWriter = () => import("../export/svgDocument");
const loadRasteriser = () => import("../export/pngExport");

/** The SVG document; without its network (`withNetwork` false) for a canvas-drawn PNG. */
async function build(
  source: ExportSource,
  choices: ExportChoices,
  withNetwork = true,
): Promise<{ svg: SvgExport; scene: Scene } | undefined> {
  const { exportSvgSteps } = await loadSvgWriter();
  const scene = await runSliced(source.scene(withNetwork));
  if (!scene) return undefined;
  const frame: SvgExportOptions["frame"] =
    choices.scope === "view" ? { kind: "view", ...source.view() } : { kind: "fit", width: 1200 };
  const options: SvgExportOptions = {
    title: source.title,
    caption: source.caption(),
    credit: source.credit,
    asOf: source.asOf,
    description: source.description(scene),
    background: choices.background,
    frame,
  };
  const svg = await runSliced(exportSvgSteps(scene, options, withNetwork));
  return svg && { svg, scene };
}

/** Builds the SVG and downloads it. */
export async function exportSvg(source: ExportSource, choices: ExportChoices): Promise<void> {
  const built = await build(source, choices);
  const blob = built && (await textBlob(built.svg.markup, "image/svg+xml"));
  if (blob) downloadBlob(blob, fileNameFor(source.title, source.fileDate, "svg"));
}

/** Builds the PNG at the chosen scale and downloads it. */
export async function exportPng(source: ExportSource, choices: ExportChoices): Promise<void> {
  const times = choices.scale;
  const blob = await (source.networkOnCanvas
    ? Promise.all([build(source, choices, false), loadNetworkPng()]).then(
        ([built, { networkPng }]) =>
          built ? networkPng(built.svg, built.scene, times) : undefined,
      )
    : Promise.all([build(source, choices), loadRasteriser()]).then(([built, { svgToPng }]) =>
        built ? svgToPng(built.svg.markup, built.svg.width, built.svg.height, times) : undefined,
      ));
  if (blob) downloadBlob(blob, fileNameFor(source.title, source.fileDate, "png"));
}
