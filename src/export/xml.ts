// XML escaping for markup built as strings: text and attribute values from user data can never
// open a tag or end an attribute.

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function escapeXml(value: string): string {
  // Also drop characters XML 1.0 forbids outright (control characters other than tab/newline).
  // eslint-disable-next-line no-control-regex
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    .replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

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
