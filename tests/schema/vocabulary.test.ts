import { describe, expect, expectTypeOf, it } from "vitest";
import { ACTOR_KINDS, isOneOf, TIE_STATUSES, type TieStatus } from "../../src/schema/vocabulary";

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
