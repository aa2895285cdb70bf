// What a large network's explorer needs before it can be built again after an edit — its graph,
// the order the timeline plays its ties in, the analysis module — prepared a few milliseconds at a
// time in tasks of their own, so that no single task holds the page (issue 11: no task over
// 100 ms for a single edit on 5 000 actors; building the graph alone took 30–120 ms). The explorer
// is then created from them (explorerApp.ts, `prepared`) as from the document.
import { graphSteps, type ActorGraph } from "../model/actorGraph";
import type { NetworkDocument } from "../schema/networkDocument";
import type { AnalysisModule } from "../analysis/questions";
import { playOrderSteps } from "../view/networkView";
import { runSliced } from "./sliced";

export interface PreparedNetwork {
  graph: ActorGraph;
  playOrder: readonly string[];
  /** Loaded by the explorer before (the module is cached): the first view has its metrics. */
  analysis: AnalysisModule | undefined;
}

/** The longest stretch of graph building in one task (ms). */
const SLICE_MS = 8;

/** A new task (not a timer: nested timers are held back to 4 ms each). */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** The parts, or undefined when `current()` turned false meanwhile (a newer edit came). */
export async function prepareNetwork(
  document: NetworkDocument,
  current: () => boolean,
): Promise<PreparedNetwork | undefined> {
  // The edit's own task ends first: the form closes and the edit bar says what was done.
  await nextTask();
  const analysis = import("../analysis/questions").then(
    (module) => module,
    () => undefined,
  );
  const steps = graphSteps(document);
  let started = performance.now();
  let graph: ActorGraph | undefined;
  for (let count = 1; !graph; count++) {
    const step = steps.next();
    if (step.done) graph = step.value;
    // A look at the clock every 16 actors or ties: a slice ends soon after its time is up.
    else if (count % 16 === 0 && performance.now() - started > SLICE_MS) {
      await nextTask();
      if (!current()) return undefined;
      started = performance.now();
    }
  }
  await nextTask();
  if (!current()) return undefined;
  // Reading 60 000 ties' dates is a slice's work many times over (issue 13).
  const playOrder = await runSliced(playOrderSteps(graph), () => !current());
  if (!playOrder) return undefined;
  const module = await analysis;
  await nextTask();
  return current() ? { graph, playOrder, analysis: module } : undefined;
}
