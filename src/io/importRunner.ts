// Opening files without freezing the page: reading, parsing, mapping and validating run in a Web
// Worker (importWorker.ts; the messages are in importProtocol.ts) that hands back the validated
// document. Where there is no Worker (Node, jsdom) or it cannot start (a page opened from
// file://), the same importFiles runs here instead, so every path gives the same result through
// the same validation.
import { checkFileSizes, describeSize, type NetworkSize } from "./importLimits";
import type { ImportReply, ImportRequest } from "./importProtocol";
import type { ImportResult } from "./importResult";
import type { ActorKind } from "../schema/vocabulary";

/** The in-thread fallback loads the importers only when it is needed. */
const importHere = (files: readonly File[], options: ImporterOptions): Promise<ImportResult> =>
  import("./importFromFiles").then((module) => module.importFromFiles(files, options));

export interface ImporterOptions {
  /** The kinds of the actors, in order, while the ties are still read (large GEXF files). */
  onActors?: (kinds: ActorKind[]) => void;
  /** Open a network larger than the page opens without asking (the reader said yes). */
  allowLarge?: boolean;
  /** Asked when the network is larger than the page opens without asking: open it anyway? */
  askLarge?: (size: NetworkSize) => Promise<boolean>;
}

/** A way to run imports elsewhere; a Web Worker in the browser. */
export interface ImportChannel {
  send(request: ImportRequest): void;
  listen(onReply: (reply: ImportReply) => void, onFailure: (reason: string) => void): void;
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
  return {
    send: (request) => worker.postMessage(request),
    listen(onReply, onFailure) {
      worker.addEventListener("message", (event: MessageEvent<ImportReply>) => onReply(event.data));
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        onFailure(event.message || "the import worker failed to start");
      });
      worker.addEventListener("messageerror", () => onFailure("unreadable import message"));
    },
  };
}

/**
 * Imports files, in the worker when there is one (it is started on first use and kept), here
 * otherwise. A worker that breaks hands its pending imports to this thread, and later imports
 * stay here. Files too big to open are refused before they are read; a network larger than the
 * page opens without asking is opened only if `askLarge` says yes (read again, allowed).
 */
export function createImporter(channel: () => ImportChannel | undefined = importWorkerChannel): {
  importFiles(files: readonly File[], options?: ImporterOptions): Promise<ImportResult>;
  /** Starts the worker ahead of a likely import (the pointer is on "Open…", a file is dragged). */
  warm(): void;
} {
  let worker: ImportChannel | undefined;
  let broken = false;
  let nextId = 1;
  const pending = new Map<
    number,
    { files: readonly File[]; options: ImporterOptions; resolve: (result: ImportResult) => void }
  >();
  const here = importHere;
  const start = (): ImportChannel | undefined => {
    if (broken) return undefined;
    if (worker) return worker;
    const created = channel();
    if (!created) {
      broken = true;
      return undefined;
    }
    created.listen(
      (reply) => {
        const request = pending.get(reply.id);
        if ("actors" in reply) return request?.options.onActors?.(reply.actors);
        pending.delete(reply.id);
        request?.resolve(reply.result);
      },
      () => {
        broken = true;
        worker = undefined;
        const stranded = [...pending.values()];
        pending.clear();
        for (const request of stranded)
          void here(request.files, request.options).then(request.resolve);
      },
    );
    worker = created;
    return created;
  };
  const run = (files: readonly File[], options: ImporterOptions): Promise<ImportResult> => {
    const target = start();
    if (!target) return here(files, options);
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, { files, options, resolve });
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
