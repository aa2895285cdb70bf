// The renderer contract: anything that can draw a scene and follow a viewport. The drawing plan
// (view/drawingPlan.ts) picks the SVG renderer or, for large networks, the canvas one. Both put an
// <svg class="network"> on the page that events are read from, with the same roles and names.
import type { Viewport } from "../state/appState";
import type { Scene } from "../view/scene";

export interface DrawOptions {
  /** The actor and tie that hold the keyboard tab stop (roving tabindex). */
  activeActor: string | undefined;
  activeTie: string | undefined;
  /**
   * Only the highlight changed since the last scene: same mark arrays, same places (their flags
   * were restyled in place, view/sceneStyle.ts). The canvas then paints its front layer only.
   */
  highlightOnly?: boolean;
}

/** What a pointer event is over. */
export type Hit = { kind: "actor"; id: string } | { kind: "tie"; id: string };

export interface NetworkRenderer {
  /** The element events are read from (pointer, keyboard); actors are `[data-actor]` inside. */
  readonly element: SVGSVGElement;
  draw(scene: Scene, options: DrawOptions): void;
  setViewport(viewport: Viewport): void;
  size(): { width: number; height: number };
  /** The actor or tie under a pointer event (or the element an event came from), if any. */
  hit(event: Event): Hit | undefined;
  /** Resolves once the last drawing is complete on screen (canvas drawing takes a few frames). */
  drawn(): Promise<void>;
  /** The layer holding the actor elements that can be dragged. */
  actorLayer(): SVGGElement;
}

/** The actor or tie an element belongs to: what both renderers put in `data-*` attributes. */
export function hitFromElement(target: EventTarget | null): Hit | undefined {
  const element = target instanceof Element ? target : null;
  const actor = element?.closest("[data-actor]")?.getAttribute("data-actor");
  if (actor) return { kind: "actor", id: actor };
  const tie =
    element?.closest("[data-for-tie]")?.getAttribute("data-for-tie") ??
    element?.closest("[data-tie]")?.getAttribute("data-tie");
  return tie ? { kind: "tie", id: tie } : undefined;
}
