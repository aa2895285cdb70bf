// Faults reported, never hidden: a part of the app that fails to load, a worker that dies, a bug
// while drawing a strange file. Each shows a message in the page's alert, with a button to try
// again where trying again can help, and the rest of the page keeps working.
import { h } from "../dom/elements";

/** An error's message in a sentence's middle ("Failed to fetch…"), whatever was thrown. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[.\s]+$/, "") || "an unknown error";
}

/**
 * Whether the error is a part of the app that could not be fetched (offline, or the site changed
 * since the page loaded). Browsers keep such a failure for the page's life: only a reload, once
 * online, fetches the part again.
 */
export function isLoadFailure(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically|ChunkLoadError|Failed to fetch/i.test(
    text,
  );
}

/** "… could not be loaded: the connection seems lost. Reload the page once you are online." */
export function loadFailureText(what: string): string {
  return `${what} could not be loaded: the connection seems lost, or the site has changed since this page opened. Reload the page once you are online.`;
}

/** Shows `message` in the alert with a button (e.g. "Try again", "Reload"). */
export function showFault(
  alert: HTMLElement,
  message: string,
  action?: { label: string; run(): void },
): void {
  if (!action) {
    alert.textContent = message;
    return;
  }
  const button = h("button", { type: "button", class: "fault-action" }, action.label);
  button.addEventListener("click", () => {
    alert.textContent = "";
    action.run();
  });
  alert.replaceChildren(`${message} `, button);
}

/** The Reload action a load failure offers. */
export const reloadAction = { label: "Reload", run: () => location.reload() };

/**
 * What to say when a part loaded on first use (`what`: "The table view") could not be loaded —
 * with a Reload — or failed as it started.
 */
export function partFault(
  what: string,
  error: unknown,
): { message: string; action?: { label: string; run(): void } } {
  if (isLoadFailure(error)) return { message: loadFailureText(what), action: reloadAction };
  return { message: `${what} failed to start: ${describeError(error)}.` };
}

/** Says `partFault(what, error)` in the alert. */
export function showPartFault(alert: HTMLElement, what: string, error: unknown): void {
  const { message, action } = partFault(what, error);
  showFault(alert, message, action);
}

/**
 * Reports errors nothing else caught (a rejected promise, an exception in an event handler) in
 * the alert, once each, instead of leaving the page silently half-working.
 */
export function reportUncaught(show: (message: string) => void): () => void {
  const report = (error: unknown) => {
    const text = describeError(error);
    if (reported.has(text)) return;
    reported.add(text);
    show(
      isLoadFailure(error)
        ? loadFailureText("A part of the app")
        : `Something went wrong: ${text}. The network stays open; reload the page if something looks wrong.`,
    );
  };
  const onError = (event: ErrorEvent) => {
    // Not faults: the browser's note that a resize took more than a frame to settle, and errors
    // from scripts of other origins (which the page has none of), which carry no detail.
    if (
      /ResizeObserver loop/.test(event.message) ||
      (!event.error && event.message === "Script error.")
    )
      return;
    report(event.error ?? event.message);
  };
  const onRejection = (event: PromiseRejectionEvent) => report(event.reason);
  window.addEventListener("error", onError);
  window.addEventListener("unhandledrejection", onRejection);
  return () => {
    window.removeEventListener("error", onError);
    window.removeEventListener("unhandledrejection", onRejection);
  };
}

/** Errors already said (one bug can throw again from the next frame: said once is enough). */
const reported = new Set<string>();

/** What the page says when drawing a state failed (the picture keeps what it last drew). */
export function drawingFailed(page: { alert: HTMLElement }, error: unknown): void {
  console.error(error);
  reported.add(describeError(error));
  showFault(
    page.alert,
    `Something went wrong while drawing: ${describeError(error)}. The rest of the page still works; try another view, or reload the page.`,
  );
}

/**
 * A store listener that never throws back into the store: a bug while drawing one state shows a
 * message and the page stays usable (the next state draws again).
 */
export function guardListener<A extends unknown[]>(
  listener: (...args: A) => void,
  onError: (error: unknown) => void,
): (...args: A) => void {
  return (...args) => {
    try {
      listener(...args);
    } catch (error) {
      onError(error);
    }
  };
}
