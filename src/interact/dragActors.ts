// Dragging an actor pins it where it is dropped (world coordinates). A click without movement
// still selects: d3-drag only swallows the click after a real drag.
import { drag, type D3DragEvent } from "d3-drag";
import { select } from "d3-selection";
import type { SceneNode } from "../view/scene";

export function attachActorDrag(
  layer: SVGGElement,
  onDrag: (id: string, position: { x: number; y: number }) => void,
): void {
  const behaviour = drag<SVGGElement, SceneNode>()
    .clickDistance(4)
    .on("drag", (event: D3DragEvent<SVGGElement, SceneNode, SceneNode>, node) => {
      onDrag(node.id, { x: Math.round(event.x * 10) / 10, y: Math.round(event.y * 10) / 10 });
    });
  select(layer).selectAll<SVGGElement, SceneNode>("g.actor").call(behaviour);
}
