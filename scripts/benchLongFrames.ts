// Where the bench's long tasks come from: the Long Animation Frames API (Chromium) names the
// scripts that ran in each frame over 50 ms — what invoked them (a click handler, a timer, an
// IndexedDB success…), the file and the function's position, and their time. The bench builds the
// app with hidden source maps (no comment in the JavaScript, which stays byte-identical), so a
// position in a minified chunk is read back as the source file and line it came from.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

interface FrameScript {
  invoker: string;
  src: string;
  fn: string;
  pos: number;
  duration: number;
}
interface LongFrame {
  start: number;
  duration: number;
  scripts: FrameScript[];
}

/** Records every long animation frame from the very start of the page (window.__longFrames). */
export async function observeLongFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const frames: LongFrame[] = [];
    (window as unknown as { __longFrames: typeof frames }).__longFrames = frames;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const scripts = (entry as unknown as { scripts?: Record<string, unknown>[] }).scripts;
          frames.push({
            start: entry.startTime,
            duration: entry.duration,
            scripts: (scripts ?? []).map((s) => ({
              invoker: String(s.invoker ?? ""),
              src: String(s.sourceURL ?? ""),
              fn: String(s.sourceFunctionName ?? ""),
              pos: Number(s.sourceCharPosition ?? -1),
              duration: Number(s.duration ?? 0),
            })),
          });
        }
      }).observe({ type: "long-animation-frame", buffered: true });
    } catch {
      // not supported: the bench prints no sources
    }
  });
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The source map's segments of one generated line: [column, source, line] (absolute). */
function decodeLine(mappings: string, lineIndex: number): [number, number, number][] {
  const lines = mappings.split(";");
  let source = 0;
  let line = 0;
  const out: [number, number, number][] = [];
  for (let l = 0; l <= lineIndex && l < lines.length; l++) {
    let column = 0;
    for (const segment of (lines[l] ?? "").split(",")) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1] ?? 0;
        line += values[2] ?? 0;
        if (l === lineIndex) out.push([column, source, line]);
      }
    }
  }
  return out;
}

const maps = new Map<string, { code: string; map: { sources: string[]; mappings: string } }>();

/** "src/app/picture.ts:120" for a position in a built chunk, or the chunk's name. */
function sourceOf(distDir: string, url: string, pos: number): string {
  const file = url.replace(/^.*\/assets\//, "assets/");
  if (!file.startsWith("assets/")) return url || "(no script)";
  const path = join(distDir, file);
  if (!maps.has(path)) {
    if (!existsSync(`${path}.map`)) return file;
    maps.set(path, {
      code: readFileSync(path, "utf8"),
      map: JSON.parse(readFileSync(`${path}.map`, "utf8")) as {
        sources: string[];
        mappings: string;
      },
    });
  }
  const { code, map } = maps.get(path)!;
  if (pos < 0) return file;
  const before = code.slice(0, pos);
  const lineIndex = before.split("\n").length - 1;
  const column = pos - (before.lastIndexOf("\n") + 1);
  let found: [number, number, number] | undefined;
  for (const segment of decodeLine(map.mappings, lineIndex))
    if (segment[0] <= column) found = segment;
  if (!found) return file;
  const source = (map.sources[found[1]] ?? "?").replace(/^(\.\.\/)+/, "");
  return `${source}:${found[2] + 1}`;
}

/**
 * The long frames between `from` and `to`, longest first (at most `count`), each as its time and
 * its scripts over 5 ms: "83 ms: 61 ms DOMWindow.onclick src/interact/pictureEvents.ts:40 …".
 */
export async function longFrameSources(
  page: Page,
  distDir: string,
  from: number,
  to = Infinity,
  count = 2,
): Promise<string[]> {
  const frames = await page.evaluate(
    () => (window as unknown as { __longFrames?: LongFrame[] }).__longFrames ?? [],
  );
  return frames
    .filter((f) => f.start >= from && f.start < to && f.duration > 50)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, count)
    .map((frame) => {
      const scripts = frame.scripts
        .filter((s) => s.duration >= 5)
        .sort((a, b) => b.duration - a.duration)
        .map(
          (s) =>
            `${s.duration.toFixed(0)} ms ${s.invoker} ${sourceOf(distDir, s.src, s.pos)}${s.fn ? ` (${s.fn})` : ""}`,
        );
      return `${frame.duration.toFixed(0)} ms frame: ${scripts.join("; ") || "no script over 5 ms (rendering, GC)"}`;
    });
}
