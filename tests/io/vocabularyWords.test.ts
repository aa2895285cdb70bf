import { describe, expect, it } from "vitest";
import {
  actorKindOf,
  isKindName,
  tieKindOf,
  tieStatusOf,
  vocabularyKey,
} from "../../src/io/vocabularyWords";

describe("the file's words for tie kinds", () => {
  it.each([
    ["meeting", "meeting"],
    ["Met", "meeting"],
    ["meets", "meeting"],
    ["call", "call"],
    ["Called", "call"],
    ["PHONED", "call"],
    ["phone", "call"],
    ["phone call", "call"],
    ["message", "message"],
    ["messaged", "message"],
    ["SMS", "message"],
    ["text", "message"],
    ["e-mail", "message"],
    ["Email", "message"],
    ["letter", "message"],
    ["negotiation", "negotiation"],
    ["negotiated", "negotiation"],
    ["talks", "negotiation"],
    ["proposal", "proposal"],
    ["relay", "relay"],
    ["Envoy of", "envoy-of"],
    ["envoy_of", "envoy-of"],
    ["holds captive", "holds-captive"],
  ] as const)("reads %j as %s", (word, kind) => {
    expect(tieKindOf(word)).toBe(kind);
  });

  it.each([
    ["Réunion", "meeting"],
    ["reunión", "meeting"],
    ["Treffen", "meeting"],
    ["appel", "call"],
    ["Appel téléphonique", "call"],
    ["llamada", "call"],
    ["Anruf", "call"],
    ["mensaje", "message"],
    ["Nachricht", "message"],
    ["courriel", "message"],
    ["négociations", "negotiation"],
    ["Verhandlungen", "negotiation"],
    ["propuesta", "proposal"],
    ["liqaa", "meeting"],
    ["ittisal", "call"],
    ["risala", "message"],
    ["مفاوضات", "negotiation"],
  ] as const)("reads %j (another language) as %s", (word, kind) => {
    expect(tieKindOf(word)).toBe(kind);
  });

  it("matches whole words and phrases only: nothing is guessed from a sentence", () => {
    expect(tieKindOf("White House meeting")).toBeUndefined();
    expect(tieKindOf("met twice")).toBeUndefined();
    expect(tieKindOf("")).toBeUndefined();
  });

  it.each(["constructor", "Constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])(
    "treats %j as a word like any other: not a kind, no crash",
    (word) => {
      expect(tieKindOf(word)).toBeUndefined();
      expect(actorKindOf(word)).toBeUndefined();
      expect(tieStatusOf(word)).toBeUndefined();
    },
  );

  it("tells a kind's own name from another word for it", () => {
    expect(isKindName("Meeting", "meeting")).toBe(true);
    expect(isKindName("Envoy of", "envoy-of")).toBe(true);
    expect(isKindName("met", "meeting")).toBe(false);
  });

  it("normalises case, accents, spacing, underscores and hyphens", () => {
    expect(vocabularyKey("  Appel  Téléphonique ")).toBe("appel-telephonique");
    expect(vocabularyKey("armed_group")).toBe("armed-group");
    expect(vocabularyKey("e--mail")).toBe("e-mail");
  });
});

describe("the file's words for actor kinds", () => {
  it.each([
    ["Person", "person"],
    ["organization", "organisation"],
    ["NGO", "organisation"],
    ["armed group", "armed-group"],
    ["militia", "armed-group"],
    ["Government", "government"],
    ["gobierno", "government"],
    ["Regierung", "government"],
    ["newspaper", "media"],
  ] as const)("reads %j as %s", (word, kind) => {
    expect(actorKindOf(word)).toBe(kind);
  });

  it("leaves a word it does not know unread", () => {
    expect(actorKindOf("Politician")).toBeUndefined();
  });
});

describe("the file's words for statuses", () => {
  it("reads the vocabulary's own words, whatever their case", () => {
    expect(tieStatusOf("Confirmed")).toBe("confirmed");
    expect(tieStatusOf("INFERRED")).toBe("inferred");
  });

  it("does not guess a claim's strength from other words", () => {
    expect(tieStatusOf("rumoured")).toBeUndefined();
    expect(tieStatusOf("likely")).toBeUndefined();
  });
});
