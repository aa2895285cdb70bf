// Starting a layout without freezing the page. Small networks are laid out at once on the calling
// thread. Larger ones start from d3-force's own initial arrangement (free, so it can be drawn at
// once) and are laid out in a Web Worker that streams positions back; where there is no Worker
// (Node, tests) or it fails to start (e.g. a page opened from file://), the same simulation runs
// on the calling thread in short slices between timers; so does a worker that fails or dies
// midway (worker/workerLife.ts). Every path gives the result of
// layoutEngine's computePositions (computeLayout's, below the large profile).
import {
  computeLayout,
  createLayoutSimulation,
  initialPositions,
  layoutSettings,
  type LayoutLink,
  type LayoutNode,
  type LayoutOptions,
  type LayoutSimulation,
  type Positions,
} from "./forceLayout";
import {
  decodePositions,
  encodeRequest,
  requestTransferables,
  tickFor,
  type LayoutReply,
  type LayoutRequest,
} from "./layoutProtocol";
import { drawingPlan } from "../view/drawingPlan";
import { watchLife } from "../worker/workerLife";

/** Progress at most this often (ms), from the worker and from the fallback. */
const PROGRESS_INTERVAL = 100;
/** Longest slice of layout work on the calling thread in the fallback (ms); one tick at least. */
const SLICE_MS = 12;

export type ProgressListener = (fraction: number, positions: () => Positions) => void;

export interface LayoutRun {
  /** Positions to draw now: final for small networks, the starting arrangement otherwise. */
  initial: Positions;
  /** The converged layout; rejects with an AbortError after cancel(). */
  done: Promise<Positions>;
  /**
   * How far the layout is, with its intermediate positions (decoded only if asked for: a large
   * network's page shows the fraction and keeps its picture), none for small networks.
   */
  onProgress(listener: ProgressListener): () => void;
  /** Stops the work (terminates the worker); `done` rejects. */
  cancel(): void;
}

/** A way to run the layout elsewhere; a Web Worker in the browser. */
export interface LayoutChannel {
  send(request: LayoutRequest): void;
  /** Replies; `failed` when the channel itself breaks (the worker script fails to load…). */
  listen(onReply: (reply: LayoutReply) => void, onFailure: (reason: string) => void): void;
  close(): void;
}

export interface RunnerOptions extends LayoutOptions {
  /** Where to run large layouts; returns undefined when there is no such place. */
  channel?: () => LayoutChannel | undefined;
  /**
   * Lay out elsewhere (a worker, else slices between timers) from d3's starting arrangement,
   * rather than at once; default: the drawing plan's choice for this many actors.
   */
  inWorker?: boolean;
  /** Least time between progress events, ms (default 100). */
  progressInterval?: number;
  /** Longest slice of work on this thread in the fallback, ms (default 12; one tick at least). */
  sliceMs?: number;
  /** Called when a large layout begins (the task after startLayout). */
  onStart?: () => void;
  /** What a large layout waits for before it begins (asked in the task after startLayout). */
  after?: () => Promise<unknown>;
}

/** A worker started ahead of need (see warmLayoutWorker), handed to the next layout. */
let spare: LayoutChannel | undefined;

/**
 * Starts a layout worker now, for the next large layout: loading its script takes a moment that
 * can overlap with reading a large file.
 */
export function warmLayoutWorker(): void {
  spare ??= createWorkerChannel();
}

/** The module Web Worker (the warmed one first), or undefined where Workers can't be created. */
export function workerChannel(): LayoutChannel | undefined {
  const warmed = spare;
  spare = undefined;
  return warmed ?? createWorkerChannel();
}

function createWorkerChannel(): LayoutChannel | undefined {
  if (typeof Worker === "undefined") return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return undefined;
  }
  // Listening starts at once: a worker warmed early may fail before anyone listens.
  let onReply: ((reply: LayoutReply) => void) | undefined;
  let onFailure: ((reason: string) => void) | undefined;
  let failure: string | undefined;
  const fail = (reason: string) => {
    failure ??= reason;
    onFailure?.(reason);
  };
  // A worker that dies silently (ended from outside) would leave "Laying out…" up forever.
  const stopWatching = watchLife(worker, "layout", () => fail("the layout worker stopped"));
  worker.addEventListener("message", (event: MessageEvent<LayoutReply>) => onReply?.(event.data));
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    fail(event.message || "the layout worker failed to start");
  });
  worker.addEventListener("messageerror", () => fail("unreadable layout message"));
  return {
    send: (request) => worker.postMessage(request, requestTransferables(request)),
    listen(replies, failures) {
      onReply = replies;
      onFailure = failures;
      if (failure !== undefined) failures(failure);
    },
    close() {
      stopWatching();
      worker.terminate();
    },
  };
}

const abortError = () => new DOMException("the layout was cancelled", "AbortError");

export function startLayout(
  nodes: readonly LayoutNode[],
  /** The ties, or how to read them when the layout begins (60 000 need not be read before). */
  ties: readonly LayoutLink[] | (() => readonly LayoutLink[]),
  {
    channel = workerChannel,
    inWorker = drawingPlan({
      actors: nodes.length,
      ties: typeof ties === "function" ? 0 : ties.length,
    }).layoutInWorker,
    progressInterval = PROGRESS_INTERVAL,
    sliceMs = SLICE_MS,
    onStart,
    after,
    ...options
  }: RunnerOptions = {},
): LayoutRun {
  let read: readonly LayoutLink[] | undefined;
  const links = () => (read ??= typeof ties === "function" ? ties() : ties);
  // Everything pinned (a document with a saved layout): the simulation would keep them all put.
  const allFixed = nodes.length > 0 && nodes.every((node) => node.fixed);
  // (The multilevel layout, asked for on a small network, is not at hand here: it goes async.)
  const here = !inWorker && !layoutSettings(nodes.length, options).multilevel;
  if (here || allFixed) {
    const positions = allFixed ? initialPositions(nodes) : computeLayout(nodes, links(), options);
    return {
      initial: positions,
      done: Promise.resolve(positions),
      onProgress: () => () => undefined,
      cancel: () => undefined,
    };
  }

  const ids = nodes.map((node) => node.id);
  const listeners = new Set<ProgressListener>();
  let settled = false;
  let stop: () => void = () => undefined;
  let resolve!: (positions: Positions) => void;
  let reject!: (reason: unknown) => void;
  const done = new Promise<Positions>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  done.catch(() => undefined); // a cancelled run nobody awaits is not an unhandled rejection

  const progress = (fraction: number, decode: () => Positions) => {
    if (settled) return;
    let positions: Positions | undefined;
    const lazily = () => (positions ??= decode());
    for (const listener of listeners) listener(fraction, lazily);
  };
  const finish = (positions: Positions) => {
    if (settled) return;
    settled = true;
    stop();
    resolve(positions);
  };

  /** The same simulation on this thread, a slice at a time between timers. */
  const runHere = () => {
    // The multilevel layout is not in the page's first bundle: load it first (layoutEngine.ts).
    if (layoutSettings(nodes.length, options).multilevel) {
      void import("./layoutEngine").then(({ createSimulation }) => {
        if (!settled) runSlices(createSimulation(nodes, links(), options));
      }, reject);
      return;
    }
    runSlices(createLayoutSimulation(nodes, links(), options));
  };
  const runSlices = (simulation: LayoutSimulation) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastProgress = performance.now();
    const slice = () => {
      tickFor(simulation, sliceMs);
      if (simulation.done()) return finish(simulation.positions());
      if (performance.now() - lastProgress >= progressInterval) {
        lastProgress = performance.now();
        progress(simulation.progress(), () => simulation.positions());
      }
      timer = setTimeout(slice, 0);
    };
    stop = () => clearTimeout(timer);
    timer = setTimeout(slice, 0);
  };

  // The layout begins in the next task, once the caller has finished the work it is doing now
  // (and whatever `after` waits for, e.g. the first picture being drawn): that work never runs
  // while the layout does.
  const begin = () => {
    if (settled) return;
    onStart?.();
    const remote = channel();
    if (!remote) return runHere();
    let abandoned = false;
    stop = () => remote.close();
    const fallBack = () => {
      if (settled || abandoned) return;
      abandoned = true;
      remote.close();
      runHere();
    };
    remote.listen((reply) => {
      if (abandoned) return;
      if (reply.type === "progress")
        progress(reply.fraction, () => decodePositions(ids, reply.positions));
      else if (reply.type === "done") finish(decodePositions(ids, reply.positions));
      else fallBack();
    }, fallBack);
    try {
      remote.send({ ...encodeRequest(nodes, links(), options), intervalMs: progressInterval });
    } catch {
      fallBack();
    }
  };
  const beginTimer = setTimeout(() => {
    if (after) void after().then(begin, begin);
    else begin();
  }, 0);
  stop = () => clearTimeout(beginTimer);

  return {
    initial: initialPositions(nodes),
    done,
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancel() {
      if (settled) return;
      settled = true;
      stop();
      listeners.clear();
      reject(abortError());
    },
  };
}
