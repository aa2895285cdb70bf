// Drawing a tie: in edit mode, Shift + drag from one actor to another asks for a tie between them
// (the tie form opens with From and To filled in). A dashed line follows the pointer meanwhile.
import type { PictureHit } from "./pictureEvents";

export interface TieDrawingTarget {
  /** What is under a pointer event. */
  hit(event: Event): PictureHit | undefined;
  /** Screen point → world point, for the line that follows the pointer. */
  toWorld(clientX: number, clientY: number): { x: number; y: number };
  /** Where an actor is drawn (world coordinates). */
  position(id: string): { x: number; y: number } | undefined;
}

export function attachTieDrawing(
  svg: SVGSVGElement,
  target: TieDrawingTarget,
  options: { enabled(): boolean; onDrawn(from: string, to: string): void },
): () => void {
  let from: string | undefined;
  let line: SVGLineElement | undefined;
  const clear = () => {
    from = undefined;
    line?.remove();
    line = undefined;
  };
  const onDown = (event: PointerEvent) => {
    if (!event.shiftKey || event.button !== 0 || !options.enabled()) return;
    const hit = target.hit(event);
    if (hit?.kind !== "actor") return;
    const start = target.position(hit.id);
    if (!start) return;
    // No mousedown follows: d3-zoom does not pan and d3-drag does not move the actor.
    event.preventDefault();
    event.stopPropagation();
    from = hit.id;
    line = document.createElementNS("http://www.w3.org/2000/svg", "line");
    line.setAttribute("class", "drawn-tie");
    line.setAttribute("x1", String(start.x));
    line.setAttribute("y1", String(start.y));
    line.setAttribute("x2", String(start.x));
    line.setAttribute("y2", String(start.y));
    (svg.querySelector("g.ties") ?? svg).append(line);
  };
  const onMove = (event: PointerEvent) => {
    if (!from || !line) return;
    const at = target.toWorld(event.clientX, event.clientY);
    line.setAttribute("x2", String(at.x));
    line.setAttribute("y2", String(at.y));
  };
  const onUp = (event: PointerEvent) => {
    if (!from) return;
    const start = from;
    const hit = target.hit(event);
    clear();
    if (hit?.kind === "actor") options.onDrawn(start, hit.id);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && from) clear();
  };
  svg.addEventListener("pointerdown", onDown, { capture: true });
  svg.addEventListener("pointermove", onMove);
  svg.addEventListener("pointerup", onUp);
  window.addEventListener("keydown", onKey);
  return () => {
    clear();
    svg.removeEventListener("pointerdown", onDown, { capture: true });
    svg.removeEventListener("pointermove", onMove);
    svg.removeEventListener("pointerup", onUp);
    window.removeEventListener("keydown", onKey);
  };
}
