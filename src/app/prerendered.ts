// Taking over a published page (the build prerendered it: export/staticPage.ts). The page carries
// the document and its layout as JSON data blocks, and shows the picture before any script runs.
// Read here before the explorer replaces the page: the document (validated like any file), the
// layout (used as the layout's result: the network is not laid out again), and where the picture
// stands on screen, which the explorer keeps as its fit so that nothing moves when it takes over.
import type { Viewport } from "../state/appState";
import type { Bounds } from "../view/scene";
import type { Insets } from "../view/viewport";
import {
  DOCUMENT_BLOCK_ID,
  LAYOUT_BLOCK_ID,
  PICTURE_CLASS,
  WORLD_CLASS,
} from "../export/publishedIds";

/** Where the prerendered picture was: the fit the explorer keeps while nothing it depends on changes. */
export interface PictureHandoff {
  /** World → client (viewport) coordinates: client = world · k + (x, y). */
  client: Viewport;
  /** The scene bounds the picture was fitted to. */
  bounds: Bounds;
  /** The window's size then: once it changes, the explorer fits as usual. */
  windowWidth: number;
  windowHeight: number;
}

export interface PrerenderedPage {
  /** The document as the page carries it (not yet validated). */
  document: unknown;
  /** The layout snapshot (layout/layoutSnapshot.ts), checked against the document later. */
  layout: unknown;
  picture: PictureHandoff | undefined;
}

/** The published page's data and picture, or undefined on a page without them. */
export function readPrerenderedPage(page: Document): PrerenderedPage | undefined {
  const document = readJson(page, DOCUMENT_BLOCK_ID);
  if (document === undefined) return undefined;
  return {
    document,
    layout: readJson(page, LAYOUT_BLOCK_ID),
    picture: pictureHandoff(page),
  };
}

function readJson(page: Document, id: string): unknown {
  const block = page.getElementById(id);
  if (!block || block.getAttribute("type") !== "application/json") return undefined;
  try {
    return JSON.parse(block.textContent ?? "") as unknown;
  } catch {
    return undefined;
  }
}

function pictureHandoff(page: Document): PictureHandoff | undefined {
  const svg = page.querySelector<SVGSVGElement>(`svg.${PICTURE_CLASS}`);
  const world = svg?.querySelector<SVGGElement>(`g.${WORLD_CLASS}`);
  const matrix = world?.getScreenCTM();
  const box = svg?.viewBox.baseVal;
  if (!matrix || !box || box.width === 0 || matrix.a <= 0) return undefined;
  return {
    client: { k: matrix.a, x: matrix.e, y: matrix.f },
    bounds: { x0: box.x, y0: box.y, x1: box.x + box.width, y1: box.y + box.height },
    windowWidth: window.innerWidth,
    windowHeight: window.innerHeight,
  };
}

/**
 * The explorer's fit while it shows the published picture where it stood: the prerendered
 * picture's place, in the coordinates of the explorer's `element`, as long as the window's size,
 * the fit's insets (legend, phone sheet) and the scene's bounds are those it was fitted for. The
 * first time one of them differs it gives way, for good, to the explorer's own fit.
 */
export function keptFit(
  handoff: PictureHandoff | undefined,
  element: Element,
): (bounds: Bounds, insets: Insets) => Viewport | undefined {
  let kept = handoff;
  let keptInsets: Insets | undefined;
  return (bounds, insets) => {
    if (!kept) return undefined;
    keptInsets ??= insets;
    if (
      window.innerWidth !== kept.windowWidth ||
      window.innerHeight !== kept.windowHeight ||
      !sameInsets(insets, keptInsets) ||
      !nearBounds(bounds, kept.bounds)
    ) {
      kept = undefined;
      return undefined;
    }
    const box = element.getBoundingClientRect();
    return { k: kept.client.k, x: kept.client.x - box.left, y: kept.client.y - box.top };
  };
}

const sameInsets = (a: Insets, b: Insets) =>
  a.left === b.left && a.right === b.right && a.top === b.top && a.bottom === b.bottom;

/** The viewBox carries the bounds to two decimals. */
const nearBounds = (a: Bounds, b: Bounds) =>
  Math.abs(a.x0 - b.x0) < 0.01 &&
  Math.abs(a.y0 - b.y0) < 0.01 &&
  Math.abs(a.x1 - b.x1) < 0.02 &&
  Math.abs(a.y1 - b.y1) < 0.02;
