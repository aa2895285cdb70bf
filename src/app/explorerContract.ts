// What an explorer is to the rest of the app (its handle and its options), the pins a
// document's layout records and the document as the explorer shows it. The explorer itself is
// built in explorerApp.ts.
import { type ActorGraph } from "../model/actorGraph";
import type { NetworkDocument, Position } from "../schema/networkDocument";
import type { Positions } from "../layout/forceLayout";
import type { ActorsRead } from "../io/importResult";
import { type Store } from "../state/store";
import type { Scene } from "../view/scene";
import { type LargeDrawingModule } from "./picture";
import type { TieDrawingTarget } from "../interact/tieDrawing";
import type { PictureHandoff } from "./prerendered";
import type { PreparedNetwork } from "./stagedRebuild";

export interface Explorer {
  readonly graph: ActorGraph;
  readonly store: Store;
  /** The toolbar, where the shell adds the file controls. */
  readonly toolbar: HTMLElement;
  /** The document as it stands, with pinned positions saved in its layout section. */
  currentDocument(): NetworkDocument;
  /** Shows an error in the page's alert, with a button for `action` (try again, reload…). */
  alert(message: string, action?: { label: string; run(): void }): void;
  /** Shows a passing message (not an error) to everyone, screen readers included. */
  announce(message: string): void;
  /** Covers the picture with the actors of a network still being read, until cleared. */
  preview(actors: ActorsRead, caption: string, drawing: LargeDrawingModule): void;
  clearPreview(): void;
  /** Takes the preview off this explorer's page, for the next explorer to keep on screen. */
  takePreview(): HTMLElement | undefined;
  currentScene(): Scene;
  /** Where every actor is drawn now. */
  positions(): Positions;
  /** Resolves with every actor's position once the layout has settled (at once if none ran). */
  readonly settled: Promise<Positions>;
  /** For drawing a tie by dragging from one actor to another (edit mode). */
  readonly tieDrawing: { svg: SVGSVGElement; target: TieDrawingTarget };
  /** The document's arrangement changed (an undone move…): the picture moves, nothing else. */
  setArrangement(document: NetworkDocument): void;
  /** Resolves once the picture's last drawing is on screen (the canvas draws over frames). */
  drawn(): Promise<void>;
  /** The first error drawing threw since the explorer was made (the page said so), if any. */
  drawingFault(): { error: unknown } | undefined;
  /** Writes what this explorer shows into the URL again (Back to a network that did not open). */
  rewriteAddress(): void;
  /** Ends the explorer and takes its page off the root (only its own: another may be there). */
  destroy(): void;
}

export interface ExplorerOptions {
  /** Needed to draw a network the drawing plan puts on the canvas; without it, SVG draws. */
  largeDrawing?: LargeDrawingModule;
  /**
   * The editor records the arrangement: a drag that ended is a move, a released pin (double-click,
   * "Release pinned") a release. Without it, pins live in the view only, as before.
   */
  arrangement?: {
    onMoved(id: string, position: Position): void;
    onReleased(ids: string[]): void;
  };
  /** URL parameters naming the page rather than the view (e.g. "net=…&edit=1"). */
  hashPrefix?: () => string;
  /** The published page's layout of this document (layout/layoutSnapshot.ts): not laid out again. */
  layout?: unknown;
  /** Where the published page's picture stands: kept as the fit, so nothing moves. */
  picture?: PictureHandoff | undefined;
  /** Whether the network shown is the one the page publishes (what "Embed" frames). */
  published?: () => boolean;
  /** Shown in another page's frame (?embed=1): the picture and a link to the full view. */
  embed?: boolean;
  /** The document's graph and play order, built beforehand (a large network after an edit). */
  prepared?: PreparedNetwork | undefined;
  /** A picture kept over the stage until the network's own is painted (the import preview). */
  cover?: HTMLElement | undefined;
}

/** The pins a document's layout records: the hand-placed actors at their positions. */
export function pinsOf(document: NetworkDocument): Record<string, Position> {
  const pins: Record<string, Position> = {};
  const positions = document.layout?.positions ?? {};
  for (const id of document.layout?.pinned ?? [])
    if (Object.hasOwn(positions, id)) pins[id] = positions[id]!;
  return pins;
}

/** Positions are kept to a hundredth of a pixel in saved documents. */
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The document as the explorer shows it: every actor's position once the layout has settled
 * (`settled`: re-opened, the picture is the same), and the hand-placed ones as pins.
 */
export function documentAsShown(
  document: NetworkDocument,
  pins: Readonly<Record<string, Position>>,
  settled: Positions | undefined,
): NetworkDocument {
  const positions: Record<string, Position> = { ...(document.layout?.positions ?? {}) };
  if (settled)
    for (const [id, { x, y }] of settled)
      if (!Object.hasOwn(positions, id)) positions[id] = { x: round(x), y: round(y) };
  Object.assign(positions, pins);
  const pinned = Object.keys(pins);
  if (Object.keys(positions).length === 0) return document;
  return {
    ...document,
    layout: { positions, ...(pinned.length ? { pinned } : {}) },
  };
}
