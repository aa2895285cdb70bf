// Draws a scene as SVG with keyed d3 joins. Only draws what it is handed: no state, no layout.
// Visible ties (with a wide transparent stroke for the pointer; a click picks the tie drawn
// nearest it, view/sceneIndex) sit under the actors; the focusable tie elements sit above them
// with no pointer events, only so that Tab reaches the actors first and then the ties, and the
// focus ring draws on top.
import type { Selection } from "d3-selection";
import type { Viewport } from "../state/appState";
import { THEME } from "../view/encodings";
import { actorElementAttributes, createNetworkSvg } from "./networkSvg";
import { actorOutline } from "../view/actorOutline";
import type { Scene, SceneEdge, SceneNode } from "../view/scene";
import { indexScene, TIE_HIT_PX, type SceneIndex } from "../view/sceneIndex";
import { hitFromElement, type DrawOptions, type NetworkRenderer } from "./networkRenderer";

export interface SvgRendererOptions {
  /** Draw the ties as a few merged paths (the drawing plan's mergedTies). */
  mergedTies?: boolean;
}

export function createSvgRenderer(
  container: HTMLElement,
  label: string,
  { mergedTies = false }: SvgRendererOptions = {},
): NetworkRenderer {
  const {
    svg,
    element,
    world,
    tieLayer: ties,
    actorLayer,
    hitLayer,
  } = createNetworkSvg(container, label, { overlay: false });
  if (!ties) throw new Error("the network SVG has no tie layer");
  const tieLayer = ties;
  let drawn: Scene | undefined;
  let index: SceneIndex | undefined;
  let viewport: Viewport = { x: 0, y: 0, k: 1 };

  return {
    element,
    draw(scene, options) {
      drawn = scene;
      index = undefined;
      // Past a few thousand ties one element per tie would freeze the page: ties are drawn as a
      // few merged paths (one per style), without per-tie focus targets. The SVG export still
      // writes one element per tie.
      if (mergedTies) {
        tieLayer.selectAll("g.tie").remove();
        hitLayer.selectAll("*").remove();
        drawTieBundles(tieLayer, scene.edges);
      } else {
        tieLayer.selectAll("path.tie-bundle").remove();
        drawTies(tieLayer, scene.edges);
        drawTieTargets(hitLayer, scene.edges, options);
      }
      drawActors(actorLayer, scene.nodes, options);
      svg.attr(
        "aria-label",
        label
          .replace(/\{actors\}/, String(scene.nodes.length))
          .replace(/\{ties\}/, String(scene.edges.length)),
      );
    },
    setViewport(next: Viewport) {
      viewport = next;
      world.attr("transform", `translate(${next.x},${next.y}) scale(${next.k})`);
    },
    size() {
      const box = element.getBoundingClientRect();
      return { width: box.width || 800, height: box.height || 600 };
    },
    hit(event) {
      // An actor under the pointer wins. A pointer's tie is the one drawn nearest it (within a
      // few pixels), not the one whose wide hit stroke happens to be painted on top; keyboard
      // events (and clicks they cause: detail 0) name their element.
      const fromElement = hitFromElement(event.target);
      if (fromElement?.kind === "actor" || !drawn || mergedTies) return fromElement;
      if (!(event instanceof MouseEvent) || event.detail === 0) return fromElement;
      const box = element.getBoundingClientRect();
      index ??= indexScene(drawn);
      const tie = index.tieAt(viewport, event.clientX - box.left, event.clientY - box.top);
      return tie ? { kind: "tie", id: tie.id } : undefined;
    },
    drawn: () => Promise.resolve(),
    actorLayer: () => actorLayer.node() as SVGGElement,
  };
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;

interface TieBundle {
  key: string;
  d: string;
  stroke: string;
  width: number;
  dash: string;
  opacity: number;
}

function drawTieBundles(layer: Layer, edges: readonly SceneEdge[]): void {
  const bundles = new Map<string, TieBundle & { parts: string[] }>();
  for (const edge of edges) {
    const opacity = edge.dimmed ? THEME.dimOpacity : 1;
    const stroke = edge.selected ? THEME.highlight : edge.stroke;
    const key = `${stroke}|${edge.width}|${edge.dash}|${opacity}`;
    let bundle = bundles.get(key);
    if (!bundle) {
      bundle = { key, d: "", stroke, width: edge.width, dash: edge.dash, opacity, parts: [] };
      bundles.set(key, bundle);
    }
    bundle.parts.push(edge.d, edge.arrow);
  }
  layer
    .selectAll<SVGPathElement, TieBundle>("path.tie-bundle")
    .data(
      [...bundles.values()].map((b) => ({ ...b, d: b.parts.join("") })),
      (b) => b.key,
    )
    .join("path")
    .attr("class", "tie-bundle")
    .attr("d", (b) => b.d)
    .attr("fill", "none")
    .attr("stroke", (b) => b.stroke)
    .attr("stroke-width", (b) => b.width * 0.6)
    .attr("stroke-opacity", (b) => 0.55 * b.opacity)
    .attr("stroke-dasharray", (b) => b.dash || null);
}

function drawTies(layer: Layer, edges: readonly SceneEdge[]): void {
  layer
    .selectAll<SVGGElement, SceneEdge>("g.tie")
    .data(edges, (edge) => edge.id)
    .join((enter) => {
      const g = enter.append("g").attr("class", "tie");
      // the pointer's target, as wide on screen at any zoom as the hit test reaches
      g.append("path")
        .attr("class", "tie-hit")
        .attr("fill", "none")
        .attr("stroke", "transparent")
        .attr("stroke-width", 2 * TIE_HIT_PX)
        .attr("vector-effect", "non-scaling-stroke");
      g.append("path").attr("class", "tie-line").attr("fill", "none");
      g.append("path").attr("class", "tie-arrow");
      g.append("text")
        .attr("class", "tie-count")
        .attr("text-anchor", "middle")
        .attr("dy", "0.35em");
      return g;
    })
    .attr("data-tie", (edge) => edge.id)
    .attr("data-source", (edge) => edge.source)
    .attr("data-target", (edge) => edge.target)
    .attr("opacity", (edge) => (edge.dimmed ? THEME.dimOpacity : 1))
    .call((g) => g.select(".tie-hit").attr("d", (edge) => edge.d))
    .call((g) =>
      g
        .select(".tie-line")
        .attr("d", (edge) => edge.d)
        .attr("stroke", (edge) => (edge.selected ? THEME.highlight : edge.stroke))
        .attr("stroke-width", (edge) => (edge.selected ? edge.width + 1.2 : edge.width))
        .attr("stroke-dasharray", (edge) => edge.dash || null)
        .attr("stroke-linecap", "butt"),
    )
    .call((g) =>
      g
        .select(".tie-arrow")
        .attr("d", (edge) => edge.arrow || null)
        .attr("fill", (edge) => (edge.selected ? THEME.highlight : edge.stroke)),
    )
    .call((g) =>
      g
        .select(".tie-count")
        .text((edge) => edge.count)
        .attr("x", (edge) => edge.middle.x)
        .attr("y", (edge) => edge.middle.y)
        .attr("font-size", 11)
        .attr("font-weight", 700)
        .attr("fill", THEME.ink)
        .attr("stroke", THEME.halo)
        .attr("stroke-width", 3)
        .attr("paint-order", "stroke"),
    );
}

function drawActors(layer: Layer, nodes: readonly SceneNode[], options: DrawOptions): void {
  const active = options.activeActor ?? nodes[0]?.id;
  const labelled = nodes.some((node) => node.lines.length > 0);
  layer
    .selectAll<SVGGElement, SceneNode>("g.actor")
    .data(nodes, (node) => node.id)
    .join((enter) => {
      const g = enter.append("g").attr("class", "actor").attr("role", "button");
      // Without labels (very large networks) each actor is one symbol: a third of the elements.
      if (labelled) g.append("circle").attr("class", "actor-hit").attr("fill", "transparent");
      g.append("path").attr("class", "actor-symbol");
      // the outline around the symbol and its name is the actor's, not only the glyphs: a
      // click between letters, lines, or the symbol and its name lands on the actor
      if (labelled) g.append("path").attr("class", "actor-label-hit").attr("fill", "transparent");
      if (labelled) g.append("text").attr("class", "actor-label");
      return g;
    })
    .call((g) => actorElementAttributes(g, active))
    .attr("opacity", (node) => (node.dimmed ? THEME.dimOpacity : 1))
    .call((g) => g.select(".actor-label-hit").attr("d", actorOutline))
    .call((g) =>
      g
        .select(".actor-symbol")
        .attr("d", (node) => node.d)
        .attr("fill", (node) => node.fill)
        .attr("stroke", (node) => (node.selected ? THEME.selection : THEME.nodeStroke))
        .attr("stroke-width", (node) => (node.selected ? 3 : 1.5))
        .attr("stroke-dasharray", (node) => (node.pinned ? "2 1.5" : null)),
    )
    .call((g) =>
      g
        .select<SVGTextElement>(".actor-label")
        .attr("text-anchor", (node) => node.labelAnchor)
        .attr("font-size", THEME.labelSize)
        .attr("font-weight", 600)
        .attr("fill", THEME.ink)
        .attr("stroke", THEME.halo)
        .attr("stroke-width", 3.5)
        .attr("stroke-linejoin", "round")
        .attr("paint-order", "stroke")
        .selectAll("tspan")
        // A space ends every wrapped line but the last, so the text reads as the full name.
        .data((node) =>
          node.lines.map((line, i) => ({
            line: i < node.lines.length - 1 ? `${line} ` : line,
            x: node.labelDx,
            dy: i === 0 ? node.labelDy : THEME.labelLineHeight,
          })),
        )
        .join("tspan")
        .attr("x", (d) => d.x)
        .attr("dy", (d) => d.dy)
        .text((d) => d.line),
    );
}

function drawTieTargets(layer: Layer, edges: readonly SceneEdge[], options: DrawOptions): void {
  const active = options.activeTie ?? edges[0]?.id;
  layer
    .selectAll<SVGPathElement, SceneEdge>("path.tie-target")
    .data(edges, (edge) => edge.id)
    .join("path")
    .attr("class", "tie-target")
    .attr("role", "button")
    .attr("data-for-tie", (edge) => edge.id)
    .attr("d", (edge) => edge.d)
    .attr("fill", "none")
    .attr("stroke", "transparent")
    .attr("stroke-width", 10)
    .attr("tabindex", (edge) => (edge.id === active ? 0 : -1))
    .attr("aria-label", (edge) => edge.ariaLabel)
    .attr("aria-pressed", (edge) => String(edge.selected));
}
