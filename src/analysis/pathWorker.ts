// The path search's Web Worker (module worker, bundled by vite from pathRunner's
// `new Worker(new URL("./pathWorker.ts", import.meta.url), { type: "module" })`). It keeps the
// network it is sent and answers path questions within their budget (pathSearch.ts); the page
// cancels a search by terminating it. DOM-free.
import { buildGraph, type ActorGraph } from "../model/actorGraph";
import { holdLife } from "../worker/workerLife";
import { searchPaths, type PathWorkerReply, type PathWorkerRequest } from "./pathSearch";

holdLife(self);
let graph: ActorGraph | undefined;

self.addEventListener("message", (event: MessageEvent<PathWorkerRequest>) => {
  const message = event.data;
  if (message?.type === "network") graph = buildGraph(message.document);
  else if (message?.type === "search") {
    const { id, request } = message;
    let reply: PathWorkerReply;
    try {
      if (!graph) throw new Error("no network to search");
      reply = { id, result: searchPaths(graph, request) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    self.postMessage(reply);
  }
});
