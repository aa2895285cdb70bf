// The messages between the page and the layout worker, and the worker's work itself, as pure
// functions (tested without a Worker). Positions travel as one Float64Array (x, y interleaved, in
// node order) whose buffer is transferred, not copied; the page knows the node order.
import {
  createLayoutSimulation,
  type LayoutLink,
  type LayoutNode,
  type LayoutOptions,
  type LayoutSimulation,
  type Positions,
} from "./forceLayout";

/**
 * The network, packed so that posting it costs little on the page: structured-cloning 5 000 node
 * and 15 000 link objects took 25–65 ms of main thread in Chromium, typed arrays are handed over.
 */
export interface LayoutRequest {
  type: "start";
  ids: string[];
  /** Per node: r, labelWidth, labelHeight, fixed x, fixed y (NaN when not pinned). */
  nodeData: Float64Array;
  /** Per link: source index, target index (links to unknown ids are left out). */
  links: Int32Array;
  options: LayoutOptions;
  /** Least time between progress replies, ms (default 100). */
  intervalMs?: number;
}

const NODE_FIELDS = 5;

export type LayoutReply =
  | { type: "progress"; positions: Float64Array; fraction: number }
  | { type: "done"; positions: Float64Array }
  | { type: "error"; message: string };

/** Posts a reply, handing over the buffers listed. */
export type PostReply = (reply: LayoutReply, transfer: ArrayBuffer[]) => void;

export function encodeRequest(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  options: LayoutOptions = {},
): LayoutRequest {
  const ids = nodes.map((node) => node.id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const nodeData = new Float64Array(nodes.length * NODE_FIELDS);
  nodes.forEach((node, i) => {
    nodeData.set(
      [node.r, node.labelWidth, node.labelHeight, node.fixed?.x ?? NaN, node.fixed?.y ?? NaN],
      i * NODE_FIELDS,
    );
  });
  const pairs: number[] = [];
  for (const link of links) {
    const source = indexOf.get(link.source);
    const target = indexOf.get(link.target);
    if (source !== undefined && target !== undefined) pairs.push(source, target);
  }
  return { type: "start", ids, nodeData, links: Int32Array.from(pairs), options: { ...options } };
}

/** The nodes and links again (links to unknown ids, which the layout ignores, are gone). */
export function decodeRequest(request: LayoutRequest): {
  nodes: LayoutNode[];
  links: LayoutLink[];
} {
  const { ids, nodeData } = request;
  const nodes = ids.map((id, i): LayoutNode => {
    const [r, labelWidth, labelHeight, x, y] = nodeData.subarray(
      i * NODE_FIELDS,
      (i + 1) * NODE_FIELDS,
    ) as unknown as [number, number, number, number, number];
    return {
      id,
      r,
      labelWidth,
      labelHeight,
      ...(Number.isNaN(x) || Number.isNaN(y) ? {} : { fixed: { x, y } }),
    };
  });
  const links: LayoutLink[] = [];
  for (let i = 0; i + 1 < request.links.length; i += 2)
    links.push({ source: ids[request.links[i]!]!, target: ids[request.links[i + 1]!]! });
  return { nodes, links };
}

/** The request's buffers, handed over to the worker rather than copied. */
export function requestTransferables(request: LayoutRequest): ArrayBuffer[] {
  return [request.nodeData.buffer as ArrayBuffer, request.links.buffer as ArrayBuffer];
}

/** Positions keyed by id from the interleaved array (ids in the same order as the request). */
export function decodePositions(ids: readonly string[], array: Float64Array): Positions {
  if (array.length !== ids.length * 2)
    throw new Error(`expected ${ids.length * 2} coordinates, got ${array.length}`);
  const positions: Positions = new Map();
  ids.forEach((id, i) => positions.set(id, { x: array[2 * i]!, y: array[2 * i + 1]! }));
  return positions;
}

/** The interleaved array for positions, in the order of `ids`. */
export function encodePositions(ids: readonly string[], positions: Positions): Float64Array {
  const array = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = positions.get(id);
    array[2 * i] = p?.x ?? 0;
    array[2 * i + 1] = p?.y ?? 0;
  });
  return array;
}

export function progressReply(simulation: LayoutSimulation): LayoutReply {
  return {
    type: "progress",
    positions: simulation.positionArray(),
    fraction: simulation.progress(),
  };
}

export function doneReply(simulation: LayoutSimulation): LayoutReply {
  return { type: "done", positions: simulation.positionArray() };
}

/** The buffers a reply can hand over instead of copying. */
export function transferablesOf(reply: LayoutReply): ArrayBuffer[] {
  return reply.type === "error" ? [] : [reply.positions.buffer as ArrayBuffer];
}

/** Runs ticks until the simulation is done or `budgetMs` have passed (at least one tick). */
export function tickFor(
  simulation: LayoutSimulation,
  budgetMs: number,
  now: () => number = () => performance.now(),
): void {
  const until = now() + budgetMs;
  do simulation.tick(1);
  while (!simulation.done() && now() < until);
}

/** createLayoutSimulation, or layoutEngine's createSimulation (large profile too). */
export type SimulationFactory = (
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  options: LayoutOptions,
) => LayoutSimulation;

/**
 * The worker's job: run the layout to the end, posting a progress reply at most every
 * `intervalMs` and then the final positions (or an error), with the simulation `create` makes
 * (the worker passes layoutEngine's createSimulation). Synchronous: the worker has nothing
 * else to do, the page cancels by terminating it, and posted messages go out at once.
 */
export function serveLayout(
  request: LayoutRequest,
  post: PostReply,
  now: () => number = () => performance.now(),
  create: SimulationFactory = createLayoutSimulation,
): void {
  const intervalMs = request.intervalMs ?? 100;
  const send = (reply: LayoutReply) => post(reply, transferablesOf(reply));
  try {
    const { nodes, links } = decodeRequest(request);
    const simulation = create(nodes, links, request.options);
    while (!simulation.done()) {
      tickFor(simulation, intervalMs, now);
      if (!simulation.done()) send(progressReply(simulation));
    }
    send(doneReply(simulation));
  } catch (error) {
    send({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
}
