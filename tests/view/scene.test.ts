import { describe, expect, it } from "vitest";
import { buildScene, relocateScene } from "../../src/view/scene";
import { layoutInput } from "../../src/layout/layoutInput";
import { buildGraph } from "../../src/model/actorGraph";
import { initialState } from "../../src/state/appState";
import { ACTOR_ENCODINGS, TIE_STATUS_ENCODINGS } from "../../src/view/encodings";
import { chainWithParallels, statusesAndLoops } from "../fixtures/documents";

const graph = buildGraph(chainWithParallels());
const positions = new Map([
  ["a", { x: 0, y: 0 }],
  ["b", { x: 200, y: 0 }],
  ["c", { x: 200, y: 200 }],
]);
const scene = (state: Partial<ReturnType<typeof initialState>> = {}) =>
  buildScene({ graph, positions, state: { ...initialState(), ...state } });

describe("the scene", () => {
  it("encodes actor kind as colour and shape, tie status as dash", () => {
    const s = scene();
    const c = s.nodes.find((n) => n.id === "c")!;
    expect(c.fill).toBe(ACTOR_ENCODINGS.government.fill);
    expect(c.d).not.toBe(s.nodes.find((n) => n.id === "a")!.d);
    const dashes = Object.fromEntries(s.edges.map((e) => [e.id, e.dash]));
    expect(dashes).toEqual({
      t1: TIE_STATUS_ENCODINGS.reported.dash,
      t2: "",
      t3: TIE_STATUS_ENCODINGS.alleged.dash,
      t4: TIE_STATUS_ENCODINGS.denied.dash,
    });
  });

  it("names actors and ties starting with their labels", () => {
    const s = scene();
    expect(s.nodes.find((n) => n.id === "b")!.ariaLabel).toBe("Bravo, person, 4 ties");
    expect(s.edges.find((e) => e.id === "t1")!.ariaLabel).toBe(
      "Alpha → Bravo: message, 22 April 2025, reported",
    );
    expect(s.edges.find((e) => e.id === "t4")!.ariaLabel).toBe(
      "Charlie ↔ Bravo: proposal, late April 2025, denied",
    );
    expect(s.edges.find((e) => e.id === "t3")!.ariaLabel).toBe(
      "Bravo → Charlie: relay, undated, alleged",
    );
  });

  it("keeps parallel ties as separate curves, or collapses them with a count", () => {
    const separate = scene();
    expect(separate.edges).toHaveLength(4);
    expect(new Set(separate.edges.filter((e) => e.source === "a").map((e) => e.d)).size).toBe(2);
    const collapsed = scene({ collapseParallel: true });
    expect(collapsed.edges).toHaveLength(2);
    const ab = collapsed.edges.find((e) => e.source === "a")!;
    expect(ab.ties).toEqual(["t1", "t2"]);
    expect(ab.count).toBe("×2");
    expect(ab.ariaLabel).toBe("Alpha → Bravo: 2 ties");
    // b→c and c→b bundled: no single direction, so no arrowhead
    const bc = collapsed.edges.find((e) => e.ties.includes("t3"))!;
    expect(bc.arrow).toBe("");
  });

  it("highlights the hovered actor's neighbourhood and dims the rest", () => {
    const s = scene({ hover: "a" });
    expect(s.nodes.filter((n) => n.dimmed).map((n) => n.id)).toEqual(["c"]);
    expect(s.edges.filter((e) => e.dimmed).map((e) => e.id)).toEqual(["t3", "t4"]);
  });

  it("highlights a selected tie and its two ends", () => {
    const s = scene({ selection: { kind: "tie", id: "t3" } });
    expect(s.nodes.filter((n) => n.dimmed).map((n) => n.id)).toEqual(["a"]);
    expect(s.edges.find((e) => e.id === "t3")!.selected).toBe(true);
  });

  it("dims nothing when nothing is focused", () => {
    const s = scene();
    expect(s.nodes.some((n) => n.dimmed) || s.edges.some((e) => e.dimmed)).toBe(false);
  });

  it("moves pinned actors and marks them", () => {
    const s = scene({ pins: { a: { x: -50, y: 30 } } });
    const a = s.nodes.find((n) => n.id === "a")!;
    expect([a.x, a.y, a.pinned]).toEqual([-50, 30, true]);
  });

  it("reads pins and frozen positions by id only: an actor called 'constructor' is not pinned", () => {
    // Every object has a "constructor" property, and it is a valid actor id.
    const doc = chainWithParallels();
    doc.actors[0]!.id = "constructor";
    for (const tie of doc.ties) if (tie.source === "a") tie.source = "constructor";
    const odd = buildGraph(doc);
    expect(layoutInput(odd).nodes.find((n) => n.id === "constructor")!.fixed).toBeUndefined();
    const at = new Map([...positions].map(([id, p]) => [id === "a" ? "constructor" : id, p]));
    const s = buildScene({ graph: odd, positions: at, state: initialState() });
    const node = s.nodes.find((n) => n.id === "constructor")!;
    expect([node.x, node.y, node.pinned]).toEqual([0, 0, false]);
    const moved = relocateScene(s, new Map([["constructor", { x: 7, y: 8 }]]), {});
    expect(moved.nodes.find((n) => n.id === "constructor")).toMatchObject({ x: 7, y: 8 });
  });

  it("builds the legend from the encodings in use only", () => {
    const s = scene();
    expect(s.legend.filter((e) => e.group === "actor").map((e) => e.key)).toEqual([
      "person",
      "government",
    ]);
    expect(s.legend.filter((e) => e.group === "status").map((e) => e.key)).toEqual([
      "confirmed",
      "reported",
      "alleged",
      "denied",
    ]);
    expect(s.legend.find((e) => e.group === "tie")!.label).toBe(
      "Communication: message, call, relay, proposal",
    );
  });

  it("hides what the view hides and bounds what it shows", () => {
    const s = buildScene({
      graph,
      positions,
      state: initialState(),
      visibleNodes: new Set(["a", "b"]),
    });
    expect(s.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(s.edges.map((e) => e.id)).toEqual(["t1", "t2"]);
    expect(s.bounds.x0).toBeLessThan(0);
    expect(s.bounds.x1).toBeGreaterThan(200);
    expect(s.bounds.y1).toBeGreaterThan(9);
  });
});

describe("ties with no stated status, inferred ties and self-loops", () => {
  const loopGraph = buildGraph(statusesAndLoops());
  const at = new Map([
    ["o", { x: 0, y: 0 }],
    ["p", { x: -150, y: 100 }],
    ["q", { x: 150, y: 100 }],
  ]);
  const loopScene = (state: Partial<ReturnType<typeof initialState>> = {}) =>
    buildScene({ graph: loopGraph, positions: at, state: { ...initialState(), ...state } });

  it("draws a tie whose file states no status with its own dash, never the reported one", () => {
    const s = loopScene();
    const dash = (id: string) => s.edges.find((e) => e.id === id)!.dash;
    expect(dash("s1")).toBe(TIE_STATUS_ENCODINGS["not-stated"].dash);
    expect(dash("s1")).not.toBe(TIE_STATUS_ENCODINGS.reported.dash);
    expect(dash("s2")).toBe(TIE_STATUS_ENCODINGS.inferred.dash);
    // Every status has a dash of its own.
    const dashes = Object.values(TIE_STATUS_ENCODINGS).map((e) => e.dash);
    expect(new Set(dashes).size).toBe(dashes.length);
  });

  it("lists both in the legend, in words, only because they are used", () => {
    const statuses = loopScene().legend.filter((e) => e.group === "status");
    expect(statuses.map((e) => [e.key, e.label])).toEqual([
      ["confirmed", "Confirmed"],
      ["reported", "Reported"],
      ["inferred", "Inferred: the reporting implies it"],
      ["not-stated", "Status not stated in the file"],
    ]);
    // The file's own word stands for its kind "other".
    expect(loopScene().legend.find((e) => e.key === "other")!.label).toBe(
      "Other or not stated: consulted",
    );
  });

  it("names ties with their own word and their status, or says it is not stated", () => {
    const name = (id: string) => loopScene().edges.find((e) => e.id === id)!.ariaLabel;
    expect(name("s1")).toBe("Pat → Quinn: message, undated, status not stated");
    expect(name("s2")).toBe("Pat → Org: relay, undated, inferred");
    expect(name("s5")).toBe("Quinn → Org: consulted, undated, confirmed");
    expect(name("s3")).toBe("Org → Org: meeting, undated, reported");
  });

  it("counts each tie once in an actor's name, a tie to itself too", () => {
    // Org: s2, s3, s4, s5 touch it; s3 and s4 are loops.
    expect(loopScene().nodes.find((n) => n.id === "o")!.ariaLabel).toBe(
      "Org, organisation, 4 ties",
    );
  });

  it("draws self-loops as nested loops above the actor, an arrowhead only on the directed one", () => {
    const s = loopScene();
    const s3 = s.edges.find((e) => e.id === "s3")!;
    const s4 = s.edges.find((e) => e.id === "s4")!;
    expect([s3.loop, s4.loop]).toEqual([0, 1]);
    expect(s3.d).toMatch(/^M[-\d.]+,[-\d.]+A12,12 0 1 1 /);
    expect(s4.d).toMatch(/^M[-\d.]+,[-\d.]+A18,18 0 1 1 /);
    expect(s3.arrow).not.toBe("");
    expect(s4.arrow).toBe("");
    // Loop tops: ring 9 + 2.5 = 11.5; centres half a radius beyond it; tops a radius above those.
    expect(s3.middle).toEqual({ x: 0, y: -(11.5 + 6 + 12) });
    expect(s4.middle).toEqual({ x: 0, y: -(11.5 + 9 + 18) });
    expect(s.bounds.y0).toBeCloseTo(-38.5, 6);
  });

  it("puts a collapsed bundle of loops at the outer loop's top with its count", () => {
    const s = loopScene({ collapseParallel: true });
    const loops = s.edges.find((e) => e.source === "o" && e.target === "o")!;
    expect(loops.ties).toEqual(["s3", "s4"]);
    expect(loops.count).toBe("×2");
    expect(loops.loop).toBe(0);
    // s4 has no stated status: the bundle takes the weaker claim.
    expect(loops.dash).toBe(TIE_STATUS_ENCODINGS["not-stated"].dash);
  });

  it("draws a bundle too large to fan as one line with its count, labels and bounds as for 11", () => {
    // Alpha and Bravo with n messages each way in turn, and Charlie beside them with one loop.
    const flood = (n: number) => {
      const document = chainWithParallels();
      const like = document.ties[0]!;
      const ties = Array.from({ length: n }, (_, i) =>
        i % 2 === 0
          ? { ...like, id: `m${i}` }
          : { ...like, id: `m${i}`, source: "b", target: "a", status: "confirmed" as const },
      );
      return buildScene({
        graph: buildGraph({
          ...document,
          ties: [...ties, { ...like, id: "l", source: "c", target: "c" }],
        }),
        positions,
        state: initialState(),
      });
    };
    const eleven = flood(11);
    const many = flood(100_000);
    expect(many.edges).toHaveLength(2);
    const [bundle, loop] = many.edges;
    expect(bundle?.ties).toHaveLength(100_000);
    expect(bundle?.count).toBe("×100,000");
    expect(bundle?.ariaLabel).toBe("Alpha ↔ Bravo: 100,000 ties");
    expect(bundle?.arrow).toBe(""); // both ways: no single direction
    expect(loop?.ties).toEqual(["l"]);
    // the labels are placed among the same one line, and the picture is as large
    const places = (scene: ReturnType<typeof flood>) =>
      scene.nodes.map(({ id, labelDx, labelDy, labelAnchor }) => ({
        id,
        labelDx,
        labelDy,
        labelAnchor,
      }));
    expect(places(many)).toEqual(places(eleven));
    expect(many.nodes[0]?.ariaLabel).toBe("Alpha, person, 100,000 ties");
    expect(many.edges.map((edge) => edge.curve)).toEqual(eleven.edges.map((edge) => edge.curve));
    expect(many.bounds).toEqual(eleven.bounds);
    expect(many.legend).toEqual(eleven.legend);
    // ten still fan out: ten curves, 144 px from the first to the last
    const ten = flood(10);
    expect(ten.edges).toHaveLength(11);
    expect(ten.bounds.y1 - ten.bounds.y0).toBeGreaterThan(many.bounds.y1 - many.bounds.y0);
  });
});
