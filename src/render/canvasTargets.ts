// What the canvas's pointer is over, and which actors and tie get an element over the picture.
import type { Viewport } from "../state/appState";
import type { Scene, SceneEdge, SceneNode } from "../view/scene";
import type { SceneIndex } from "../view/sceneIndex";
import type { DrawOptions, Hit } from "./networkRenderer";

/** The actor under a screen point, else the tie passing nearest it; nothing over empty space. */
export function hitAt(
  index: Pick<SceneIndex, "actorAt" | "tieAt">,
  viewport: Viewport,
  px: number,
  py: number,
): Hit | undefined {
  const node = index.actorAt(viewport, px, py);
  if (node) return { kind: "actor", id: node.id };
  const edge = index.tieAt(viewport, px, py);
  return edge ? { kind: "tie", id: edge.id } : undefined;
}

/** A pointer event's position in the element's own pixels. */
export function pointIn(element: Element, event: MouseEvent): { px: number; py: number } {
  const box = element.getBoundingClientRect();
  return { px: event.clientX - box.left, py: event.clientY - box.top };
}

export interface OverlayTargets {
  /** The actor holding the keyboard's tab stop: the active one, else the first. */
  active: string | undefined;
  /** The tab stop, the selected actor and the one under the pointer, each once, in that order. */
  actors: SceneNode[];
  /** The tie holding the tab stop (the active one, else the first with a name), if it has a name. */
  ties: SceneEdge[];
}

/** The actors and tie that need an element: everything else is found by position. */
export function overlayTargets(
  scene: Scene,
  byId: ReadonlyMap<string, SceneNode>,
  options: DrawOptions,
  hovered: string | undefined,
): OverlayTargets {
  const active = options.activeActor ?? scene.nodes[0]?.id;
  const wanted = new Map<string, SceneNode>();
  for (const id of [active, scene.nodes.find((node) => node.selected)?.id, hovered]) {
    const node = id === undefined ? undefined : byId.get(id);
    if (node) wanted.set(node.id, node);
  }
  // Ties have elements only when they have names (not when merged on very large networks).
  const activeTie =
    scene.edges.find((edge) => edge.id === options.activeTie) ??
    scene.edges.find((edge) => edge.ariaLabel !== "");
  const ties = activeTie && activeTie.ariaLabel !== "" ? [activeTie] : [];
  return { active, actors: [...wanted.values()], ties };
}
