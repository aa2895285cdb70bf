// Every hostile file of tests/fixtures/hostile through the importers, without a browser: the
// outcome its manifest states (the browser test checks the same through the page).
import { describe, expect, it } from "vitest";
import { importFiles } from "../../src/io/importFiles";
import { describeWarnings } from "../../src/io/importMessages";
import { describeFailure } from "../../src/app/fileControls";
import { HOSTILE_FIXTURES, bytesOf, committedFiles } from "../fixtures/hostile/manifest";

describe("the hostile fixtures", () => {
  it("are at least 25, each committed file with its outcome in the manifest", () => {
    expect(HOSTILE_FIXTURES.length).toBeGreaterThanOrEqual(25);
    const listed = new Set(HOSTILE_FIXTURES.filter((f) => !f.generate).map((f) => f.file));
    expect(committedFiles().sort()).toEqual([...listed].sort());
  });

  it.each(HOSTILE_FIXTURES.map((fixture) => [fixture.file, fixture] as const))(
    "%s has the outcome the manifest states",
    (file, fixture) => {
      const text = new TextDecoder().decode(bytesOf(fixture));
      const result = importFiles([{ name: file, text }]);
      if (fixture.outcome === "opens") {
        if (!result.ok) throw new Error(describeFailure([file], result));
        expect([result.document.actors.length, result.document.ties.length]).toEqual([
          fixture.actors,
          fixture.ties,
        ]);
        const status = describeWarnings(result.warnings, result.omittedWarnings);
        for (const pattern of fixture.status) expect(status).toMatch(new RegExp(pattern));
        if (fixture.status.length === 0) expect(status).toBe("");
      } else if (fixture.outcome === "asks") {
        expect(result.ok).toBe(false);
        expect(!result.ok && result.large).toBeTruthy();
      } else {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(describeFailure([file], result)).toMatch(new RegExp(fixture.alert));
      }
    },
    30_000,
  );
});
