// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { reportUncaught } from "../../src/app/faults";

describe("errors nothing else caught", () => {
  it("are said once each, but not the browser's resize notes", () => {
    const said: string[] = [];
    const stop = reportUncaught((message) => said.push(message));
    const fire = (message: string, error?: Error) =>
      window.dispatchEvent(new ErrorEvent("error", { message, error }));
    fire("ResizeObserver loop completed with undelivered notifications.");
    fire("Script error.");
    expect(said).toEqual([]);
    fire("Uncaught Error: a handler bug", new Error("a handler bug"));
    fire("Uncaught Error: a handler bug", new Error("a handler bug"));
    expect(said).toEqual([
      "Something went wrong: a handler bug. The network stays open; reload the page if something looks wrong.",
    ]);
    stop();
  });
});
