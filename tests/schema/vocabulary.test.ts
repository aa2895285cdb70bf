import { describe, expect, expectTypeOf, it } from "vitest";
import {
  ACTOR_KINDS,
  isOneOf,
  TIE_KINDS,
  TIE_STATUSES,
  tieFamily,
  type TieStatus,
} from "../../src/schema/vocabulary";

describe("isOneOf", () => {
  it("accepts the vocabulary's own words only, exactly as written", () => {
    expect(isOneOf(TIE_STATUSES, "alleged")).toBe(true);
    expect(isOneOf(ACTOR_KINDS, "armed-group")).toBe(true);
    expect(isOneOf(TIE_STATUSES, "Alleged")).toBe(false);
    expect(isOneOf(TIE_STATUSES, "rumoured")).toBe(false);
    expect(isOneOf(TIE_STATUSES, "constructor")).toBe(false);
    expect(isOneOf(TIE_STATUSES, undefined)).toBe(false);
    expect(isOneOf(TIE_STATUSES, ["alleged"])).toBe(false);
  });

  it("narrows the value to the vocabulary's type", () => {
    const word: unknown = "denied";
    if (isOneOf(TIE_STATUSES, word)) expectTypeOf(word).toEqualTypeOf<TieStatus>();
    else throw new Error("a status");
  });
});

describe("tieFamily", () => {
  it("puts a tie whose kind is other or not stated in no family the file did not state", () => {
    expect(tieFamily("other")).toBe("other");
    expect(tieFamily("guarantee")).toBe("action");
    expect(tieFamily("release")).toBe("action");
    expect(tieFamily("call")).toBe("communication");
    expect(tieFamily("holds-captive")).toBe("structural");
  });

  it("gives every other kind a family of the three the vocabulary names", () => {
    const families = TIE_KINDS.filter((kind) => kind !== "other").map(tieFamily);
    expect(new Set(families)).toEqual(new Set(["communication", "structural", "action"]));
  });
});
