// The picture of a network still being read — its actors, by kind, where its layout will start
// them — laid over the stage until the network opens (this explorer is replaced) or fails. Its
// scene is made a slice at a time (20 000 actors), then drawn.
import type { ActorsRead } from "../io/importResult";
import { fitViewport } from "../view/viewport";
import { addStageLayer, fitInsets, type ExplorerPage } from "../render/explorerPage";
import { afterPainted, markFirstPicture } from "./benchMarks";
import type { LargeDrawingModule } from "./picture";
import { runSliced } from "./sliced";

export interface ImportPreview {
  show(actors: ActorsRead, caption: string, drawing: LargeDrawingModule): void;
  clear(): void;
  /**
   * The preview's layer taken off the page as it is (its picture painted), for the network's own
   * explorer to keep over its stage until its first picture is painted: the stage never shows
   * blank between the two.
   */
  take(): HTMLElement | undefined;
}

export function createImportPreview(page: ExplorerPage): ImportPreview {
  let layer: HTMLElement | undefined;
  const clear = () => {
    layer?.remove();
    layer = undefined;
  };
  return {
    show(actors, caption, drawing) {
      clear();
      const shownIn = addStageLayer(page, caption);
      layer = shownIn;
      const gone = () => layer !== shownIn;
      void runSliced(drawing.previewSceneSteps(actors.kinds, actors.positions), gone).then(
        (scene) => {
          if (scene && !gone()) draw(shownIn, scene, drawing);
        },
      );
    },
    clear,
    take() {
      const taken = layer;
      layer = undefined;
      taken?.remove();
      return taken;
    },
  };

  function draw(
    shownIn: HTMLElement,
    scene: ReturnType<LargeDrawingModule["previewScene"]>,
    drawing: LargeDrawingModule,
  ): void {
    const renderer = drawing.createCanvasRenderer(shownIn, "Preview: {actors} actors");
    renderer.draw(scene, { activeActor: undefined, activeTie: undefined });
    const { width, height } = renderer.size();
    renderer.setViewport(fitViewport(scene.bounds, width, height, 24, fitInsets(page, width)));
    // For `npm run bench`: this is the first picture of the network being opened.
    afterPainted(
      renderer,
      () => layer === shownIn,
      () => markFirstPicture(false),
    );
  }
}
