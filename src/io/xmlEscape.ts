// Text into XML for the hand-written GEXF and GraphML: markup characters escaped, line breaks and
// tabs kept as character references (attribute values would otherwise fold them into spaces), and
// characters XML 1.0 cannot carry at all replaced by U+FFFD.

// Matching the control characters XML forbids is the point here.
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const REFERENCES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** For a value between double quotes. */
export function escapeXmlAttribute(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "\uFFFD")
    .replace(/[&<>"'\t\n\r]/g, (c) => REFERENCES[c] ?? c);
}

/** For element content (line breaks stay; a carriage return would be read as a line break). */
export function escapeXmlText(text: string): string {
  return text.replace(INVALID_XML_CHARS, "\uFFFD").replace(/[&<>\r]/g, (c) => REFERENCES[c] ?? c);
}

/** Text as an XML reader gets it back from either escape above. */
export function xmlSafeText(text: string): string {
  return text.replace(INVALID_XML_CHARS, "\uFFFD");
}
