// Colours as files write them in hex, in attribute values: Gephi's viz:color and yEd's fill are
// read as a `color` attribute; a spreadsheet may have a colour column. "Colour by" draws such an
// attribute as the file's own colours (view/colourBy.ts), and the GEXF export writes an actor's
// or a tie's `color` back as viz:color (io/exportGexf.ts), so Gephi shows it. Pure.

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
