// The import's Web Worker (module worker, bundled by vite from importRunner's
// `new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module" })`). It reads the
// picked files and imports them — the same detection, mapping and zod validation as on the page —
// so a 9 MB GEXF never blocks the page. The validated document goes back by structured clone, a
// large one in parts (importProtocol.ts) so the page receives it in short tasks. It holds a Web
// Lock while it lives, so the page knows if it dies (worker/workerLife.ts).
import { importFromFiles, unreadable } from "./importFromFiles";
import { resultReplies, type ImportReply, type ImportRequest } from "./importProtocol";
import { holdLife, isHoldLife } from "../worker/workerLife";

holdLife(self);
self.addEventListener("message", (event: MessageEvent<ImportRequest>) => {
  if (isHoldLife(event.data)) return;
  const { id, files, allowLarge } = event.data;
  void importFromFiles(files, {
    allowLarge: allowLarge === true,
    onActors: (actors) => self.postMessage({ id, actors } satisfies ImportReply),
  })
    .catch((error: unknown) => unreadable(files, error))
    .then((result) => {
      for (const reply of resultReplies(id, result)) self.postMessage(reply satisfies ImportReply);
    });
});
