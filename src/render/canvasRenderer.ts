// Draws a scene on a canvas, for networks too large for one SVG element per actor and tie.
//
// - The picture is drawn into a back buffer a few thousand marks per frame, then copied to the
//   screen in one drawImage: no frame does more than a slice of the work, so the page answers
//   while thousands of ties are drawn (measured: ../shared/research/performance.md, 2b).
// - Pan and zoom move the last complete picture (one drawImage per frame); the full redraw at the
//   new zoom follows when the gesture rests.
// - Over the canvas lies an <svg class="network"> with the same roles and names as the SVG
//   renderer's, holding elements only for the actors that need one: the keyboard's tab stop, the
//   selected actor and the one under the pointer (so it can be dragged). Everything else is found
//   by position (a quadtree for actors, the nearest segment for ties).
import type { Viewport } from "../state/appState";
import { canvasBatches, HAIRLINE, type CanvasBatches } from "../view/canvasBatches";
import { THEME } from "../view/encodings";
import type { Scene, SceneEdge, SceneNode } from "../view/scene";
import { indexScene, type SceneIndex } from "../view/sceneIndex";
import { actorElementAttributes, createNetworkSvg, round } from "./networkSvg";
import { traceSymbols } from "../view/symbols";
import {
  hitFromElement,
  type DrawOptions,
  type Hit,
  type NetworkRenderer,
} from "./networkRenderer";

/**
 * Marks drawn per slice before the page gets a frame back, sized so a slice rasterizes in about
 * 10–30 ms in software (headless Chromium on the 2-core VM): 2 500 hairlines take about 10–28 ms,
 * dashed ones about twice that; a line of 1.08 px instead of 1 took 340 ms for the same 2 500.
 */
const MARKS_PER_SLICE = 2500;
const DASHED_MARKS_PER_SLICE = 1000;
/** The full redraw after pan or zoom waits for the gesture to rest this long (ms). */
const SETTLE_MS = 140;

export interface CanvasRendererOptions {
  /** The actor elements changed (to attach dragging to the new ones). */
  onActorElements?: (layer: SVGGElement) => void;
}

/** A piece of drawing, and its cost in plain marks (a dashed tie counts as 2.5). */
interface Step {
  cost: number;
  draw(context: CanvasRenderingContext2D): void;
}

const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function createCanvasRenderer(
  container: HTMLElement,
  label: string,
  rendererOptions: CanvasRendererOptions = {},
): NetworkRenderer {
  const canvas = document.createElement("canvas");
  canvas.className = "network-canvas";
  canvas.setAttribute("aria-hidden", "true");
  container.append(canvas);
  // `back` holds the last complete picture; `work` the one being drawn, swapped in when done, so
  // a pan or zoom meanwhile never shows a half-drawn picture.
  let back = document.createElement("canvas");
  let work = document.createElement("canvas");

  const { svg, element, world, actorLayer, hitLayer } = createNetworkSvg(container, label, {
    overlay: true,
  });

  let scene: Scene = { nodes: [], edges: [], legend: [], bounds: { x0: 0, y0: 0, x1: 0, y1: 0 } };
  let options: DrawOptions = { activeActor: undefined, activeTie: undefined };
  let viewport: Viewport = { x: 0, y: 0, k: 1 };
  let hovered: SceneNode | undefined;
  let index: SceneIndex | undefined;
  /** What the back buffer holds, once a drawing has completed. */
  let painted: { viewport: Viewport; ratio: number } | undefined;
  let generation = 0;
  let running = false;
  let waiting: (() => void)[] = [];
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let blitFrame = 0;

  const size = () => {
    const box = element.getBoundingClientRect();
    return { width: box.width || 800, height: box.height || 600 };
  };

  const indexOf = () => (index ??= indexScene(scene));
  const actorAt = (px: number, py: number) => indexOf().actorAt(viewport, px, py);
  const tieAt = (px: number, py: number) => indexOf().tieAt(viewport, px, py);

  const pointOf = (event: MouseEvent) => {
    const box = element.getBoundingClientRect();
    return { px: event.clientX - box.left, py: event.clientY - box.top };
  };

  // ── Elements for the actors and the tie that need one ─────────────────────────────────────
  // Removing the focused element fires blur at once, and the page may redraw from its handler:
  // such a nested update waits for this one to finish, then runs with the newest scene.
  let updating = false;
  let updateAgain = false;
  function updateElements(): void {
    if (updating) {
      updateAgain = true;
      return;
    }
    updating = true;
    try {
      do {
        updateAgain = false;
        joinElements();
      } while (updateAgain);
    } finally {
      updating = false;
    }
  }

  function joinElements(): void {
    const { byId } = indexOf();
    const active = options.activeActor ?? scene.nodes[0]?.id;
    const wanted = new Map<string, SceneNode>();
    for (const id of [active, scene.nodes.find((node) => node.selected)?.id, hovered?.id]) {
      const node = id === undefined ? undefined : byId.get(id);
      if (node) wanted.set(node.id, node);
    }
    actorLayer
      .selectAll<SVGGElement, SceneNode>("g.actor")
      .data([...wanted.values()], (node) => node.id)
      .join((enter) => {
        const g = enter.append("g").attr("class", "actor").attr("role", "button");
        g.append("circle").attr("class", "actor-hit").attr("fill", "transparent");
        return g;
      })
      .call((g) => actorElementAttributes(g, active));
    rendererOptions.onActorElements?.(actorLayer.node() as SVGGElement);

    // Ties have elements only when they have names (not when merged on very large networks).
    const activeTie =
      scene.edges.find((edge) => edge.id === options.activeTie) ??
      scene.edges.find((edge) => edge.ariaLabel !== "");
    const tieTargets = activeTie && activeTie.ariaLabel !== "" ? [activeTie] : [];
    hitLayer
      .selectAll<SVGPathElement, SceneEdge>("path.tie-target")
      .data(tieTargets, (edge) => edge.id)
      .join("path")
      .attr("class", "tie-target")
      .attr("role", "button")
      .attr("data-for-tie", (edge) => edge.id)
      .attr("d", (edge) => {
        const a = byId.get(edge.source);
        const b = byId.get(edge.target);
        return a && b ? `M${round(a.x)},${round(a.y)}L${round(b.x)},${round(b.y)}` : "";
      })
      .attr("fill", "none")
      .attr("stroke", "transparent")
      .attr("stroke-width", 10)
      .attr("tabindex", 0)
      .attr("aria-label", (edge) => edge.ariaLabel)
      .attr("aria-pressed", (edge) => String(edge.selected));
  }

  // The actor under the pointer gets an element, so the cursor, dragging and clicks find it.
  element.addEventListener("pointermove", (event) => {
    if (hitFromElement(event.target)) return;
    const { px, py } = pointOf(event);
    const node = actorAt(px, py);
    if (node?.id === hovered?.id) return;
    hovered = node;
    updateElements();
  });

  // ── Drawing ───────────────────────────────────────────────────────────────────────────────
  /** Sizes the canvas being drawn to the stage (device pixels). */
  function fitWork(): { width: number; height: number; ratio: number } {
    const { width, height } = size();
    const ratio = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(width * ratio));
    const h = Math.max(1, Math.round(height * ratio));
    if (work.width !== w || work.height !== h) {
      work.width = w;
      work.height = h;
    }
    return { width, height, ratio };
  }

  function stepsFor(batches: CanvasBatches, at: Viewport, ratio: number): Step[] {
    const steps: Step[] = [];
    const world = (context: CanvasRenderingContext2D) =>
      context.setTransform(at.k * ratio, 0, 0, at.k * ratio, at.x * ratio, at.y * ratio);
    /** A width in screen pixels as a line width in world units (HAIRLINE: one device pixel). */
    const lineWidth = (width: number) => (width === HAIRLINE ? 1 / ratio : width) / at.k;
    for (const batch of batches.ties) {
      const count = batch.lines.length / 4;
      const slice = batch.dash.length ? DASHED_MARKS_PER_SLICE : MARKS_PER_SLICE;
      for (let from = 0; from < count; from += slice) {
        const to = Math.min(count, from + slice);
        steps.push({
          cost: (to - from) * (MARKS_PER_SLICE / slice),
          draw(context) {
            world(context);
            context.beginPath();
            for (let i = from; i < to; i++) {
              context.moveTo(batch.lines[4 * i]!, batch.lines[4 * i + 1]!);
              context.lineTo(batch.lines[4 * i + 2]!, batch.lines[4 * i + 3]!);
            }
            context.globalAlpha = batch.alpha;
            context.strokeStyle = batch.stroke;
            context.lineWidth = lineWidth(batch.width);
            context.setLineDash(batch.dash.map((d) => d / at.k));
            context.stroke();
          },
        });
      }
    }
    for (const batch of batches.actors) {
      const count = batch.centres.length / 2;
      for (let from = 0; from < count; from += MARKS_PER_SLICE) {
        const to = Math.min(count, from + MARKS_PER_SLICE);
        steps.push({
          cost: to - from,
          draw(context) {
            world(context);
            context.beginPath();
            traceSymbols(context, batch.symbol, batch.r, batch.centres, from, to);
            context.globalAlpha = batch.alpha;
            context.fillStyle = batch.fill;
            context.fill();
            context.strokeStyle = batch.stroke;
            context.lineWidth = lineWidth(batch.strokeWidth);
            context.setLineDash(batch.dash.map((d) => d / at.k));
            context.stroke();
          },
        });
      }
    }
    if (batches.labels.length)
      steps.push({
        cost: batches.labels.length * 4,
        draw(context) {
          context.setTransform(ratio, 0, 0, ratio, 0, 0);
          context.globalAlpha = 1;
          context.setLineDash([]);
          context.font = `600 ${THEME.labelSize}px ${THEME.fontFamily}`;
          context.textAlign = "center";
          context.lineJoin = "round";
          context.lineWidth = 3.5;
          context.strokeStyle = THEME.halo;
          context.fillStyle = THEME.ink;
          for (const mark of batches.labels) {
            context.strokeText(mark.text, mark.x, mark.y);
            context.fillText(mark.text, mark.x, mark.y);
          }
        },
      });
    return steps;
  }

  /** Draws the scene at the current viewport into the back buffer, a slice a frame. */
  async function paint(): Promise<void> {
    generation++;
    if (running) return; // the running loop picks up the newest request
    running = true;
    try {
      for (;;) {
        await nextFrame();
        const current = generation;
        const { width, height, ratio } = fitWork();
        const at = viewport;
        const steps = stepsFor(canvasBatches(scene, at, { width, height }), at, ratio);
        const context = work.getContext("2d");
        if (!context) return;
        // Sorting thousands of marks into batches is a slice's worth of work of its own.
        if (steps.length > 2) {
          await nextFrame();
          if (generation !== current) continue;
        }
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.globalAlpha = 1;
        context.fillStyle = THEME.background;
        context.fillRect(0, 0, work.width, work.height);
        // Small pieces share a frame; a frame ends once a slice's worth of marks is drawn.
        let stale = false;
        let spent = 0;
        for (const step of steps) {
          if (spent > 0 && spent + step.cost > MARKS_PER_SLICE) {
            spent = 0;
            await nextFrame();
            if (generation !== current) {
              stale = true;
              break;
            }
          }
          step.draw(context);
          spent += step.cost;
        }
        if (stale) continue;
        [back, work] = [work, back];
        painted = { viewport: at, ratio };
        blit();
        if (generation === current) break;
      }
    } finally {
      running = false;
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    }
  }

  /** Copies the last complete picture to the screen, moved to the current viewport. */
  function blit(): void {
    if (!painted) return;
    // The screen canvas takes the picture's size (a resize clears it: it is drawn again at once).
    if (canvas.width !== back.width || canvas.height !== back.height) {
      canvas.width = back.width;
      canvas.height = back.height;
    }
    const context = canvas.getContext("2d");
    if (!context) return;
    const { viewport: then, ratio } = painted;
    const scale = viewport.k / then.k;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    if (scale !== 1 || viewport.x !== then.x || viewport.y !== then.y) {
      context.fillStyle = THEME.background;
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.setTransform(
        scale,
        0,
        0,
        scale,
        (viewport.x - then.x * scale) * ratio,
        (viewport.y - then.y * scale) * ratio,
      );
    }
    context.drawImage(back, 0, 0);
    context.setTransform(1, 0, 0, 1, 0, 0);
  }

  return {
    element,
    draw(next, drawOptions) {
      scene = next;
      options = drawOptions;
      index = undefined;
      if (hovered) hovered = indexOf().byId.get(hovered.id);
      updateElements();
      svg.attr(
        "aria-label",
        label
          .replace(/\{actors\}/, String(next.nodes.length))
          .replace(/\{ties\}/, String(next.edges.length)),
      );
      void paint();
    },
    setViewport(next) {
      if (next.x === viewport.x && next.y === viewport.y && next.k === viewport.k) return;
      viewport = next;
      world.attr("transform", `translate(${next.x},${next.y}) scale(${next.k})`);
      if (!blitFrame)
        blitFrame = requestAnimationFrame(() => {
          blitFrame = 0;
          blit();
        });
      // A drawing under way starts again at the new viewport (a fit after new positions);
      // otherwise the full redraw waits until a pan or zoom gesture rests.
      if (running) {
        generation++;
        return;
      }
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        settleTimer = undefined;
        void paint();
      }, SETTLE_MS);
    },
    size,
    hit(event) {
      const fromElement = hitFromElement(event.target);
      if (fromElement || !(event instanceof MouseEvent)) return fromElement;
      const { px, py } = pointOf(event);
      const node = actorAt(px, py);
      if (node) return { kind: "actor", id: node.id } satisfies Hit;
      const edge = tieAt(px, py);
      return edge ? { kind: "tie", id: edge.id } : undefined;
    },
    drawn: () =>
      running || settleTimer !== undefined
        ? new Promise<void>((resolve) => waiting.push(resolve))
        : Promise.resolve(),
    actorLayer: () => actorLayer.node() as SVGGElement,
  };
}
