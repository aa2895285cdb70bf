// A large network's PNG: the export's SVG without its network (title, legend, credit: a few dozen
// elements) rasterized by the browser, and the network drawn over it on the canvas the way the
// screen's canvas draws it (render/canvasSteps.ts), a slice at a time. Rasterizing an SVG of
// thousands of elements takes seconds of the page's thread in one piece (issue 13: 4 s for 5 000
// actors); this keeps every task short. Same frame, legend and colours as the SVG export.
import type { SvgExport } from "../export/svgDocument";
import { baseBatchSteps } from "../view/canvasBatches";
import { frontBatches } from "../view/canvasFront";
import type { Scene } from "../view/scene";
import { drawingSteps, packFrames } from "../render/canvasSteps";
import { runSliced, yieldToPage } from "./sliced";

export async function networkPng(frame: SvgExport, scene: Scene, scale: number): Promise<Blob> {
  const { width, height, network } = frame;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw to a canvas");

  const url = URL.createObjectURL(new Blob([frame.markup], { type: "image/svg+xml" }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }

  // The network in its band, at the export's viewport moved down below the header.
  context.save();
  context.beginPath();
  context.rect(0, network.top * scale, canvas.width, network.height * scale);
  context.clip();
  const at = { ...network.viewport, y: network.viewport.y + network.top };
  const size = { width, height: network.top + network.height };
  const base = await runSliced(baseBatchSteps(scene, at, size));
  if (!base) throw new Error("the picture could not be drawn");
  const steps = [
    ...drawingSteps(base, at, scale),
    ...drawingSteps(frontBatches(scene, at, size), at, scale),
  ];
  for (const [i, slice] of packFrames(steps).entries()) {
    if (i > 0) await yieldToPage();
    for (const step of slice) step.draw(context);
  }
  context.restore();
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the PNG could not be made"))),
      "image/png",
    ),
  );
}
