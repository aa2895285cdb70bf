import { describe, expect, it } from "vitest";
import { computeLayout, createLayoutSimulation } from "../../src/layout/forceLayout";
import {
  decodePositions,
  decodeRequest,
  encodePositions,
  encodeRequest,
  requestTransferables,
  serveLayout,
  transferablesOf,
  type LayoutReply,
  type LayoutRequest,
} from "../../src/layout/layoutProtocol";
import { layoutInput } from "../../src/layout/layoutInput";
import { seedActorGraph } from "../fixtures/seedGraph";

const { nodes, links } = layoutInput(seedActorGraph());
const ids = nodes.map((node) => node.id);

/** A clock that moves `step` ms every time it is read. */
const ticking = (step: number) => {
  let t = 0;
  return () => (t += step);
};

function serve(request: LayoutRequest, now = ticking(1)) {
  const replies: { reply: LayoutReply; transfer: ArrayBuffer[] }[] = [];
  serveLayout(request, (reply, transfer) => replies.push({ reply, transfer }), now);
  return replies;
}

describe("the layout worker's messages", () => {
  it("packs a request into typed arrays that survive structured cloning and unpack again", () => {
    const pinned = nodes.map((node, i) => (i === 0 ? { ...node, fixed: { x: 1, y: 2 } } : node));
    const strays = [...links, { source: "nobody", target: ids[0]! }];
    const request = encodeRequest(pinned, strays, { ticks: 20 });
    expect(request.nodeData).toBeInstanceOf(Float64Array);
    expect(request.links).toBeInstanceOf(Int32Array);
    expect(request.links).toHaveLength(links.length * 2); // the link to an unknown id is left out
    expect(request.options).toEqual({ ticks: 20 });
    const decoded = decodeRequest(structuredClone(request));
    const plain = pinned.map(({ id, r, labelWidth, labelHeight, fixed }) => ({
      id,
      r,
      labelWidth,
      labelHeight,
      ...(fixed ? { fixed } : {}),
    }));
    expect(decoded.nodes).toEqual(plain);
    expect(decoded.links).toEqual(links.map(({ source, target }) => ({ source, target })));
    expect(requestTransferables(request)).toEqual([request.nodeData.buffer, request.links.buffer]);
  });

  it("round-trips positions through the interleaved array", () => {
    const positions = computeLayout(nodes, links, { ticks: 5 });
    const array = encodePositions(ids, positions);
    expect(array).toBeInstanceOf(Float64Array);
    expect(array).toHaveLength(ids.length * 2);
    expect([...decodePositions(ids, array)]).toEqual([...positions]);
    expect(() => decodePositions(ids, new Float64Array(3))).toThrow(/expected 30 coordinates/);
  });

  it("serves progress at most every interval, then computeLayout's final positions", () => {
    const request = { ...encodeRequest(nodes, links), intervalMs: 50 };
    const replies = serve(request, ticking(1)); // one tick per ms: a progress every 50 ticks
    const progress = replies.filter((r) => r.reply.type === "progress");
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress.length).toBeLessThanOrEqual(6);
    const fractions = progress.map((r) => (r.reply.type === "progress" ? r.reply.fraction : 0));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((f) => f > 0 && f < 1)).toBe(true);
    const last = replies.at(-1)!.reply;
    expect(last.type).toBe("done");
    if (last.type !== "done") return;
    expect([...decodePositions(ids, last.positions)]).toEqual([...computeLayout(nodes, links)]);
  });

  it("hands over the positions' buffer instead of copying it", () => {
    const replies = serve({ ...encodeRequest(nodes, links, { ticks: 3 }), intervalMs: 0 });
    for (const { reply, transfer } of replies) {
      expect(reply.type).not.toBe("error");
      if (reply.type !== "error") expect(transfer).toEqual([reply.positions.buffer]);
    }
    expect(transferablesOf({ type: "error", message: "x" })).toEqual([]);
  });

  it("matches the steppable simulation's progress positions", () => {
    const replies = serve({ ...encodeRequest(nodes, links, { ticks: 4 }), intervalMs: 0 });
    const simulation = createLayoutSimulation(nodes, links, { ticks: 4 });
    for (const { reply } of replies.slice(0, -1)) {
      simulation.tick(1);
      expect(reply).toEqual({
        type: "progress",
        positions: simulation.positionArray(),
        fraction: simulation.progress(),
      });
    }
  });

  it("answers a broken request with an error reply", () => {
    const broken = {
      type: "start",
      nodes: null,
      links: [],
      options: {},
    } as unknown as LayoutRequest;
    const replies = serve(broken);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.reply.type).toBe("error");
  });
});
