// Measurements for the large-network section of `npm run bench` (scripts/benchLarge20k.ts), in
// Chromium through the built app. measureLarge20k: a generated 20 000-actor / 60 000-tie GEXF is
// opened through the app's file input, then the reader pans, zooms, hovers, selects and searches:
// open → first picture and → converged (the app's performance marks), the longest main-thread task
// (PerformanceObserver 'longtask') from open to converged and during each interaction, the JS heap
// once converged (after a garbage collection), the frames while panning, select → highlight (the
// click to the canvas's next complete painting, mark "backchannel:painted"), and whether the
// picture was ever blank while it opened; and where the longest frames of each phase spent their
// time (scripts/benchLongFrames.ts). The 5k exports are in scripts/benchExports.ts.
import type { Browser } from "playwright-core";
import { longFrameSources, observeLongFrames } from "./benchLongFrames";
import { startTaskTrace, stopTaskTrace } from "./benchTaskCpu";
import {
  confirmLarge,
  inkShare,
  longestSince,
  markAfter,
  now,
  observeLongTasks,
  quiet,
  type Task,
} from "./benchPage";

export interface Large20k {
  firstPicture: number;
  converged: number;
  longestOpen: number;
  heapMB: number;
  /** Frames while a drag pans: the median and the slowest interval between frames (ms). */
  panFrameMedian: number;
  panFrameWorst: number;
  /** Main-thread time per pan step (pointer event to the frame that shows it), median / worst. */
  panWorkMedian: number;
  panWorkWorst: number;
  longestPan: number;
  longestZoom: number;
  longestHover: number;
  longestSelect: number;
  selectToHighlight: number;
  longestSearch: number;
  /** Whether the canvas was ever blank (all background) between the first picture and converged. */
  blankSamples: number;
  samples: number;
  /** Per phase, the longest frames over 50 ms and the scripts they ran. */
  sources: Record<string, string[]>;
  /** Per phase (open, pan, zoom, hover, select, search), the most CPU time one task took (ms). */
  cpu: Record<string, number>;
}

export async function measureLarge20k(
  browser: Browser,
  url: string,
  file: string,
  distDir = "dist",
): Promise<Large20k> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await observeLongTasks(page);
  await observeLongFrames(page);
  const sources: Record<string, string[]> = {};
  const windows: Record<string, [number, number]> = {};
  const attribute = async (phase: string, from: number, to?: number) => {
    windows[phase] = [from, to ?? (await now(page))];
    sources[phase] = await longFrameSources(page, distDir, from, to);
  };
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(url);
    await markAfter(page, "backchannel:settled", 0, 30_000);
    await page.getByRole("button", { name: "Open…" }).hover();
    await page.waitForTimeout(500);
    // Past 5,000 actors the app asks first ("Open a large network?", after reading the file once
    // to count): the open is timed from the reader's "Open anyway".
    await page.locator("input[type=file]").first().setInputFiles(file);
    await startTaskTrace(page);
    await confirmLarge(page);
    const opened = await page.evaluate(() => performance.mark("bench:open").startTime);
    const firstPicture = await markAfter(page, "backchannel:first-picture", opened, 60_000);
    // Sample the picture while the layout runs: it must never be blank.
    let samples = 0;
    let blankSamples = 0;
    for (;;) {
      const done = await page.evaluate(
        (since) =>
          performance.getEntriesByName("backchannel:layout-done").some((e) => e.startTime >= since),
        opened,
      );
      if (done) break;
      samples++;
      if ((await inkShare(page)) < 0.002) blankSamples++;
      await page.waitForTimeout(250);
      if (samples > 2400) throw new Error("the 20k layout did not converge in 10 minutes");
    }
    const converged = await markAfter(page, "backchannel:layout-done", opened, 1_000);
    const longestOpen = await longestSince(page, opened, converged);
    await attribute("open", opened, converged);
    await quiet(page);
    // The app keeps an opened file in the browser and saves its positions once laid out (main's
    // autosave: the whole document through IndexedDB on the page's thread, 200–570 ms at this
    // size): the interactions are measured once that is done, on a page with nothing running.
    await page.waitForFunction(
      () => {
        const tasks = (window as unknown as { __longTasks: Task[] }).__longTasks;
        const last = tasks[tasks.length - 1];
        return !last || performance.now() - (last.start + last.duration) > 1500;
      },
      undefined,
      { timeout: 30_000, polling: 250 },
    );
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };

    const box = (await page.locator("canvas.network-canvas").boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;

    // Pan: a plain drag from the middle, 40 steps, with the frames recorded in the page.
    let t = await now(page);
    // (Strings, not functions: tsx would wrap named inner functions in a helper the page lacks.)
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__work = [];
      window.__framing = true;
      const loop = (time) => {
        window.__frames.push(time);
        if (window.__framing) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      // The main-thread time from a pointer move to the frame that shows it.
      window.addEventListener("pointermove", () => {
        const start = performance.now();
        requestAnimationFrame(() => {
          const shown = performance.now();
          setTimeout(() => window.__work.push(shown - start), 0);
        });
      }, { capture: true });
    })()`);
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      await page.mouse.move(cx + i * 6, cy + i * 3);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    await page.mouse.up();
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __framing: boolean; __work: number[] };
      w.__framing = false;
      return { frames: w.__frames, work: w.__work };
    });
    const intervals = frames.frames.slice(1).map((time, i) => time - frames.frames[i]!);
    const pannedAt = await now(page);
    const longestPan = await longestSince(page, t, pannedAt);
    await attribute("pan", t, pannedAt);
    await quiet(page);

    // Zoom: five wheel steps over the middle, then the redraw at the new zoom.
    t = await now(page);
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, -120);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    await quiet(page);
    const longestZoom = await longestSince(page, t);
    await attribute("zoom", t);

    // Hover: the pointer across the picture (the actor under it gets an element).
    t = await now(page);
    for (let i = 0; i < 30; i++) {
      await page.mouse.move(box.x + box.width * (0.3 + i / 75), box.y + box.height * 0.5);
    }
    await quiet(page);
    const longestHover = await longestSince(page, t);
    await attribute("hover", t);

    // Select: an actor under the pointer, then its highlight painted.
    let target: { x: number; y: number } | undefined;
    for (let y = 0.35; y < 0.65 && !target; y += 0.03)
      for (let x = 0.35; x < 0.65 && !target; x += 0.02) {
        await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
        const found = await page.evaluate(
          () => document.querySelectorAll("svg.network g.actor:not([tabindex='0'])").length > 0,
        );
        if (found) target = { x: box.x + box.width * x, y: box.y + box.height * y };
      }
    if (!target) throw new Error("no actor found under the pointer to select");
    await quiet(page);
    t = await now(page);
    await page.evaluate(() => {
      const w = window as unknown as { __clickAt: number };
      window.addEventListener("click", (event) => (w.__clickAt = event.timeStamp), {
        capture: true,
        once: true,
      });
    });
    await page.mouse.down();
    await page.mouse.up();
    const clickAt = await page
      .waitForFunction(() => (window as unknown as { __clickAt?: number }).__clickAt)
      .then((handle) => handle.jsonValue() as Promise<number>);
    const painted = await markAfter(page, "backchannel:painted", clickAt, 30_000);
    await quiet(page);
    const longestSelect = await longestSince(page, t);
    await attribute("select", t);

    // Search: type a name, wait for the list of matches.
    t = await now(page);
    const box2 = page.getByRole("combobox", { name: "Search actors" });
    await box2.pressSequentially("Amal Haddad", { delay: 30 });
    await page
      .getByRole("listbox", { name: "Matching actors" })
      .getByRole("option")
      .first()
      .waitFor();
    const longestSearch = await longestSince(page, t);
    await attribute("search", t);
    const cpuBetween = await stopTaskTrace(page, "bench:open", opened);
    const cpu = Object.fromEntries(
      Object.entries(windows).map(([phase, [from, to]]) => [phase, cpuBetween(from, to)]),
    );

    const sorted = [...intervals].sort((a, b) => a - b);
    const work = [...frames.work].sort((a, b) => a - b);
    return {
      firstPicture: firstPicture - opened,
      converged: converged - opened,
      longestOpen,
      heapMB: heap.usedSize / 1e6,
      panFrameMedian: sorted[Math.floor(sorted.length / 2)] ?? NaN,
      panFrameWorst: sorted[sorted.length - 1] ?? NaN,
      panWorkMedian: work[Math.floor(work.length / 2)] ?? NaN,
      panWorkWorst: work[work.length - 1] ?? NaN,
      longestPan,
      longestZoom,
      longestHover,
      longestSelect,
      selectToHighlight: painted - clickAt,
      longestSearch,
      blankSamples,
      samples,
      sources,
      cpu,
    };
  } finally {
    await context.close();
  }
}
