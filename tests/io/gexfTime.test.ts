// GEXF times in every timeformat (date, dateTime, integer, double, and NetworkX's "long"), as
// start/end, open bounds, timestamps, interval and timestamp lists, and <spells> of GEXF 1.2 and
// 1.3: calendar times become tie times; the others are kept as attributes and the open message
// says so. Expected values are read off the fixtures by hand.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { importFiles } from "../../src/io/importFiles";
import type { ImportResult } from "../../src/io/importResult";

function open(name: string): ImportResult & { ok: true } {
  const text = readFileSync(`tests/fixtures/foreign/${name}`, "utf8");
  const result = importFiles([{ name, text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

describe("GEXF times that are not dates", () => {
  it("NetworkX's integer times (timeformat long): every tie, its times kept, the message says so", () => {
    const { document, warnings } = open("networkx-time-long.gexf");
    expect(document.title).toBe("Negotiation rounds");
    expect(document.ties.map((tie) => [tie.source, tie.target, tie.kind, tie.time])).toEqual([
      ["a", "b", "negotiation", undefined],
      ["a", "c", "meeting", undefined],
      ["b", "c", "message", undefined],
      ["c", "a", "call", undefined],
    ]);
    expect(document.ties.map((tie) => tie.attributes)).toEqual([
      { networkx_key: 0, start: 1, end: 3 },
      { networkx_key: 0 },
      { networkx_key: 0, spells: "<[2, 4]; [6, 7]>" },
      { networkx_key: 0, start: 5 },
    ]);
    expect(document.actors[0]?.attributes).toEqual({ start: 1 });
    expect(warnings).toEqual([
      'networkx-time-long.gexf: its times are the file\'s own, not calendar dates (timeformat "long"); 3 tie(s) and 1 actor(s) keep them in the attributes start, end, spells, and the timeline leaves them out',
    ]);
  });

  it("NetworkX's double times on an undirected graph", () => {
    const { document, warnings } = open("networkx-time-double.gexf");
    expect(document.ties.map((tie) => [tie.directed, tie.time, tie.attributes])).toEqual([
      [false, undefined, { start: 1.5, end: 2.25 }],
      [false, undefined, { start: 0.5 }],
    ]);
    expect(warnings).toEqual([
      'networkx-time-double.gexf: its times are the file\'s own, not calendar dates (timeformat "double"); 2 tie(s) keep them in the attributes start, end, and the timeline leaves them out',
    ]);
  });

  it("GEXF 1.3 integer timestamps: timestamp, timestamps lists and spells of timestamps", () => {
    const { document, warnings } = open("gexf13-time-integer.gexf");
    expect(document.ties.map((tie) => [tie.id, tie.time, tie.attributes])).toEqual([
      ["e1", undefined, { timestamp: 3 }],
      ["e2", undefined, { timestamps: "<[1, 2, 5]>" }],
      ["e3", undefined, { weight: "2.5 [2]; 3 [4]", spells: "<[2]; [4]>" }],
      ["e4", undefined, undefined],
    ]);
    expect(document.actors[0]?.attributes).toEqual({ timestamps: "<[1, 4]>" });
    expect(warnings).toEqual([
      'gexf13-time-integer.gexf: its times are the file\'s own, not calendar dates (timeformat "integer"); 3 tie(s) and 1 actor(s) keep them in the attributes timestamps, timestamp, spells, and the timeline leaves them out',
      'gexf13-time-integer.gexf: the values of "weight" change over time; every dated value was kept as text',
    ]);
  });

  it("GEXF 1.2 double times with open bounds, in start/end and in spells", () => {
    const { document, warnings } = open("gexf12-time-double.gexf");
    expect(document.ties.map((tie) => [tie.id, tie.time, tie.attributes])).toEqual([
      ["0", undefined, { strength: "0.5 [1.5, 4.0]; 0.9 [4.0, 7.25]", startopen: 1.5, end: 7.25 }],
      ["1", undefined, { spells: "<[2.0, 3.0]; [5.0, Infinity]>" }],
    ]);
    expect(document.actors[0]?.attributes).toEqual({ start: 0 });
    expect(warnings[0]).toBe(
      'gexf12-time-double.gexf: its times are the file\'s own, not calendar dates (timeformat "double"); 2 tie(s) and 1 actor(s) keep them in the attributes start, startopen, end, spells, and the timeline leaves them out',
    );
  });

  it("numeric times without a timeformat (GEXF's default) are named as such", () => {
    const text = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph mode="dynamic">
      <nodes><node id="a"/><node id="b"/></nodes>
      <edges><edge id="e1" source="a" target="b" start="3" end="4"/></edges>
    </graph></gexf>`;
    const result = importFiles([{ name: "plain.gexf", text }]);
    expect(result.ok && result.document.ties[0]?.attributes).toEqual({ start: 3, end: 4 });
    expect(result.ok && result.warnings).toEqual([
      "plain.gexf: its times are the file's own, not calendar dates (no timeformat: GEXF's default, numbers); 1 tie(s) keep them in the attributes start, end, and the timeline leaves them out",
    ]);
  });

  it("dates Backchannel cannot read are kept and named, in start/end and in spells", () => {
    const text = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph timeformat="date">
      <nodes><node id="a"/><node id="b"/></nodes>
      <edges>
        <edge id="e1" source="a" target="b" start="22/04/2025"/>
        <edge id="e2" source="b" target="a"><spells><spell start="spring" end="summer"/></spells></edge>
      </edges>
    </graph></gexf>`;
    const result = importFiles([{ name: "odd.gexf", text }]);
    expect(result.ok && result.document.ties.map((tie) => tie.attributes)).toEqual([
      { start: "22/04/2025" },
      { spells: "<[spring, summer]>" },
    ]);
    expect(result.ok && result.warnings).toEqual([
      "odd.gexf: 1 tie(s) have times that are not dates Backchannel reads (first: <[spring, summer]>); they are kept as attributes",
      'odd.gexf edge "e1": start "22/04/2025" is not a date Backchannel reads (YYYY, YYYY-MM, YYYY-MM-DD or written out, like 12 May 2025); kept as an attribute',
    ]);
  });
});

describe("GEXF dateTime times", () => {
  it("start/end, an intervals list and spells become dates; several intervals stay as written", () => {
    const { document, warnings } = open("gexf13-time-datetime.gexf");
    expect(warnings).toEqual([]);
    expect(document.ties.map((tie) => [tie.id, tie.time, tie.attributes])).toEqual([
      ["e1", { start: "2025-04-21", end: "2025-04-30" }, undefined],
      [
        "e2",
        { start: "2025-05-01", end: "2025-05-12" },
        {
          intervals:
            "<[2025-05-01T00:00:00, 2025-05-02T12:00:00]; [2025-05-10T08:00:00, 2025-05-12T08:00:00]>",
        },
      ],
      [
        "e3",
        { start: "2025-03-01", end: "2025-03-05" },
        {
          spells:
            "<[2025-03-01T10:00:00, 2025-03-01T11:00:00]; [2025-03-05T10:00:00, 2025-03-05T10:00:00]>",
        },
      ],
    ]);
  });
});
