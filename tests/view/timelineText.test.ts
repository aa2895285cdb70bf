import { describe, expect, it } from "vitest";
import {
  axisName,
  tieTitle,
  timelineLabel,
  timelineNote,
  undatedNote,
} from "../../src/view/timelineText";
import { layoutTimeline } from "../../src/view/timelineLayout";
import { seedActorGraph } from "../fixtures/seedGraph";

const graph = seedActorGraph();

describe("what the timeline says", () => {
  const none = { window: null, playhead: null, playDate: null, total: 12 };
  const april = { from: "2025-04-21", to: "2025-05-12" };

  it("always states the window, alone or beside the replay's date", () => {
    expect(timelineLabel(none)).toBe("All dates");
    expect(timelineLabel({ ...none, window: april })).toBe("21 April – 12 May 2025");
    expect(timelineLabel({ ...none, window: { from: "2025-03", to: "2025-03" } })).toBe(
      "March 2025",
    );
    expect(timelineLabel({ ...none, playhead: 0 })).toBe("Start · 0 of 12 dated ties");
    expect(timelineLabel({ ...none, playhead: 1, playDate: "2024" })).toBe(
      "2024 · 1 of 12 dated ties",
    );
    expect(timelineLabel({ ...none, window: april, playhead: 5, playDate: "22 April 2025" })).toBe(
      "22 April 2025 · 5 of 12 dated ties · within 21 April – 12 May 2025",
    );
  });

  it("says how undated ties are treated", () => {
    expect(undatedNote(13)).toBe(
      "13 undated ties: not on the axis. Play shows them throughout; a date window hides them.",
    );
    expect(undatedNote(1)).toBe(
      "1 undated tie: not on the axis. Play shows it throughout; a date window hides it.",
    );
  });

  it("says how a histogram is drawn, with undated ties only when there are some", () => {
    expect(timelineNote(15000, 0, true)).toBe("15,000 dated ties, as a histogram.");
    expect(timelineNote(2, 1, true)).toBe(
      "2 dated ties, as a histogram. 1 undated tie: not on the axis. Play shows it throughout; a date window hides it.",
    );
    expect(timelineNote(12, 13, false)).toBe(
      "13 undated ties: not on the axis. Play shows them throughout; a date window hides them.",
    );
    expect(timelineNote(12, 0, false)).toBe("");
    expect(timelineNote(0, 45, false)).toBe(
      "No tie is dated (45 ties), so there is no timeline to show.",
    );
    expect(timelineNote(0, 0, false)).toBe("");
  });

  it("names each mark with its tie (names isolated, U+2068…U+2069) and its date at its precision", () => {
    expect(tieTitle(graph, "bahbah-supports-trump")).toBe(
      "\u2068Bishara Bahbah\u2069 → \u2068Donald Trump\u2069: supports, 2024",
    );
    expect(tieTitle(graph, "hamas-official-contacts-bahbah")).toBe(
      "\u2068Hamas official outside Gaza\u2069 → \u2068Bishara Bahbah\u2069: message, c. 21–30 April 2025",
    );
    expect(tieTitle(graph, "al-thani-meets-trump")).toBe(
      "\u2068Mohammed bin Abdul Rahman al-Thani\u2069 ↔ \u2068Donald Trump\u2069: meeting, 22 April 2025",
    );
  });

  it("names the axis with its span and its compressed stretch", () => {
    expect(axisName(layoutTimeline(graph, 600))).toBe(
      "Timeline of 12 dated ties from January 2024 to May 2025, 1 stretch with few ties compressed; 13 undated",
    );
  });
});
