// The picture's pointer, focus and keyboard events → intents. A click selects what it hits (or
// clears), a double-click releases a pinned actor; the pointer over an actor (when the drawing
// plan allows) and keyboard focus highlight it. Arrow keys move the keyboard's place to a
// neighbour or along the ties (the view follows an actor off screen), Enter selects, Escape
// clears, + − 0 zoom and fit.
import type { Store } from "../state/store";
import { nextActor, type Spot } from "../view/keyboardNavigation";
import { keepInView } from "../view/viewport";
import { attachKeyboard } from "./keyboard";
import { zoomStep, type PictureFrame } from "./pictureIntents";

/** What a pointer event is over (the renderer's hit test). */
export type PictureHit = { kind: "actor"; id: string } | { kind: "tie"; id: string };

/** The picture as its events need it. */
export interface PictureSource extends PictureFrame {
  hit(event: Event): PictureHit | undefined;
  /** The actors drawn, where they are drawn. */
  actors(): readonly Spot[];
  /** The ties drawn, in the keyboard's order. */
  ties(): readonly { id: string }[];
  neighbours(id: string): readonly string[];
}

export interface PictureEventOptions {
  /** The pointer over an actor highlights it (the drawing plan's hover). */
  hover: boolean;
}

export function attachPictureEvents(
  svg: SVGSVGElement,
  store: Store,
  picture: PictureSource,
  { hover }: PictureEventOptions,
): void {
  const dispatch = store.dispatch;
  const actorAt = (event: Event) => {
    const hit = picture.hit(event);
    return hit?.kind === "actor" ? hit.id : null;
  };

  svg.addEventListener("click", (event) => {
    const hit = picture.hit(event);
    dispatch(hit ? { type: "select", selection: hit } : { type: "clearSelection" });
  });
  svg.addEventListener("dblclick", (event) => {
    const id = actorAt(event);
    if (id) dispatch({ type: "unpinActor", id });
  });
  // On large networks a hover would redraw thousands of elements: highlight on focus only.
  svg.addEventListener("pointerover", (event) => {
    if (hover) dispatch({ type: "hoverActor", id: actorAt(event) });
  });
  svg.addEventListener("pointerleave", () => dispatch({ type: "hoverActor", id: null }));
  svg.addEventListener("focusin", (event) => {
    const id = actorAt(event);
    dispatch(id ? { type: "focusActor", id } : { type: "hoverActor", id: null });
  });
  svg.addEventListener("focusout", () => dispatch({ type: "hoverActor", id: null }));

  /** The keyboard moves to an actor: its element takes focus and the view keeps it in sight. */
  const moveToActor = (id: string) => {
    dispatch({ type: "focusActor", id });
    svg.querySelector<SVGGElement>(`[data-actor="${CSS.escape(id)}"]`)?.focus();
    const at = picture.position(id);
    const { width, height } = picture.size();
    const moved = at && keepInView(at, picture.viewport(), width, height);
    if (moved) dispatch({ type: "setViewport", viewport: moved });
  };
  const moveToTie = (id: string) => {
    dispatch({ type: "focusTie", id });
    svg.querySelector<SVGPathElement>(`[data-for-tie="${CSS.escape(id)}"]`)?.focus();
  };

  attachKeyboard(svg, {
    onMoveActor(from, direction) {
      const actors = picture.actors();
      const node = actors.find((n) => n.id === from);
      if (!node) return;
      const neighbours = new Set(picture.neighbours(from));
      const target = nextActor(
        node,
        actors.filter((n) => neighbours.has(n.id)),
        actors,
        direction,
      );
      if (target) moveToActor(target);
    },
    onMoveTie(from, step) {
      const ties = picture.ties();
      const index = ties.findIndex((e) => e.id === from);
      const next = ties[(index + step + ties.length) % ties.length];
      if (next) moveToTie(next.id);
    },
    onSelectActor: (id) => dispatch({ type: "select", selection: { kind: "actor", id } }),
    onSelectTie: (id) => dispatch({ type: "select", selection: { kind: "tie", id } }),
    onClear: () => dispatch({ type: "clearSelection" }),
    onZoom: (factor) => zoomStep(store, picture, factor),
    onFit: () => dispatch({ type: "fitToView" }),
  });
}
