// The renderer contract: anything that can draw a scene and follow a viewport. The SVG renderer
// implements it today; a canvas renderer for very large networks can take over behind it.
import type { Viewport } from "../state/appState";
import type { Scene } from "../view/scene";

export interface DrawOptions {
  /** The actor and tie that hold the keyboard tab stop (roving tabindex). */
  activeActor: string | undefined;
  activeTie: string | undefined;
}

export interface NetworkRenderer {
  /** The element events are read from (pointer, keyboard). */
  readonly element: SVGSVGElement;
  draw(scene: Scene, options: DrawOptions): void;
  setViewport(viewport: Viewport): void;
  size(): { width: number; height: number };
}
