// Draws a scene on a canvas, for networks too large for one SVG element per actor and tie.
//
// - The picture is drawn into a back buffer a few thousand marks per frame, then copied to the
//   screen in one drawImage: no frame does more than a slice of the work, so the page answers
//   while thousands of ties are drawn (measured: ../shared/research/performance.md, 2b).
//   canvasPainter.ts schedules the frames; canvasSteps.ts cuts the drawing into slices.
// - A highlight (a selected or focused actor's ties and neighbours, a selected tie) is a front
//   layer over that picture: a veil, then the highlighted marks. A new highlight on the same marks
//   (DrawOptions.highlightOnly) repaints only the front, in a frame.
// - Pan and zoom move the last complete picture (one drawImage per frame); the full redraw at the
//   new zoom follows when the gesture rests.
// - Over the canvas lies an <svg class="network"> with the same roles and names as the SVG
//   renderer's, holding elements only for the actors that need one: the keyboard's tab stop, the
//   selected actor and the one under the pointer (so it can be dragged); see canvasOverlay.ts.
//   Everything else is found by position (a quadtree for actors, the nearest segment for ties).
// This file connects the three and holds what they share: the scene, the options, the viewport.
import type { Viewport } from "../state/appState";
import type { Scene } from "../view/scene";
import { indexScene, type SceneIndex } from "../view/sceneIndex";
import { createCanvasOverlay } from "./canvasOverlay";
import { createCanvasPainter } from "./canvasPainter";
import { hitAt, pointIn } from "./canvasTargets";
import { createNetworkSvg } from "./networkSvg";
import { hitFromElement, type DrawOptions, type NetworkRenderer } from "./networkRenderer";

export interface CanvasRendererOptions {
  /** The actor elements changed (to attach dragging to the new ones). */
  onActorElements?: (layer: SVGGElement) => void;
}

export function createCanvasRenderer(
  container: HTMLElement,
  label: string,
  rendererOptions: CanvasRendererOptions = {},
): NetworkRenderer {
  let scene: Scene = { nodes: [], edges: [], legend: [], bounds: { x0: 0, y0: 0, x1: 0, y1: 0 } };
  let options: DrawOptions = { activeActor: undefined, activeTie: undefined };
  let viewport: Viewport = { x: 0, y: 0, k: 1 };
  let index: SceneIndex | undefined;
  const indexOf = () => (index ??= indexScene(scene));

  // The canvas goes in first, so the overlay lies above it.
  const painter = createCanvasPainter(container, {
    scene: () => scene,
    viewport: () => viewport,
    size,
  });
  const svgParts = createNetworkSvg(container, label, { overlay: true });
  const { svg, element, world, actorLayer } = svgParts;
  const overlay = createCanvasOverlay(
    svgParts,
    { scene: () => scene, options: () => options, index: indexOf, viewport: () => viewport },
    rendererOptions.onActorElements,
  );

  function size(): { width: number; height: number } {
    const box = element.getBoundingClientRect();
    return { width: box.width || 800, height: box.height || 600 };
  }

  return {
    element,
    draw(next, drawOptions) {
      // A new highlight on the same marks keeps the index of where they are.
      const sameMarks =
        drawOptions.highlightOnly === true &&
        next.nodes === scene.nodes &&
        next.edges === scene.edges;
      scene = next;
      options = drawOptions;
      if (!sameMarks) index = undefined;
      overlay.sceneChanged();
      svg.attr(
        "aria-label",
        label
          .replace(/\{actors\}/, String(next.nodes.length))
          .replace(/\{ties\}/, String(next.edges.length)),
      );
      painter.paint(sameMarks);
    },
    setViewport(next) {
      if (next.x === viewport.x && next.y === viewport.y && next.k === viewport.k) return;
      viewport = next;
      world.attr("transform", `translate(${next.x},${next.y}) scale(${next.k})`);
      painter.viewportMoved();
    },
    size,
    hit(event) {
      const fromElement = hitFromElement(event.target);
      if (fromElement || !(event instanceof MouseEvent)) return fromElement;
      const { px, py } = pointIn(element, event);
      return hitAt(indexOf(), viewport, px, py);
    },
    drawn: () => painter.drawn(),
    actorLayer: () => actorLayer.node() as SVGGElement,
  };
}
