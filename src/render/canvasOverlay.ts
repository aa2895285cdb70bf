// The canvas's accessible overlay: elements for the actors and the tie that need one, kept current.
import type { Scene, SceneEdge, SceneNode } from "../view/scene";
import type { SceneIndex } from "../view/sceneIndex";
import { loopShape } from "../view/edgeGeometry";
import type { Viewport } from "../state/appState";
import { overlayTargets, pointIn } from "./canvasTargets";
import { hitFromElement, type DrawOptions } from "./networkRenderer";
import { actorElementAttributes, round, type NetworkSvg } from "./networkSvg";

/** What the overlay reads, always the newest (a nested update runs with the newest scene). */
export interface OverlaySource {
  scene(): Scene;
  options(): DrawOptions;
  index(): SceneIndex;
  viewport(): Viewport;
}

export interface CanvasOverlay {
  /** A new scene was drawn: the actor under the pointer is looked up in it, the elements joined. */
  sceneChanged(): void;
}

export function createCanvasOverlay(
  { element, actorLayer, hitLayer }: Pick<NetworkSvg, "element" | "actorLayer" | "hitLayer">,
  source: OverlaySource,
  onActorElements?: (layer: SVGGElement) => void,
): CanvasOverlay {
  let hovered: SceneNode | undefined;

  // Removing the focused element fires blur at once, and the page may redraw from its handler:
  // such a nested update waits for this one to finish, then runs with the newest scene.
  let updating = false;
  let updateAgain = false;
  function updateElements(): void {
    if (updating) {
      updateAgain = true;
      return;
    }
    updating = true;
    try {
      do {
        updateAgain = false;
        joinElements();
      } while (updateAgain);
    } finally {
      updating = false;
    }
  }

  function joinElements(): void {
    const { byId } = source.index();
    const targets = overlayTargets(source.scene(), byId, source.options(), hovered?.id);
    actorLayer
      .selectAll<SVGGElement, SceneNode>("g.actor")
      .data(targets.actors, (node) => node.id)
      .join((enter) => {
        const g = enter.append("g").attr("class", "actor").attr("role", "button");
        g.append("circle").attr("class", "actor-hit").attr("fill", "transparent");
        return g;
      })
      .call((g) => actorElementAttributes(g, targets.active));
    onActorElements?.(actorLayer.node() as SVGGElement);

    hitLayer
      .selectAll<SVGPathElement, SceneEdge>("path.tie-target")
      .data(targets.ties, (edge) => edge.id)
      .join("path")
      .attr("class", "tie-target")
      .attr("role", "button")
      .attr("data-for-tie", (edge) => edge.id)
      .attr("d", (edge) => {
        const a = byId.get(edge.source);
        const b = byId.get(edge.target);
        if (!a || !b) return "";
        if (edge.loop !== undefined) return loopShape(a, a.r, edge.loop, false).d;
        return `M${round(a.x)},${round(a.y)}L${round(b.x)},${round(b.y)}`;
      })
      .attr("fill", "none")
      .attr("stroke", "transparent")
      .attr("stroke-width", 10)
      .attr("tabindex", 0)
      .attr("aria-label", (edge) => edge.ariaLabel)
      .attr("aria-pressed", (edge) => String(edge.selected));
  }

  // The actor under the pointer gets an element, so the cursor, dragging and clicks find it.
  element.addEventListener("pointermove", (event) => {
    if (hitFromElement(event.target)) return;
    const { px, py } = pointIn(element, event);
    const node = source.index().actorAt(source.viewport(), px, py);
    if (node?.id === hovered?.id) return;
    hovered = node;
    updateElements();
  });

  return {
    sceneChanged() {
      if (hovered) hovered = source.index().byId.get(hovered.id);
      updateElements();
    },
  };
}
