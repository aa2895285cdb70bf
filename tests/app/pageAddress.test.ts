import { describe, expect, it } from "vitest";
import { hashFor, pagePrefix, readPageAddress, viewPart } from "../../src/app/pageAddress";

describe("the page's address in the URL hash", () => {
  it("reads the stored network and edit mode, and ignores what is not an id", () => {
    expect(readPageAddress("#net=abc123&edit=1&actor=x")).toEqual({ net: "abc123", editing: true });
    expect(readPageAddress("#actor=x")).toEqual({ net: undefined, editing: false });
    expect(readPageAddress("#net=<script>")).toEqual({ net: undefined, editing: false });
  });

  it("keeps the view's parameters exactly as written", () => {
    expect(viewPart("#net=abc&view=1.5,2,0.8&actor=x")).toBe("view=1.5,2,0.8&actor=x");
    expect(viewPart("#edit=1")).toBe("");
  });

  it("writes the page part first", () => {
    expect(pagePrefix({ net: "abc", editing: true })).toBe("net=abc&edit=1");
    expect(hashFor({ net: "abc", editing: false }, "actor=x")).toBe("net=abc&actor=x");
    expect(hashFor({ net: undefined, editing: false }, "actor=x")).toBe("actor=x");
    expect(hashFor({ net: undefined, editing: false }, "")).toBe("");
  });
});
