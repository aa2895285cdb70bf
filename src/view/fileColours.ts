// The file's own colours: an actor attribute whose every stated value is a hex colour (Gephi's
// viz:color and yEd's fill, read as `color`; a spreadsheet's colour column) colours each actor as
// the file does, instead of through the palette. Pure.

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** "#e41a1c", "#E41A1C80", "#fc0": a colour as files write it in hex. */
export function isHexColour(value: unknown): value is string {
  return typeof value === "string" && HEX.test(value.trim());
}

/** The colour as #rrggbb, lower case, its alpha dropped: an actor is drawn solid. */
export function solidColour(hex: string): string {
  const digits = hex.trim().slice(1).toLowerCase();
  const rgb =
    digits.length <= 4
      ? [...digits.slice(0, 3)].map((digit) => digit + digit).join("")
      : digits.slice(0, 6);
  return `#${rgb}`;
}
