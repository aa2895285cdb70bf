// What a document should look like after a trip through GEXF, GraphML or CSV and back: the same
// actors and ties, with evidence pointing at the imported file (those formats carry attributions
// but not the sources themselves) and what each format cannot carry spelt out here.
import type { Actor, NetworkDocument, Tie } from "../../src/schema/networkDocument";

type Value = string | number | boolean | null;
type Attributes = Record<string, Value>;

/** A CSV cell as the importer reads it back: plain numbers and booleans typed, blanks gone. */
export function csvCell(value: Value): Value | undefined {
  if (value === null) return undefined;
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  if (trimmed === "true" || trimmed === "false") return trimmed === "true";
  const number = Number(trimmed);
  return Number.isFinite(number) && String(number) === trimmed ? number : value;
}

function keptAttributes(
  attributes: Attributes | undefined,
  format: "xml" | "csv",
  added: Attributes = {},
): Attributes | undefined {
  const entries: [string, Value][] = [];
  for (const [key, value] of Object.entries(attributes ?? {})) {
    const kept = format === "csv" ? csvCell(value) : value === null ? undefined : value;
    if (kept !== undefined) entries.push([key, kept]);
  }
  for (const [key, value] of Object.entries(added))
    if (!entries.some(([name]) => name === key)) entries.push([key, value]);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function exchangedActor(actor: Actor, format: "xml" | "csv"): Actor {
  const { attributes, description, ...rest } = actor;
  const kept = keptAttributes(attributes, format);
  let text: string | undefined = description;
  if (format === "csv" && description !== undefined) {
    const cell = csvCell(description);
    text = cell === undefined ? undefined : String(cell);
  }
  return {
    ...rest,
    ...(text !== undefined ? { description: text } : {}),
    ...(kept ? { attributes: kept } : {}),
  };
}

function exchangedTie(tie: Tie, sourceId: string, format: "xml" | "csv"): Tie {
  const { directed, attributes, evidence, ...rest } = tie;
  const quotes = evidence.flatMap((e) => (e.quote === undefined ? [] : [e.quote]));
  const quote = quotes.join(" | ");
  const added: Attributes = {
    sources: [...new Set(evidence.map((e) => e.source))].join("|"),
    ...(quote.length > 160 ? { quote } : {}),
  };
  const kept = keptAttributes(attributes, format, added);
  return {
    ...rest,
    ...(directed === false ? { directed: false } : {}),
    evidence: [
      {
        source: sourceId,
        attribution: evidence.map((e) => e.attribution).join(" | "),
        ...(quotes.length > 0 && quote.length <= 160 ? { quote } : {}),
      },
    ],
    ...(kept ? { attributes: kept } : {}),
  };
}

export function afterExchange(
  document: NetworkDocument,
  sourceId: string,
  format: "xml" | "csv",
): { actors: Actor[]; ties: Tie[] } {
  return {
    actors: document.actors.map((actor) => exchangedActor(actor, format)),
    ties: document.ties.map((tie) => exchangedTie(tie, sourceId, format)),
  };
}
