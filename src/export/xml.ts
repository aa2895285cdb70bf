// XML helpers for markup built as strings: text and attribute values from user data can never
// open a tag or end an attribute (escaping is shared with the GEXF/GraphML writers).
import { escapeXmlAttribute } from "../io/xmlEscape";

/** Escapes text for element content or a double-quoted attribute value. */
export const escapeXml: (value: string) => string = escapeXmlAttribute;

/** ` name="value"` pairs, skipping undefined and empty values. */
export function attrs(values: Record<string, string | number | undefined>): string {
  let out = "";
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === "") continue;
    out += ` ${name}="${escapeXml(typeof value === "number" ? formatNumber(value) : value)}"`;
  }
  return out;
}

/** Numbers with at most two decimals and no "-0", so output is byte-stable. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/**
 * An XML id for a document id: the prefix ("actor-", "tie-"), then the id with any character an
 * id may not hold written as _uHEX_. Document ids are slugs (letters, digits, '.', '_', '-'), so
 * they come through unchanged: "actor-steve-witkoff".
 */
export function xmlId(prefix: string, id: string): string {
  let out = prefix;
  for (const ch of id)
    out += /[A-Za-z0-9._-]/.test(ch) ? ch : `_u${(ch.codePointAt(0) ?? 0).toString(16)}_`;
  return out;
}
