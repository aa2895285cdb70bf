import { describe, expect, it } from "vitest";
import { creditLine } from "../../src/view/credit";
import type { NetworkDocument } from "../../src/schema/networkDocument";

const withSources = (sources: NetworkDocument["sources"]): NetworkDocument => ({
  format: "backchannel/1",
  title: "T",
  sources,
  actors: [],
  ties: [],
});

describe("the credit line under the picture and in exports", () => {
  it("names each source once, however many records credit it alike", () => {
    const imported = withSources([
      { id: "import-nodes-csv", publisher: "Imported file", title: "nodes.csv" },
      { id: "import-edges-csv", publisher: "Imported file", title: "edges.csv" },
    ]);
    expect(creditLine(imported)).toBe("Source: Imported file");
    const two = withSources([
      { id: "a", publisher: "Quds News Network", title: "One", cites: "Axios", date: "2025-05-13" },
      { id: "b", publisher: "Reuters", title: "Two", date: "2025-05" },
      {
        id: "c",
        publisher: "Quds News Network",
        title: "Three",
        cites: "Axios",
        date: "2025-05-13",
      },
    ]);
    expect(creditLine(two)).toBe(
      "Source: Quds News Network, citing Axios, 13 May 2025; Reuters, May 2025",
    );
  });
});
