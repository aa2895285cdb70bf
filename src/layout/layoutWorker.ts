// The layout's Web Worker (module worker, bundled by vite from layoutRunner's
// `new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" })`). DOM-free: it
// only runs the same simulation as layoutEngine's computePositions and posts positions back
// (layoutProtocol.ts).
import { createSimulation } from "./layoutEngine";
import { serveLayout, type LayoutRequest } from "./layoutProtocol";
import { holdLife } from "../worker/workerLife";

// Holds a Web Lock while it lives, so the page knows if it dies (worker/workerLife.ts).
holdLife(self);
self.addEventListener("message", (event: MessageEvent<LayoutRequest>) => {
  if (event.data?.type !== "start") return;
  serveLayout(
    event.data,
    (reply, transfer) => self.postMessage(reply, { transfer }),
    undefined,
    createSimulation,
  );
});
