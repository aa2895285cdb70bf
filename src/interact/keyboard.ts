// Keyboard inside the picture: arrows move between actors (to neighbours first) or along the
// ties, Enter or Space selects, Escape clears, + / − / 0 zoom and fit.
import type { Direction } from "../view/keyboardNavigation";

export interface KeyboardCallbacks {
  onMoveActor(from: string, direction: Direction): void;
  onMoveTie(from: string, step: 1 | -1): void;
  onSelectActor(id: string): void;
  onSelectTie(id: string): void;
  onClear(): void;
  onZoom(factor: number): void;
  onFit(): void;
}

const DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

export function attachKeyboard(svg: SVGSVGElement, callbacks: KeyboardCallbacks): void {
  svg.addEventListener("keydown", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const actor = target?.closest("[data-actor]")?.getAttribute("data-actor") ?? null;
    const tie = target?.closest("[data-for-tie]")?.getAttribute("data-for-tie") ?? null;
    const direction = DIRECTIONS[event.key];
    let handled = true;
    if (direction && actor) callbacks.onMoveActor(actor, direction);
    else if (direction && tie)
      callbacks.onMoveTie(tie, direction === "right" || direction === "down" ? 1 : -1);
    else if ((event.key === "Enter" || event.key === " ") && actor) callbacks.onSelectActor(actor);
    else if ((event.key === "Enter" || event.key === " ") && tie) callbacks.onSelectTie(tie);
    else if (event.key === "Escape") callbacks.onClear();
    else if (event.key === "+" || event.key === "=") callbacks.onZoom(1.25);
    else if (event.key === "-" || event.key === "_") callbacks.onZoom(0.8);
    else if (event.key === "0") callbacks.onFit();
    else handled = false;
    if (handled) event.preventDefault();
  });
}
