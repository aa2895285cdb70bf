// "Colour actors by": which file attributes are offered, and the colouring of the scene and its
// legend (kinds stay as shapes), from the file or from communities labelled as computed.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/actorGraph";
import { initialState } from "../../src/state/appState";
import { buildScene } from "../../src/view/scene";
import {
  actorColouring,
  colourAttributes,
  GROUP_PALETTE,
  MISSING_FILL,
  OTHER_FILL,
} from "../../src/view/colourBy";
import { ACTOR_ENCODINGS, THEME } from "../../src/view/encodings";
import { symbolPath } from "../../src/view/symbols";
import { findCommunities } from "../../src/analysis/communities";
import { communityInput } from "../../src/app/communityFinder";
import { exportSvg } from "../../src/export/svgDocument";
import { karateClub, MR_HI } from "../fixtures/karate";
import type { NetworkDocument } from "../../src/schema/networkDocument";

const karate = buildGraph(karateClub());
const positions = new Map(
  karate.nodes().map((id, i) => [id, { x: (i % 6) * 40, y: Math.floor(i / 6) * 40 }]),
);
const sceneOf = (colourBy: Parameters<typeof actorColouring>[1], graph = karate, at = positions) =>
  buildScene({
    graph,
    positions: at,
    state: initialState(),
    colouring: actorColouring(graph, colourBy, undefined),
  });

/** A network of `count` actors whose `block` attribute takes the values listed, in turn. */
function blocks(values: (string | null | undefined)[]): NetworkDocument {
  const doc = karateClub();
  return {
    ...doc,
    actors: doc.actors.map((actor, i) => {
      const value = values[i % values.length];
      return value === undefined
        ? { ...actor, attributes: {} }
        : { ...actor, attributes: { block: value } };
    }),
  };
}

describe("attributes that can colour the picture", () => {
  it("offers karate's club (2 values), not the member number (34) nor a constant", () => {
    expect(colourAttributes(karate)).toEqual([{ key: "club", values: 2 }]);
    const constant = buildGraph(blocks(["one"]));
    expect(colourAttributes(constant)).toEqual([]);
  });

  it("offers up to 20 distinct values and not 21; missing values do not count", () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `b${i}`);
    expect(colourAttributes(buildGraph(blocks([...twenty, null])))).toEqual([
      { key: "block", values: 20 },
    ]);
    expect(colourAttributes(buildGraph(blocks([...twenty, "b20"])))).toEqual([]);
  });
});

describe("the file's own colours", () => {
  // Gephi writes viz:color on every node; the importer keeps it as `color` (#rrggbb, #rrggbbaa)
  const coloured = (values: (string | null)[]) => {
    const doc = karateClub();
    return buildGraph({
      ...doc,
      actors: doc.actors.map((actor, i) => ({
        ...actor,
        attributes: { color: values[i % values.length] ?? null },
      })),
    });
  };

  it("offers an attribute of hex colours however many there are, said as the file's colours", () => {
    const many = Array.from(
      { length: 30 },
      (_, i) => `#${(i * 8).toString(16).padStart(2, "0")}2040`,
    );
    expect(colourAttributes(coloured(many))).toEqual([{ key: "color", values: 30, colours: true }]);
    // one value that is not a colour: an ordinary attribute again, out past 20 values
    expect(colourAttributes(coloured([...many.slice(1), "red"]))).toEqual([]);
  });

  it("draws each actor in its own colour, solid, and names the most common in the legend", () => {
    const values = [
      ...Array.from({ length: 10 }, (_, i) => `#1${i}2030`),
      "#E41A1C80", // alpha dropped
      "#fc0", // short form
      null,
    ];
    const graph = coloured(values);
    const scene = sceneOf("attribute:color", graph);
    const expected: Record<string, string> = {
      "#E41A1C80": "#e41a1c",
      "#fc0": "#ffcc00",
    };
    scene.nodes.forEach((node, i) => {
      const value = values[i % values.length];
      expect(node.fill).toBe(
        value === null ? MISSING_FILL : (expected[value!] ?? value!.toLowerCase()),
      );
    });
    const colouring = actorColouring(graph, "attribute:color", undefined)!;
    expect(colouring.title).toBe("Colour: color (the file's colours)");
    const labels = [...colouring.groups.values()].map((group) => group.label);
    expect(labels).toHaveLength(GROUP_PALETTE.length + 2);
    expect(labels.at(-2)).toMatch(
      /^3 other colours, each drawn as the file gives it \(\d+ actors\)$/,
    );
    expect(labels.at(-1)).toMatch(/^Not stated in the file/);
  });
});

describe("colouring by an attribute of the file", () => {
  it("colours each club its own colour, keeps the kinds' shapes, and says so in the legend", () => {
    const scene = sceneOf("attribute:club");
    for (const node of scene.nodes) {
      const member = Number(node.id.slice(1));
      expect(node.fill).toBe(MR_HI.has(member) ? GROUP_PALETTE[0] : GROUP_PALETTE[1]);
      expect(node.d).toBe(symbolPath(ACTOR_ENCODINGS.person.symbol, node.r));
    }
    const colours = scene.legend.filter((entry) => entry.group === "colour");
    expect(colours.map(({ label, fill, title }) => ({ label, fill, title }))).toEqual([
      {
        label: "Mr. Hi (17 actors)",
        fill: GROUP_PALETTE[0],
        title: "Colour: club (from the file)",
      },
      { label: "Officer (17 actors)", fill: GROUP_PALETTE[1], title: undefined },
    ]);
    // The kinds are still listed, as shapes in a neutral fill.
    const kinds = scene.legend.filter((entry) => entry.group === "actor");
    expect(kinds).toEqual([
      expect.objectContaining({ label: "Person", fill: THEME.mutedInk, title: "Actors (shape)" }),
    ]);
  });

  it("colours by kind when asked for kind: the scene is the plain one", () => {
    expect(actorColouring(karate, "kind", undefined)).toBeUndefined();
    expect(sceneOf("kind").nodes.every((node) => node.fill === ACTOR_ENCODINGS.person.fill)).toBe(
      true,
    );
  });

  it("gives the nine most common values colours, groups the rest as other, and names what is missing", () => {
    // 34 members take these 15 in turn: b0 on 9 (places 0–2 of each turn), b1 on 3 (place 3:
    // members 3, 18, 33), b2 … b11 on 2 each, and 2 (places 14: members 14, 29) state nothing.
    const values = [
      "b0",
      "b0",
      "b0",
      ...Array.from({ length: 11 }, (_, i) => `b${i + 1}`),
      undefined,
    ];
    const graph = buildGraph(blocks(values));
    const colouring = actorColouring(graph, "attribute:block", undefined)!;
    const groups = [...colouring.groups];
    expect(groups).toHaveLength(11); // 9 colours, other, not stated
    expect(groups[0]).toEqual(["v:b0", { label: "b0 (9 actors)", fill: GROUP_PALETTE[0] }]);
    expect(groups[1]).toEqual(["v:b1", { label: "b1 (3 actors)", fill: GROUP_PALETTE[1] }]);
    // Equal counts in the values' own order (numeric: b9 before b10): b2 … b8 coloured.
    expect(groups.slice(2, 9).map(([key]) => key)).toEqual(
      ["b2", "b3", "b4", "b5", "b6", "b7", "b8"].map((v) => `v:${v}`),
    );
    expect(groups[9]).toEqual(["other", { label: "3 other values (6 actors)", fill: OTHER_FILL }]);
    expect(groups[10]).toEqual([
      "none",
      { label: "Not stated in the file (2 actors)", fill: MISSING_FILL },
    ]);
    expect(colouring.keyOf("m8")).toBe("v:b6");
    expect(colouring.keyOf("m11")).toBe("other"); // b9
    expect(colouring.keyOf("m14")).toBe("none");
    expect(colouring.detail("m0")).toBeUndefined();
  });
});

describe("colouring by community", () => {
  const communities = findCommunities(communityInput(karate));
  const colouring = actorColouring(karate, "community", communities)!;

  it("is not there until the communities are found", () => {
    expect(actorColouring(karate, "community", undefined)).toBeUndefined();
  });

  it("colours each group by its number, and labels the groups as found by the app", () => {
    const scene = buildScene({ graph: karate, positions, state: initialState(), colouring });
    karate.forEachNode((id) => {
      const group = communities.groups[Number(id.slice(1))]!;
      expect(scene.nodes.find((node) => node.id === id)!.fill).toBe(GROUP_PALETTE[group]);
    });
    const colours = scene.legend.filter((entry) => entry.group === "colour");
    expect(colours[0]!.title).toBe(
      `Colour: community (${communities.count} found by Louvain from the ties, not in the file)`,
    );
    expect(colours.map((entry) => entry.label)).toEqual(
      Array.from({ length: communities.count }, (_, g) => {
        const size = Array.from(communities.groups).filter((group) => group === g).length;
        return `Group ${g + 1} (${size} actors)`;
      }),
    );
  });

  it("says in the details which group, of how many, and that the app found it", () => {
    const group = communities.groups[0]!;
    expect(colouring.detail("m0")).toEqual({
      label: "Community",
      value: `group ${group + 1} of ${communities.count}, found by Louvain from the ties (not in the file)`,
    });
  });

  it("greys groups past the palette and actors without ties", () => {
    const many = { groups: Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -1]), count: 11 };
    const doc = karateClub();
    const graph = buildGraph({ ...doc, actors: doc.actors.slice(0, 12), ties: [] });
    const c = actorColouring(graph, "community", many)!;
    expect(c.groups.get("other")).toEqual({ label: "Groups 10–11 (2 actors)", fill: OTHER_FILL });
    expect(c.groups.get("none")).toEqual({ label: "No ties, no group", fill: MISSING_FILL });
    expect(c.keyOf("m10")).toBe("other");
    expect(c.keyOf("m11")).toBe("none");
    expect(c.detail("m11")).toEqual({ label: "Community", value: "none: no ties" });
  });
});

describe("a coloured export", () => {
  it("fills the actors and heads the legend as the screen does", () => {
    const scene = sceneOf("attribute:club");
    const { markup } = exportSvg(scene, {
      title: "Karate",
      caption: "",
      credit: "Source: Zachary 1977",
      asOf: "",
      description: "",
      background: "light",
      frame: { kind: "fit", width: 900 },
    });
    expect(markup).toContain("Colour: club (from the file)");
    expect(markup).toContain("Mr. Hi (17 actors)");
    expect(markup).toContain("Actors (shape)");
    expect(markup.match(new RegExp(`fill="${GROUP_PALETTE[1]}"`, "g"))?.length).toBe(17 + 1);
  });
});
