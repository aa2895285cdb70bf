// What drawing a large network takes beyond an ordinary one — the canvas renderer (with its
// quadtree) and the picture of actors read before their ties — in a chunk of its own that the
// app shell loads only for networks the drawing plan puts on the canvas, so a small network's
// page carries none of it.
export { createCanvasRenderer } from "./canvasRenderer";
export { previewScene, previewSceneSteps } from "../layout/previewScene";
