// The limits importFiles checks before the page does any work, and the bounded messages it gives.
import { describe, expect, it } from "vitest";
import { importFiles } from "../../src/io/importFiles";
import { IMPORT_LIMITS, checkFileSizes, formatBytes } from "../../src/io/importLimits";
import { describeWarnings } from "../../src/io/importMessages";
import type { ActorsRead, ImportFile } from "../../src/io/importResult";

/** A Source,Target table: row i ties a(i mod actors) to a((i + 1) mod actors). */
function edgesCsv(rows: number, actors: number): ImportFile {
  const lines = ["Source,Target"];
  for (let i = 0; i < rows; i++) lines.push(`a${i % actors},a${(i + 1) % actors}`);
  return { name: "edges.csv", text: lines.join("\n") };
}

function gexfOfActors(count: number): ImportFile {
  const nodes = Array.from({ length: count }, (_, i) => `<node id="n${i}" label="N${i}"/>`);
  return {
    name: "actors.gexf",
    text: `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>${nodes.join("")}</nodes><edges/></graph></gexf>`,
  };
}

describe("the import limits", () => {
  it("are the numbers the README states", () => {
    expect(IMPORT_LIMITS).toMatchObject({
      maxBytes: 33_554_432,
      askActors: 5_000,
      askTies: 15_000,
      maxActors: 50_000,
      maxTies: 250_000,
      maxLineLength: 1_000,
      maxTextLength: 20_000,
    });
  });

  it("refuse files over 32 MiB before reading them, naming the size", () => {
    expect(checkFileSizes([{ name: "small.gexf", size: 33_554_432 }])).toBeUndefined();
    expect(
      checkFileSizes([
        { name: "nodes.csv", size: 20_000_000 },
        { name: "edges.csv", size: 20_000_000 },
      ]),
    ).toEqual({
      path: "nodes.csv, edges.csv",
      message: "40.0 MB is more than Backchannel opens (33.6 MB); nothing was read",
    });
    expect(formatBytes(2_500)).toBe("3 kB");
  });

  it("ask before a network of more than 15,000 ties opens, and open it when allowed", () => {
    const file = edgesCsv(130_000, 1_000);
    const asked = importFiles([file]);
    expect(asked).toMatchObject({ ok: false, large: { actors: 1_000, ties: 130_000 } });
    const opened = importFiles([file], { allowLarge: true });
    expect(opened.ok && [opened.document.actors.length, opened.document.ties.length]).toEqual([
      1_000, 130_000,
    ]);
    // At the limit it opens without asking.
    expect(importFiles([edgesCsv(15_000, 1_000)]).ok).toBe(true);
  });

  it("refuse a network over 50,000 actors with the numbers, even when allowed", () => {
    const result = importFiles([edgesCsv(50_001, 50_001)], { allowLarge: true });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "edges.csv",
          message:
            "50,001 actors and 50,001 ties is more than Backchannel draws (at most 50,000 actors and 250,000 ties)",
        },
      ],
    });
  });

  it("show no picture of actors the page would not open without asking", () => {
    const seen: number[] = [];
    const onActors = (actors: ActorsRead) => seen.push(actors.kinds.length);
    expect(importFiles([gexfOfActors(5_001)], { onActors })).toMatchObject({ ok: false });
    expect(seen).toEqual([]);
    expect(importFiles([gexfOfActors(5_001)], { onActors, allowLarge: true }).ok).toBe(true);
    expect(seen).toEqual([5_001]);
  });
});

describe("warnings and problems about a file", () => {
  it("list 8 of 200,000 skipped rows and count the rest", () => {
    const lines = ["Source,Target", "a,b"];
    for (let i = 0; i < 200_000; i++) lines.push(`s${i},`);
    const result = importFiles([{ name: "rows.csv", text: lines.join("\n") }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toHaveLength(8);
    expect(result.omittedWarnings).toBe(199_992);
    expect(result.warnings[0]).toBe("rows.csv row 3: no Target");
    const status = describeWarnings(result.warnings, result.omittedWarnings);
    expect(status.length).toBeLessThan(2_000);
    expect(status).toMatch(/^ 200,000 warnings: rows\.csv row 3: no Target; .*; and 199,992 more$/);
  });

  it("cut a warning quoting a huge text, and show the hidden characters it quotes", () => {
    const id = `\u202E${"x".repeat(5_000)}`;
    const result = importFiles([
      { name: "nodes.csv", text: `Id\n${id}\n${id}` },
      { name: "edges.csv", text: `Source,Target\n${id},b` },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [first] = result.warnings;
    expect(first?.length).toBeLessThanOrEqual(IMPORT_LIMITS.maxMessageLength + "<U+202E>".length);
    expect(first).toMatch(/^nodes\.csv row 3: id "<U\+202E>x{50,}…$/);
  });

  it("bound the problems of a broken file", () => {
    const lines = ["Source,Target"];
    for (let i = 0; i < 50_000; i++) lines.push(`a${i},`);
    const result = importFiles([{ name: "broken.csv", text: lines.join("\n") }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(8);
    expect(result.omittedProblems).toBe(50_001 - 8);
  });

  it("describe none, one or many warnings", () => {
    expect(describeWarnings([])).toBe("");
    expect(describeWarnings(["a"])).toBe(" 1 warning: a");
    expect(describeWarnings(["a", "b"], 1_000)).toBe(" 1,002 warnings: a; b; and 1,000 more");
  });
});
