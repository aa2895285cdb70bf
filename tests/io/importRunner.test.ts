import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createImporter, type ImportChannel } from "../../src/io/importRunner";
import {
  PART_SIZE,
  resultReplies,
  type ImportReply,
  type ImportRequest,
} from "../../src/io/importProtocol";
import { largeNetworkDocument } from "../fixtures/largeNetwork";
import { importFromFiles } from "../../src/io/importFromFiles";

const seedText = readFileSync("data/edan-alexander-backchannel.json", "utf8");
const seedFile = () => new File([seedText], "seed.json", { type: "application/json" });
const badFile = () => new File(["{ nope"], "bad.json");

/** A channel that answers like the worker, after a turn of the event loop, and records requests. */
function fakeChannel(sent: ImportRequest[]): ImportChannel {
  let reply: (reply: ImportReply) => void = () => undefined;
  return {
    send(request) {
      sent.push(request);
      void importFromFiles(request.files, { allowLarge: request.allowLarge === true }).then(
        (result) => reply({ id: request.id, result }),
      );
    },
    listen(onReply) {
      reply = onReply;
    },
    close: () => undefined,
  };
}

describe("importing off the page's thread", () => {
  it("sends the files to the worker and gives back its validated document", async () => {
    const sent: ImportRequest[] = [];
    let created = 0;
    const importer = createImporter(() => {
      created++;
      return fakeChannel(sent);
    });
    const [first, second] = await Promise.all([
      importer.importFiles([seedFile()]),
      importer.importFiles([badFile()]),
    ]);
    expect(first.ok && first.document.actors).toHaveLength(15);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.problems[0]?.message).toMatch(/not valid JSON/);
    // One worker for every import, each request matched to its own reply.
    expect(created).toBe(1);
    expect(sent.map((request) => request.id)).toEqual([1, 2]);
  });

  it("receives a large document in parts and puts it back together, in order", async () => {
    const document = largeNetworkDocument({ actors: 2500, ties: 4500, seed: 5 });
    const replies = resultReplies(7, { ok: true, document, warnings: ["w"] });
    // 2 500 actors in 5 parts of 500, 4 500 ties in 9, then the rest of the document.
    expect(replies.map((reply) => Object.keys(reply)[1])).toEqual([
      ...new Array<string>(14).fill("part"),
      "result",
    ]);
    expect(PART_SIZE).toBe(500);
    const importer = createImporter(() => {
      let reply: (reply: ImportReply) => void = () => undefined;
      return {
        send: (request) =>
          queueMicrotask(() => {
            for (const part of resultReplies(request.id, { ok: true, document, warnings: ["w"] }))
              reply(part);
          }),
        listen(onReply) {
          reply = onReply;
        },
      };
    });
    expect(await importer.importFiles([seedFile()])).toEqual({
      ok: true,
      document,
      warnings: ["w"],
    });
    // A small document and a failure go in one reply.
    expect(resultReplies(1, { ok: false, problems: [] })).toHaveLength(1);
  });

  it("imports on this thread where there is no worker, with the same result", async () => {
    const importer = createImporter(() => undefined);
    const result = await importer.importFiles([seedFile()]);
    const direct = await importFromFiles([seedFile()]);
    expect(result).toEqual(direct);
  });

  it("hands pending imports to this thread when the worker breaks, and starts a new one next time", async () => {
    let fail: (reason: string) => void = () => undefined;
    let created = 0;
    let closed = 0;
    const importer = createImporter(() => {
      created++;
      return {
        send: () => queueMicrotask(() => fail("the import worker failed to start")),
        listen: (_reply, onFailure) => {
          fail = onFailure;
        },
        close: () => void closed++,
      };
    });
    const result = await importer.importFiles([seedFile()]);
    expect(result.ok && result.document.ties).toHaveLength(25);
    expect(closed).toBe(1);
    const later = await importer.importFiles([seedFile()]);
    expect(later.ok).toBe(true);
    expect(created).toBe(2);
  });

  it("restarts a worker that died while idle, for the next import", async () => {
    const sent: ImportRequest[] = [];
    const channels: { die(): void; closed: boolean }[] = [];
    const importer = createImporter(() => {
      const inner = fakeChannel(sent);
      let onFailure: (reason: string) => void = () => undefined;
      const record = { die: () => onFailure("the import worker stopped"), closed: false };
      channels.push(record);
      return {
        send: (request) => inner.send(request),
        listen(onReply, failed) {
          onFailure = failed;
          inner.listen(onReply, failed);
        },
        close: () => void (record.closed = true),
      };
    });
    expect((await importer.importFiles([seedFile()])).ok).toBe(true);
    channels[0]!.die();
    expect(channels[0]!.closed).toBe(true);
    const next = await importer.importFiles([seedFile()]);
    expect(next.ok && next.document.actors).toHaveLength(15);
    expect(channels).toHaveLength(2);
    expect(sent.map((request) => request.id)).toEqual([1, 2]);
  });

  it("names the file that cannot be read", async () => {
    const unreadable = Object.assign(new Blob(["x"]), {
      name: "gone.gexf",
      arrayBuffer: () => Promise.reject(new Error("the file was moved")),
    }) as unknown as File;
    const result = await importFromFiles([unreadable]);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: "gone.gexf", message: "could not be read: the file was moved" }],
    });
  });
});

describe("a large GEXF through the worker", () => {
  it("hands over the actors' kinds first, then the document", async () => {
    const { exportGexf } = await import("../../src/io/exportGexf");
    const { largeNetworkDocument } = await import("../fixtures/largeNetwork");
    const document = largeNetworkDocument({ actors: 200, ties: 400, seed: 9 });
    const gexf = new File([exportGexf(document).text], "large.gexf");
    const sent: ImportRequest[] = [];
    const importer = createImporter(() => {
      let reply: (reply: ImportReply) => void = () => undefined;
      return {
        send(request) {
          sent.push(request);
          void importFromFiles(request.files, {
            onActors: (actors) => reply({ id: request.id, actors }),
          }).then((result) => reply({ id: request.id, result }));
        },
        listen(onReply) {
          reply = onReply;
        },
        close: () => undefined,
      };
    });
    const order: string[] = [];
    const result = await importer.importFiles([gexf], {
      onActors: (actors) => order.push(`actors ${actors.kinds.length}`),
    });
    order.push("result");
    expect(order).toEqual(["actors 200", "result"]);
    expect(result.ok && result.document.actors).toHaveLength(200);
  });
});

describe("limits checked before the page does the work", () => {
  /** 20,000 ties among 1,000 actors: above the 15,000 ties the page opens without asking. */
  const largeFile = () => {
    const lines = ["Source,Target"];
    for (let i = 0; i < 20_000; i++) lines.push(`a${i % 1000},a${(i + 1) % 1000}`);
    return new File([lines.join("\n")], "large.csv", { type: "text/csv" });
  };

  it("asks before opening a large network, and reads it again when the answer is yes", async () => {
    const sent: ImportRequest[] = [];
    const asked: unknown[] = [];
    const importer = createImporter(() => fakeChannel(sent));
    const result = await importer.importFiles([largeFile()], {
      askLarge: (size) => {
        asked.push(size);
        return Promise.resolve(true);
      },
    });
    expect(asked).toEqual([{ actors: 1000, ties: 20_000 }]);
    expect(sent.map((request) => request.allowLarge)).toEqual([undefined, true]);
    expect(result.ok && result.document.ties).toHaveLength(20_000);
  });

  it("opens nothing when the answer is no, and says so", async () => {
    const sent: ImportRequest[] = [];
    const importer = createImporter(() => fakeChannel(sent));
    const result = await importer.importFiles([largeFile()], {
      askLarge: () => Promise.resolve(false),
    });
    expect(sent).toHaveLength(1);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "large.csv",
          message: "not opened (1,000 actors and 20,000 ties): you chose not to",
        },
      ],
    });
  });

  it("refuses files over 32 MiB without sending them anywhere", async () => {
    const sent: ImportRequest[] = [];
    const importer = createImporter(() => fakeChannel(sent));
    const huge = new File([new Uint8Array(33 * 1024 * 1024)], "huge.gexf");
    const result = await importer.importFiles([huge]);
    expect(sent).toEqual([]);
    expect(!result.ok && result.problems[0]?.message).toBe(
      "34.6 MB is more than Backchannel opens (33.6 MB); nothing was read",
    );
  });
});
