// Measurements for the large-network section of `npm run bench` (scripts/benchLarge20k.ts), in
// Chromium through the built app. measureLarge20k: a generated 20 000-actor / 60 000-tie GEXF is
// opened through the app's file input, then the reader pans, zooms, hovers, selects and searches:
// open → first picture and → converged (the app's performance marks), the longest main-thread task
// (PerformanceObserver 'longtask') from open to converged and during each interaction, the JS heap
// once converged (after a garbage collection), the frames while panning, select → highlight (the
// click to the canvas's next complete painting, mark "backchannel:painted"), and whether the
// picture was ever blank while it opened. measureExports: a network's SVG and PNG exports through
// the buttons, from the click to the file, and the longest task meanwhile.
import type { Browser, Page } from "playwright-core";

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
}

export interface ExportTimes {
  svg: number;
  svgLongest: number;
  png: number;
  pngLongest: number;
}

type Task = { start: number; duration: number };

/** Records long tasks from the very start of the page, into window.__longTasks. */
async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
}

const now = (page: Page) => page.evaluate(() => performance.now());

async function longestSince(page: Page, from: number, to?: number): Promise<number> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
  );
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: Task[] }).__longTasks,
  );
  return Math.max(
    0,
    ...tasks.filter((t) => t.start >= from && t.start < (to ?? Infinity)).map((t) => t.duration),
  );
}

/** Answers the app's "Open a large network?" (over 5,000 actors or 15,000 ties): "Open anyway". */
async function confirmLarge(page: Page): Promise<void> {
  const yes = page.getByRole("button", { name: "Open anyway" });
  await yes.waitFor({ timeout: 60_000 });
  await yes.click({ noWaitAfter: true });
}

/** Resolves with the time of the first mark `name` at or after `after`. */
async function markAfter(page: Page, name: string, after: number, timeout: number) {
  const handle = await page.waitForFunction(
    ([mark, since]) =>
      performance.getEntriesByName(mark).find((entry) => entry.startTime >= since)?.startTime,
    [name, after] as const,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until the canvas has no painting under way and nothing changed for a moment. */
async function quiet(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const marks = performance.getEntriesByName("backchannel:painted");
      const last = marks[marks.length - 1]?.startTime ?? 0;
      return performance.now() - last > 400;
    },
    undefined,
    { timeout: 30_000, polling: 100 },
  );
}

/** Share of the canvas that is not background, from a small copy (cheap enough to sample). */
const inkShare = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.network-canvas");
    if (!canvas || canvas.width === 0) return 0;
    const copy = document.createElement("canvas");
    copy.width = 160;
    copy.height = 100;
    const context = copy.getContext("2d", { willReadFrequently: true })!;
    context.drawImage(canvas, 0, 0, copy.width, copy.height);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) inked++;
    return inked / (data.length / 4);
  });

export async function measureLarge20k(
  browser: Browser,
  url: string,
  file: string,
): Promise<Large20k> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await observeLongTasks(page);
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(url);
    await markAfter(page, "backchannel:settled", 0, 30_000);
    await page.getByRole("button", { name: "Open…" }).hover();
    await page.waitForTimeout(500);
    // Past 5,000 actors the app asks first ("Open a large network?", after reading the file once
    // to count): the open is timed from the reader's "Open anyway".
    await page.locator("input[type=file]").first().setInputFiles(file);
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
    await quiet(page);

    // Zoom: five wheel steps over the middle, then the redraw at the new zoom.
    t = await now(page);
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, -120);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    await quiet(page);
    const longestZoom = await longestSince(page, t);

    // Hover: the pointer across the picture (the actor under it gets an element).
    t = await now(page);
    for (let i = 0; i < 30; i++) {
      await page.mouse.move(box.x + box.width * (0.3 + i / 75), box.y + box.height * 0.5);
    }
    await quiet(page);
    const longestHover = await longestSince(page, t);

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
    };
  } finally {
    await context.close();
  }
}

/**
 * Opens `file` (the 5k network), waits for its layout, then exports SVG and PNG (2×, whole
 * network) through the buttons: time from the click to the download, and the longest task.
 */
export async function measureExports(
  browser: Browser,
  url: string,
  file: string,
): Promise<ExportTimes> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await observeLongTasks(page);
  try {
    await page.goto(url);
    await markAfter(page, "backchannel:settled", 0, 30_000);
    const opened = await now(page);
    await page.locator("input[type=file]").first().setInputFiles(file);
    await markAfter(page, "backchannel:layout-done", opened, 120_000);
    await quiet(page);
    const once = async (name: string) => {
      // Warm: the export code loads on first use, as it would have by a reader's second export.
      const t = await now(page);
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 60_000 }),
        page.getByRole("button", { name }).click(),
      ]);
      const done = await now(page);
      await download.path();
      return { time: done - t, longest: await longestSince(page, t, done) };
    };
    await once("Export SVG");
    const svg = await once("Export SVG");
    await once("Export PNG");
    const png = await once("Export PNG");
    return { svg: svg.time, svgLongest: svg.longest, png: png.time, pngLongest: png.longest };
  } finally {
    await context.close();
  }
}
