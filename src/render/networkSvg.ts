// The <svg class="network"> both renderers put on the page: a labelled group ("network diagram")
// whose world layer holds the tie layer (SVG renderer only), the "Actors" group and the "Ties"
// group of focusable tie elements. The canvas renderer's is a transparent overlay.
import { select, type Selection } from "d3-selection";
import { THEME } from "../view/encodings";
import type { SceneNode } from "../view/scene";
import { actorHitRadius } from "../view/actorOutline";

const SVG_NS = "http://www.w3.org/2000/svg";

type Layer = Selection<SVGGElement, unknown, null, undefined>;

export interface NetworkSvg {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  element: SVGSVGElement;
  world: Layer;
  /** Where the SVG renderer draws its ties; absent on the canvas overlay. */
  tieLayer: Layer | undefined;
  actorLayer: Layer;
  hitLayer: Layer;
}

export function createNetworkSvg(
  container: HTMLElement,
  label: string,
  { overlay }: { overlay: boolean },
): NetworkSvg {
  const svg = select(container)
    .append("svg")
    .attr("xmlns", SVG_NS)
    .attr("class", overlay ? "network network-overlay" : "network")
    .attr("role", "group")
    .attr("aria-roledescription", "network diagram")
    .attr("aria-label", label)
    .attr("font-family", THEME.fontFamily)
    // Chromium made the picture itself a tab stop before its actors: only they are.
    .attr("tabindex", -1);
  if (!overlay)
    svg
      .append("rect")
      .attr("class", "backdrop")
      .attr("width", "100%")
      .attr("height", "100%")
      .attr("fill", THEME.background);
  const world = svg.append("g").attr("class", "world");
  const tieLayer = overlay
    ? undefined
    : world.append("g").attr("class", "ties").attr("aria-hidden", "true");
  const actorLayer = world
    .append("g")
    .attr("class", "actors")
    .attr("role", "group")
    .attr("aria-label", "Actors");
  const hitLayer = world
    .append("g")
    .attr("class", "tie-targets")
    .attr("role", "group")
    .attr("aria-label", "Ties");
  const element = svg.node();
  if (!element) throw new Error("could not create the SVG");
  return { svg, element, world, tieLayer, actorLayer, hitLayer };
}

/**
 * What makes an actor's element reachable and named, the same in both renderers: its id, place,
 * tab stop (roving tabindex), accessible name and pressed state, and a hit circle a little larger
 * than the symbol.
 */
export function actorElementAttributes(
  actors: Selection<SVGGElement, SceneNode, SVGGElement, unknown>,
  active: string | undefined,
): void {
  actors
    .attr("data-actor", (node) => node.id)
    .attr("transform", (node) => `translate(${round(node.x)},${round(node.y)})`)
    .attr("tabindex", (node) => (node.id === active ? 0 : -1))
    .attr("aria-label", (node) => node.ariaLabel)
    .attr("aria-pressed", (node) => String(node.selected))
    .call((g) => g.select(".actor-hit").attr("r", (node) => actorHitRadius(node.r)));
}

/** Two decimals are plenty on screen. */
export const round = (n: number) => Math.round(n * 100) / 100;
