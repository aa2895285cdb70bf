// Showing another network without losing the one on screen (the guide: "the network already open
// is never lost"). The new explorer is made while the old one stays alive, its page only taken off
// the root; the old one is ended once the new one has drawn its first state. If making or drawing
// the new one throws, the new one is ended instead and the old page goes back as it was: picture,
// view, selection, details, a layout still running.
import type { Explorer } from "./explorerContract";
import { describeError } from "./faults";

/** Thrown when a network could not be shown and the one open before was kept. */
export class NetworkKept extends Error {
  constructor(readonly fault: unknown) {
    super(`drawing it failed (${describeError(fault)})`);
    this.name = "NetworkKept";
  }
}

/** The explorer `make` gives, in place of `previous`; or NetworkKept, with `previous` back. */
export function swapExplorer(
  root: HTMLElement,
  previous: Explorer,
  make: () => Explorer,
): Explorer {
  const kept = [...root.childNodes];
  let created: Explorer | undefined;
  let fault: { error: unknown } | undefined;
  try {
    created = make();
    fault = created.drawingFault();
  } catch (error) {
    console.error(error); // (a fault while drawing was said by the explorer)
    fault = { error };
  }
  if (created && !fault) {
    previous.destroy();
    return created;
  }
  created?.destroy();
  root.replaceChildren(...kept);
  throw new NetworkKept(fault?.error);
}
