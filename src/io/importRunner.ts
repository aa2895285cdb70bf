// Opening files without freezing the page: reading, parsing, mapping and validating run in a Web
// Worker (importWorker.ts; the messages are in importProtocol.ts) that hands back the validated
// document. Where there is no Worker (Node, jsdom) or it cannot start (a page opened from
// file://), the same importFiles runs here instead, so every path gives the same result through
// the same validation. A worker that fails to start, throws or dies (worker/workerLife.ts) hands
// its pending imports to this thread, and the next import starts a new worker.
import { watchLife } from "../worker/workerLife";
import { checkFileSizes, describeSize, type NetworkSize } from "./importLimits";
import { createPartCollector, type ImportReply, type ImportRequest } from "./importProtocol";
import type { ActorsRead, ImportResult } from "./importResult";

/** The in-thread fallback loads the importers only when it is needed. */
const importHere = (files: readonly File[], options: ImporterOptions): Promise<ImportResult> =>
  import("./importFromFiles").then((module) => module.importFromFiles(files, options));

export interface ImporterOptions {
  /** The actors' kinds (and the file's positions), in order, while the ties are still read
   * (large GEXF files). */
  onActors?: (actors: ActorsRead) => void;
  /** Open a network larger than the page opens without asking (the reader said yes). */
  allowLarge?: boolean;
  /** Asked when the network is larger than the page opens without asking: open it anyway? */
  askLarge?: (size: NetworkSize) => Promise<boolean>;
}

/** A way to run imports elsewhere; a Web Worker in the browser. */
export interface ImportChannel {
  send(request: ImportRequest): void;
  listen(onReply: (reply: ImportReply) => void, onFailure: (reason: string) => void): void;
  /** Ends the worker (a broken one is ended before the next is started). */
  close?(): void;
}

/** The module Web Worker, or undefined where Workers don't exist or can't be created. */
export function importWorkerChannel(): ImportChannel | undefined {
  if (typeof Worker === "undefined") return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return undefined;
  }
  // Listening for its death starts at once: a worker warmed early may die before it is used.
  let onDeath: ((reason: string) => void) | undefined;
  let dead = false;
  const stopWatching = watchLife(worker, "import", () => {
    dead = true;
    onDeath?.("the import worker stopped");
  });
  return {
    send: (request) => worker.postMessage(request),
    listen(onReply, onFailure) {
      onDeath = onFailure;
      if (dead) onFailure("the import worker stopped");
      worker.addEventListener("message", (event: MessageEvent<ImportReply>) => onReply(event.data));
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        onFailure(event.message || "the import worker failed to start");
      });
      worker.addEventListener("messageerror", () => onFailure("unreadable import message"));
    },
    close() {
      stopWatching();
      worker.terminate();
    },
  };
}

/**
 * Imports files, in the worker when there is one (it is started on first use and kept), here
 * otherwise. A worker that breaks hands its pending imports to this thread; the next import
 * starts a new one. Rejects only when the importers cannot be loaded here either (offline). Files too big to open are refused before they are read; a network larger than the
 * page opens without asking is opened only if `askLarge` says yes (read again, allowed).
 */
export function createImporter(channel: () => ImportChannel | undefined = importWorkerChannel): {
  importFiles(files: readonly File[], options?: ImporterOptions): Promise<ImportResult>;
  /** Starts the worker ahead of a likely import (the pointer is on "Open…", a file is dragged). */
  warm(): void;
} {
  let worker: ImportChannel | undefined;
  /** No Worker here at all (Node, jsdom): every import runs on this thread. */
  let noWorkers = false;
  let nextId = 1;
  const pending = new Map<
    number,
    {
      files: readonly File[];
      options: ImporterOptions;
      resolve: (result: ImportResult) => void;
      reject: (reason: unknown) => void;
      /** A large document's actors and ties, as they arrive. */
      parts: ReturnType<typeof createPartCollector>;
    }
  >();
  const here = importHere;
  const start = (): ImportChannel | undefined => {
    if (noWorkers) return undefined;
    if (worker) return worker;
    const created = channel();
    if (!created) {
      noWorkers = true;
      return undefined;
    }
    created.listen(
      (reply) => {
        const request = pending.get(reply.id);
        if ("actors" in reply) return request?.options.onActors?.(reply.actors);
        if ("part" in reply) return request?.parts.add(reply.part);
        pending.delete(reply.id);
        request?.resolve(request.parts.finish(reply.result, reply.split === true));
      },
      () => {
        if (worker !== created) return;
        worker = undefined;
        created.close?.();
        const stranded = [...pending.values()];
        pending.clear();
        for (const request of stranded)
          here(request.files, request.options).then(request.resolve, request.reject);
      },
    );
    worker = created;
    return created;
  };
  const run = (files: readonly File[], options: ImporterOptions): Promise<ImportResult> => {
    const target = start();
    if (!target) return here(files, options);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { files, options, resolve, reject, parts: createPartCollector() });
      target.send({ id, files, ...(options.allowLarge ? { allowLarge: true } : {}) });
    });
  };
  return {
    warm: () => void start(),
    async importFiles(files, options = {}) {
      const tooBig = checkFileSizes(files);
      if (tooBig) return { ok: false, problems: [tooBig] };
      const result = await run(files, options);
      if (result.ok || !result.large || !options.askLarge) return result;
      if (await options.askLarge(result.large)) return run(files, { ...options, allowLarge: true });
      return {
        ok: false,
        problems: [
          {
            path: files.map((file) => file.name).join(", "),
            message: `not opened (${describeSize(result.large)}): you chose not to`,
          },
        ],
      };
    },
  };
}
