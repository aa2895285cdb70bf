// "Colour actors by": which attributes of the file can colour the actors, and the colouring
// itself — each actor's colour group, the groups' colours and names for the legend, and what the
// details say. Kind (the default) is the scene's own encoding (view/encodings.ts); shape always
// keeps saying the kind, so a colour never has to. Nothing invented: file attributes are named as
// the file names them, a missing value is "not stated", and communities are labelled as found by
// the app. Pure.
import type { ActorGraph } from "../model/actorGraph";
import type { Communities } from "../analysis/communities";
import type { ColourBy } from "../state/appState";
import { isHexColour, solidColour } from "../schema/hexColour";

/**
 * Paul Tol's "muted" scheme: nine colours told apart with every common colour-vision deficiency
 * and on white. The Okabe–Ito set stays for kinds; a tenth group and beyond share "other".
 */
export const GROUP_PALETTE = [
  "#332288",
  "#117733",
  "#CC6677",
  "#88CCEE",
  "#882255",
  "#44AA99",
  "#DDCC77",
  "#AA4499",
  "#999933",
] as const;
/** Groups past the palette, and values past it. */
export const OTHER_FILL = "#8C8C8C";
/** No value: an attribute the file does not state for the actor, or an actor without ties. */
export const MISSING_FILL = "#D9D9D9";

/** An attribute is offered when it takes between these many distinct values. */
export const ATTRIBUTE_VALUES = { min: 2, max: 20 } as const;

export interface ColourAttribute {
  key: string;
  /** How many distinct values the actors have for it. */
  values: number;
  /** Every value is a hex colour: the actors are drawn in the file's own colours. */
  colours?: true;
}

/**
 * The actor attributes of the file that can colour the picture: those with 2 to 20 distinct
 * values (karate's `club`, a file's `community` or `block`), and those whose every value is a
 * hex colour (Gephi's and yEd's `color`: drawn as the file colours them, however many), in name
 * order. Identifiers, names and measurements (hundreds of values) and constants (one) are not
 * offered.
 */
export function colourAttributes(graph: ActorGraph): ColourAttribute[] {
  const seen = new Map<string, { values: Set<string>; colours: boolean }>();
  graph.forEachNode((_id, actor) => {
    for (const [key, value] of Object.entries(actor.attributes ?? {})) {
      if (value === null) continue;
      let entry = seen.get(key);
      if (!entry) seen.set(key, (entry = { values: new Set(), colours: true }));
      entry.colours &&= isHexColour(value);
      // Past the limit an attribute that is not all colours is out: stop collecting.
      if (entry.colours || entry.values.size <= ATTRIBUTE_VALUES.max)
        entry.values.add(String(value));
    }
  });
  return [...seen]
    .filter(
      ([, { values, colours }]) =>
        values.size >= ATTRIBUTE_VALUES.min && (colours || values.size <= ATTRIBUTE_VALUES.max),
    )
    .map(([key, { values, colours }]) => ({
      key,
      values: values.size,
      ...(colours ? { colours: true as const } : {}),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface ColourGroup {
  label: string;
  fill: string;
}

/** A colouring other than by kind. */
export interface ActorColouring {
  by: Exclude<ColourBy, "kind">;
  /** The legend's heading over the colours. */
  title: string;
  /** Each colour group, in legend order, by key. */
  groups: ReadonlyMap<string, ColourGroup>;
  /** The key of an actor's group. */
  keyOf(id: string): string;
  /** What the details say about the actor's colour, when the picture's colour is computed. */
  detail(id: string): { label: string; value: string } | undefined;
  /** The actor's own colour when it is not its group's (the file's colours past the legend). */
  fillOf?(id: string): string | undefined;
}

const NO_TIES = "none";
const OTHER = "other";

/**
 * The colouring for `by`; undefined for kind, and for communities not found yet (the picture keeps
 * the kinds' colours until they are).
 */
export function actorColouring(
  graph: ActorGraph,
  by: ColourBy,
  communities: Communities | undefined,
): ActorColouring | undefined {
  if (by === "kind") return undefined;
  if (by === "community") return communities && communityColouring(graph, communities);
  return attributeColouring(graph, by);
}

function communityColouring(graph: ActorGraph, { groups, count }: Communities): ActorColouring {
  const indexOf = new Map<string, number>();
  graph.forEachNode((id) => {
    indexOf.set(id, indexOf.size);
  });
  const sizes = new Array<number>(count).fill(0);
  let isolated = 0;
  for (const group of groups) {
    if (group >= 0) sizes[group] = (sizes[group] ?? 0) + 1;
    else isolated++;
  }
  const colours = new Map<string, ColourGroup>();
  sizes.slice(0, GROUP_PALETTE.length).forEach((size, group) =>
    colours.set(`g${group}`, {
      label: `Group ${group + 1} (${actorsWord(size)})`,
      fill: GROUP_PALETTE[group] as string,
    }),
  );
  if (count > GROUP_PALETTE.length) {
    const rest = sizes.slice(GROUP_PALETTE.length).reduce((sum, size) => sum + size, 0);
    colours.set(OTHER, {
      label: `Groups ${GROUP_PALETTE.length + 1}–${count} (${actorsWord(rest)})`,
      fill: OTHER_FILL,
    });
  }
  if (isolated) colours.set(NO_TIES, { label: "No ties, no group", fill: MISSING_FILL });
  const groupOf = (id: string) => groups[indexOf.get(id) ?? -1] ?? -1;
  return {
    by: "community",
    title: `Colour: community (${count} found by Louvain from the ties, not in the file)`,
    groups: colours,
    keyOf(id) {
      const group = groupOf(id);
      return group < 0 ? NO_TIES : group < GROUP_PALETTE.length ? `g${group}` : OTHER;
    },
    detail(id) {
      const group = groupOf(id);
      return {
        label: "Community",
        value:
          group < 0
            ? "none: no ties"
            : `group ${group + 1} of ${count}, found by Louvain from the ties (not in the file)`,
      };
    },
  };
}

function attributeColouring(graph: ActorGraph, by: `attribute:${string}`): ActorColouring {
  const key = by.slice("attribute:".length);
  const valueOf = (id: string): string | undefined => {
    const value = graph.getNodeAttribute(id, "attributes")?.[key];
    return value === undefined || value === null ? undefined : String(value);
  };
  const counts = new Map<string, number>();
  let missing = 0;
  let allColours = true;
  graph.forEachNode((id) => {
    const value = valueOf(id);
    if (value === undefined) missing++;
    else {
      counts.set(value, (counts.get(value) ?? 0) + 1);
      allColours &&= isHexColour(value);
    }
  });
  // The most common values get colours; equal counts in the values' own order.
  const ranked = [...counts].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "en", { numeric: true }),
  );
  const coloured = new Map(ranked.slice(0, GROUP_PALETTE.length).map(([value], i) => [value, i]));
  // The file's own colours, when every value is one: the legend names the most common.
  const own = allColours && counts.size > 0;
  const groups = new Map<string, ColourGroup>();
  ranked.slice(0, GROUP_PALETTE.length).forEach(([value, count], i) =>
    groups.set(`v:${value}`, {
      label: `${value} (${actorsWord(count)})`,
      fill: own ? solidColour(value) : (GROUP_PALETTE[i] as string),
    }),
  );
  const rest = ranked.slice(GROUP_PALETTE.length);
  if (rest.length)
    groups.set(OTHER, {
      label: `${rest.length} other ${own ? "colours, each drawn as the file gives it" : "values"} (${actorsWord(rest.reduce((sum, [, n]) => sum + n, 0))})`,
      fill: OTHER_FILL,
    });
  if (missing)
    groups.set(NO_TIES, {
      label: `Not stated in the file (${actorsWord(missing)})`,
      fill: MISSING_FILL,
    });
  return {
    by,
    title: own ? `Colour: ${key} (the file's colours)` : `Colour: ${key} (from the file)`,
    groups,
    keyOf(id) {
      const value = valueOf(id);
      if (value === undefined) return NO_TIES;
      return coloured.has(value) ? `v:${value}` : OTHER;
    },
    detail: () => undefined,
    ...(own
      ? {
          fillOf(id: string) {
            const value = valueOf(id);
            return value === undefined ? undefined : solidColour(value);
          },
        }
      : {}),
  };
}

const actorsWord = (count: number) =>
  `${count.toLocaleString("en")} actor${count === 1 ? "" : "s"}`;
