// The editing part of `npm run bench` (`--only edit`): single edits made through the app's own
// controls on a generated 5 000-actor / 15 000-tie Backchannel document that carries every
// actor's position (so no layout runs), and the same edits on the seed network as the baseline.
// For each edit: the longest main-thread task (PerformanceObserver 'longtask') from the action
// (the submit, the click, the key, the end of the drag) until the change is painted (mark
// "backchannel:edit-shown") and until it is saved (mark "backchannel:saved"), and both times.
// Issue 11's budget: no task over 100 ms for a single edit.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { NetworkDocument } from "../src/schema/networkDocument";
import { buildGraph } from "../src/model/actorGraph";
import { layoutInput } from "../src/layout/layoutInput";
import { computePositions } from "../src/layout/layoutEngine";
import { drawingPlan } from "../src/view/drawingPlan";
import { largeNetworkDocument } from "../tests/fixtures/largeNetwork";
import { longTasks, observeLongTasks } from "./benchPage";

export const EDIT_FILE = "dist-bench/edit-5000.backchannel.json";

export interface EditTiming {
  edit: string;
  /** Longest task from the action until the change is painted (ms; 0: none over 50 ms). */
  longest: number;
  /** Action → painted (ms). */
  shown: number;
  /** Longest task from the action until the network is saved. */
  longestToSaved: number;
  /** The most CPU time (thread time) one main-thread task took from the action until saved. */
  cpu: number;
  /** Action → saved (ms). */
  saved: number;
}

/** What the edits act on: an actor to rename, select, move, and two actors to tie. */
export interface EditTargets {
  actor: { id: string; name: string };
  tieFrom: string;
  tieTo: string;
}

/** The 5k document with every actor's position (laid out once here, as the app would). */
export function writeEditDocument(file = EDIT_FILE): { bytes: number; targets: EditTargets } {
  const document = largeNetworkDocument({ actors: 5000, ties: 15000, seed: 1 });
  const graph = buildGraph(document);
  const plan = drawingPlan({ actors: graph.order, ties: graph.size });
  const { nodes, links } = layoutInput(graph, undefined, plan.layout.labelRoom);
  const positions = computePositions(nodes, links, plan.layout);
  const round = (v: number) => Math.round(v * 100) / 100;
  const laidOut: NetworkDocument = {
    ...document,
    layout: {
      positions: Object.fromEntries(
        [...positions].map(([id, { x, y }]) => [id, { x: round(x), y: round(y) }]),
      ),
    },
  };
  const text = JSON.stringify(laidOut);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  // Names made from an index ("Ministry 812") are unique: the search and the tie form find them.
  const degree = new Map<string, number>();
  for (const tie of document.ties)
    for (const end of [tie.source, tie.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const unique = document.actors.filter((a) => /^(Ministry|Brigade|Network) \d+$/.test(a.name));
  const tied = unique.filter((a) => (degree.get(a.id) ?? 0) >= 3);
  const actor = tied[Math.floor(tied.length / 2)]!;
  const others = unique.filter((a) => a.id !== actor.id);
  return {
    bytes: Buffer.byteLength(text),
    targets: {
      actor: { id: actor.id, name: actor.name },
      tieFrom: others[0]!.name,
      tieTo: others[others.length - 1]!.name,
    },
  };
}

/** The seed's targets. */
export const SEED_TARGETS: EditTargets = {
  actor: { id: "bishara-bahbah", name: "Bishara Bahbah" },
  tieFrom: "Qatar",
  tieTo: "Egypt",
};

async function startPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await observeLongTasks(page);
  await page.goto(url);
  await page.locator("html[data-ready]").waitFor({ state: "attached", timeout: 60_000 });
  return page;
}

/** Opens `file` through the file input and waits for its picture and its stored copy. */
async function openFile(page: Page, file: string): Promise<void> {
  const opened = await page.evaluate(() => performance.now());
  await page.locator("input[type=file]").first().setInputFiles(file);
  await page.waitForFunction(
    (after) =>
      /net=/.test(location.hash) &&
      performance.getEntriesByName("backchannel:first-picture").some((e) => e.startTime > after) &&
      performance.getEntriesByName("backchannel:saved").some((e) => e.startTime > after),
    opened,
    { timeout: 120_000 },
  );
}

/** Times one action: from the mark set just before `act` to the change painted and saved. */
async function timed(page: Page, edit: string, act: () => Promise<void>): Promise<EditTiming> {
  // The page at rest first: a selection made to prepare the edit is saved with the view (after
  // 400 ms), and that save is not the edit's.
  await page.waitForTimeout(600);
  await page.waitForFunction(
    () =>
      performance.now() -
        Math.max(0, ...performance.getEntriesByName("backchannel:saved").map((e) => e.startTime)) >
      1000,
    undefined,
    { timeout: 30_000, polling: 100 },
  );
  const browser = page.context().browser();
  await browser?.startTracing(page, { categories: ["devtools.timeline", "toplevel"] });
  const action = await page.evaluate(() => performance.now());
  await act();
  const after = (mark: string) =>
    page
      .waitForFunction(
        ([name, from]) =>
          performance.getEntriesByName(name).find((e) => e.startTime >= from)?.startTime,
        [mark, action] as const,
        { timeout: 60_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>);
  const shown = await after("backchannel:edit-shown");
  const saved = await after("backchannel:saved");
  await page.waitForTimeout(300); // the observer delivers the last long tasks; the page rests
  const trace = browser ? await browser.stopTracing() : undefined;
  const tasks = await longTasks(page);
  const longest = (to: number) =>
    Math.max(
      0,
      ...tasks.filter((t) => t.start + t.duration > action && t.start < to).map((t) => t.duration),
    );
  return {
    edit,
    longest: longest(shown),
    shown: shown - action,
    longestToSaved: longest(saved),
    cpu: trace ? longestCpu(trace) : NaN,
    saved: saved - action,
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * The most CPU time one task took on the page's main thread, in ms: the trace's thread time
 * ("tdur"), which the other work on a loaded machine does not stretch as it does wall time.
 */
function longestCpu(trace: Buffer): number {
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) =>
      e.ph === "X" &&
      (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") &&
      mains.has(`${e.pid}:${e.tid}`),
  );
  return Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
}

async function selectActor(page: Page, actor: { id: string; name: string }): Promise<void> {
  const search = page.getByRole("combobox", { name: /Search actors/ });
  await search.fill(actor.name);
  await page.locator(`[data-actor-option="${actor.id}"]`).click();
  await page.locator(".edit-bar [data-action=editSelected]:not([disabled])").waitFor();
}

/** Rename, add a tie, delete a tie, undo, redo, drag-move, undo, redo, add an actor: each timed. */
async function runEdits(page: Page, targets: EditTargets): Promise<EditTiming[]> {
  const results: EditTiming[] = [];
  const { actor } = targets;
  const bar = page.locator(".edit-bar");
  if (await bar.isHidden()) await page.getByRole("button", { name: "Edit", exact: true }).click();
  await bar.waitFor();

  await selectActor(page, actor);
  await bar.locator("[data-action=editSelected]").click();
  const name = page.getByRole("form", { name: "Edit actor" }).getByLabel(/^Name/);
  await name.fill(`${actor.name} (renamed)`);
  results.push(await timed(page, "rename an actor", () => name.press("Enter")));

  await bar.getByRole("button", { name: "Add tie…" }).click();
  const form = page.getByRole("form", { name: "Add tie" });
  await page.keyboard.type(targets.tieFrom);
  await page.keyboard.press("Enter");
  await form.getByRole("combobox", { name: "To" }).focus();
  await page.keyboard.type(targets.tieTo);
  await page.keyboard.press("Enter");
  await form.getByLabel("Summary").fill("A call the bench adds");
  await form.getByLabel(/^Source/).focus();
  await page.keyboard.press("ArrowDown");
  await form.getByLabel("Attribution as reported").fill("an aide told the paper");
  results.push(await timed(page, "add a tie", () => page.keyboard.press("Enter")));

  await selectActor(page, { ...actor, name: `${actor.name} (renamed)` });
  await page
    .getByRole("complementary", { name: "Details" })
    .getByRole("button", { name: "Tie details" })
    .first()
    .click();
  const remove = bar.locator("[data-action=deleteSelected]", { hasText: /^Delete tie/ });
  await remove.waitFor();
  results.push(await timed(page, "delete a tie", () => remove.click()));

  await page.locator("body").focus();
  results.push(await timed(page, "undo (the delete)", () => page.keyboard.press("Control+z")));
  results.push(await timed(page, "redo (the delete)", () => page.keyboard.press("Control+y")));

  await selectActor(page, { ...actor, name: `${actor.name} (renamed)` });
  await page.waitForTimeout(500); // the view centred on it
  const box = await page.locator(`g.actor[data-actor="${actor.id}"]`).first().boundingBox();
  if (!box) throw new Error(`no element for ${actor.id} to drag`);
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 60, at.y + 40, { steps: 6 });
  results.push(await timed(page, "drag-move an actor", () => page.mouse.up()));
  await bar.getByRole("button", { name: /^Undo: move / }).waitFor();

  await page.locator("body").focus();
  results.push(await timed(page, "undo (the move)", () => page.keyboard.press("Control+z")));
  results.push(await timed(page, "redo (the move)", () => page.keyboard.press("Control+y")));

  // A new actor, with no ties: placed at the edge of the picture, nobody else moving.
  await bar.getByRole("button", { name: "Add actor…" }).click();
  await page.getByRole("form", { name: "Add actor" }).waitFor();
  await page.keyboard.type("Bench Newcomer"); // the form opens with Name focused
  results.push(await timed(page, "add an actor", () => page.keyboard.press("Enter")));
  return results;
}

/** The edits on the seed (`file` undefined, in edit mode) or on a file opened in the app. */
export async function benchEdits(
  browser: Browser,
  url: string,
  file: string | undefined,
  targets: EditTargets,
): Promise<EditTiming[]> {
  const page = await startPage(browser, file ? url : `${url}#edit=1`);
  try {
    if (file) await openFile(page, file);
    return await runEdits(page, targets);
  } finally {
    await page.context().close();
  }
}
