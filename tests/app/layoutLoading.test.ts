// The layout loads on first use (app/layoutLoading.ts). Until it is there, a network whose
// actors all have places needs none, a layout asked for starts from d3's spiral and ends where
// layoutRunner's own would, and one cancelled meanwhile ends with an AbortError; once it is
// there, a small network is laid out at once, as before. Each test gets a fresh module (nothing
// loaded yet).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { layoutInput } from "../../src/layout/layoutInput";
import { initialPositions } from "../../src/layout/initialPositions";
import { startLayout } from "../../src/layout/layoutRunner";
import { seedActorGraph } from "../fixtures/seedGraph";

const SMALL = { inWorker: false } as const;
const fresh = () => import("../../src/app/layoutLoading");

describe("the layout, loaded on first use", () => {
  const { nodes, links } = layoutInput(seedActorGraph());
  beforeEach(() => {
    vi.resetModules();
  });

  it("lays out nothing, and loads nothing, when every actor has its place", async () => {
    const { layoutModule, startWhenLoaded } = await fresh();
    const placed = nodes.map((node, i) => ({ ...node, fixed: { x: i * 10, y: -i } }));
    const run = startWhenLoaded(placed, links, SMALL);
    expect(run.initial.get(placed[3]!.id)).toEqual({ x: 30, y: -3 });
    expect(await run.done).toBe(run.initial);
    expect(layoutModule.ready()).toBeUndefined();
  });

  it("ends with an AbortError when cancelled before the layout arrived", async () => {
    const { startWhenLoaded } = await fresh();
    const run = startWhenLoaded(nodes, links, SMALL);
    run.cancel();
    await expect(run.done).rejects.toMatchObject({ name: "AbortError" });
  });

  it("starts from d3's spiral and ends where the layout itself would", async () => {
    const { layoutModule, startWhenLoaded } = await fresh();
    const run = startWhenLoaded(nodes, links, SMALL);
    expect(layoutModule.ready()).toBeUndefined();
    expect(run.initial).toEqual(initialPositions(nodes));
    const final = await run.done;
    expect(final).toEqual(startLayout(nodes, links, SMALL).initial);
    expect(final).not.toEqual(run.initial);
  });

  it("once loaded, lays a small network out at once", async () => {
    const { layoutModule, startWhenLoaded } = await fresh();
    await layoutModule.load();
    const run = startWhenLoaded(nodes, links, SMALL);
    expect(run.initial).toEqual(startLayout(nodes, links, SMALL).initial);
    expect(await run.done).toBe(run.initial);
  });
});
