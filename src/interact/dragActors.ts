// Dragging an actor pins it where it is dropped (world coordinates), and the end of a drag is
// reported once (an undoable move in the editor). A click without movement still selects: d3-drag
// only swallows the click after a real drag. Where a plain drag pans (a dense canvas, the drawing
// plan's dragMovesActors), only Alt + drag moves an actor: without Alt the press goes on to
// d3-zoom on the picture, which pans.
import { drag, type D3DragEvent } from "d3-drag";
import { select } from "d3-selection";
import type { SceneNode } from "../view/scene";

export function attachActorDrag(
  layer: SVGGElement,
  onDrag: (id: string, position: { x: number; y: number }) => void,
  onDragEnd?: (id: string, position: { x: number; y: number }) => void,
  { needsAlt = false }: { needsAlt?: boolean } = {},
): void {
  let moved = false;
  const at = (event: D3DragEvent<SVGGElement, SceneNode, SceneNode>) => ({
    x: Math.round(event.x * 10) / 10,
    y: Math.round(event.y * 10) / 10,
  });
  const behaviour = drag<SVGGElement, SceneNode>()
    .clickDistance(4)
    // Shift + drag draws a tie (edit mode), it does not move the actor; where a plain drag pans,
    // moving takes Alt.
    .filter(
      (event: MouseEvent) =>
        !event.ctrlKey && !event.shiftKey && !event.button && (!needsAlt || event.altKey),
    )
    .on("start", () => {
      moved = false;
    })
    .on("drag", (event: D3DragEvent<SVGGElement, SceneNode, SceneNode>, node) => {
      moved = true;
      onDrag(node.id, at(event));
    })
    .on("end", (event: D3DragEvent<SVGGElement, SceneNode, SceneNode>, node) => {
      if (moved) onDragEnd?.(node.id, at(event));
    });
  select(layer).selectAll<SVGGElement, SceneNode>("g.actor").call(behaviour);
}
