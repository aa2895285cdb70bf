// The seed network must cover the report: every named actor and each stated relation, each tie
// with evidence that names who said so. These tests read the report itself.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { seedJson } from "../fixtures/documents";

const report = readFileSync(new URL("../fixtures/mediation-article.txt", import.meta.url), "utf8");
const seed = seedJson();
const names = seed.actors.flatMap((a) => [a.name, ...(a.aliases ?? [])]);
const tieBetween = (a: string, b: string, kind?: string) =>
  seed.ties.some(
    (t) =>
      ((t.source === a && t.target === b) || (t.source === b && t.target === a)) &&
      (kind === undefined || t.kind === kind),
  );

describe("the seed network", () => {
  it.each([
    "Bishara Bahbah",
    "Edan Alexander",
    "Steve Witkoff",
    "Khalil al-Hayya",
    "Adam Boehler",
    "Mohammed bin Abdul Rahman al-Thani",
    "Netanyahu",
    "Trump",
    "Hamas official",
    "Qatar",
    "Egypt",
    "Israel",
  ])("names %s, as the report does", (name) => {
    expect(report.includes(name) || report.includes(name.split(" ").pop() ?? name)).toBe(true);
    expect(names).toContain(name);
  });

  it.each([
    ["hamas-official", "bishara-bahbah", "message"],
    ["bishara-bahbah", "khalil-al-hayya", "conversation"],
    ["adam-boehler", "hamas", "negotiation"],
    ["mohammed-al-thani", "donald-trump", "meeting"],
    ["mohammed-al-thani", "steve-witkoff", "meeting"],
    ["donald-trump", "benjamin-netanyahu", "conversation"],
    ["israeli-intelligence", "israel", "briefing"],
    ["israel", "steve-witkoff", "message"],
    ["qatar", "hamas", "guarantee"],
    ["egypt", "hamas", "guarantee"],
    ["steve-witkoff", "donald-trump", "envoy-of"],
  ])("has the stated relation %s – %s (%s)", (a, b, kind) => {
    expect(tieBetween(a, b, kind)).toBe(true);
    const tie = seed.ties.find(
      (t) => t.kind === kind && [t.source, t.target].sort().join() === [a, b].sort().join(),
    );
    expect(tie?.status).toBe("reported");
  });

  // The review against the report: what it implies without stating it is inferred, each with the
  // editor's reason; everything else stays as reported.
  it("marks as inferred exactly the ties the report implies without stating them", () => {
    expect(seed.ties.filter((t) => t.status === "inferred").map((t) => t.id)).toEqual([
      "hamas-official-bahbah-messages",
      "bahbah-relays-to-witkoff",
      "washington-answers-al-thani",
      "trump-leads-administration",
      "hamas-holds-alexander",
    ]);
    expect(
      seed.ties.filter((t) => t.status !== "inferred").every((t) => t.status === "reported"),
    ).toBe(true);
  });

  it("gives every inferred tie a note, in our own words, and no other tie one", () => {
    for (const tie of seed.ties) {
      if (tie.status !== "inferred") {
        expect(tie.note, tie.id).toBeUndefined();
        continue;
      }
      expect(tie.note?.length, tie.id).toBeGreaterThan(60);
      // Our words, not the report's: no long run of the report's text.
      const words = (tie.note ?? "").replace(/[“”"]/g, "").split(/\s+/);
      for (let i = 0; i + 8 <= words.length; i++)
        expect(report, tie.id).not.toContain(words.slice(i, i + 8).join(" "));
    }
  });

  it("keeps every quoted phrase verbatim from the report and short", () => {
    const normalise = (s: string) => s.replace(/[’']/g, "'");
    for (const tie of seed.ties)
      for (const evidence of tie.evidence) {
        if (evidence.quote === undefined) continue;
        expect(normalise(report), `${tie.id}: ${evidence.quote}`).toContain(
          normalise(evidence.quote),
        );
        expect(evidence.quote.split(" ").length).toBeLessThanOrEqual(12);
      }
  });

  it("attributes every tie to the one source and names who said so", () => {
    for (const tie of seed.ties) {
      expect(tie.evidence.length).toBeGreaterThan(0);
      for (const e of tie.evidence) {
        expect(e.source).toBe("qnn-2025-05-13");
        expect(e.attribution.length).toBeGreaterThan(10);
      }
    }
  });

  it("dates the ties the report dates, with their precision", () => {
    const time = (id: string) => seed.ties.find((t) => t.id === id)?.time;
    expect(time("al-thani-meets-trump")).toEqual({ start: "2025-04-22" });
    expect(time("boehler-hamas-march-negotiations")?.start).toBe("2025-03");
    expect(time("hamas-official-contacts-bahbah")).toMatchObject({
      approximate: true,
      label: "late April 2025",
    });
    expect(time("trump-speaks-to-netanyahu")?.start).toBe("2025-05-12");
  });

  it("counts the roughly twenty messages", () => {
    const counted = seed.ties.find((t) => t.count);
    expect(counted?.count).toEqual({
      value: 20,
      approximate: true,
      unit: "messages (calls and texts)",
    });
  });

  it("credits the Quds News Network report of 13 May 2025, citing Axios", () => {
    expect(seed.sources).toEqual([
      expect.objectContaining({
        publisher: "Quds News Network",
        cites: "Axios",
        date: "2025-05-13",
      }),
    ]);
  });
});
