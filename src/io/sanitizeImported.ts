// One pass over every imported document, whatever its format (importFiles applies it where the
// importers' results meet, so no importer needs to know): hidden characters out of every text
// (hiddenCharacters.ts: bidi controls and invisible format characters), over-long texts cut, and a
// warning naming the actor, tie or source each change was made to. Ids are slugs and links are
// checked URLs, so they are left alone. Records with nothing to change are kept as they are.
import type { Actor, NetworkDocument, Source, Tie } from "../schema/networkDocument";
import { removeHiddenCharacters, truncateText } from "./hiddenCharacters";
import { IMPORT_LIMITS } from "./importLimits";

const LINE = IMPORT_LIMITS.maxLineLength;
const TEXT = IMPORT_LIMITS.maxTextLength;
/** What a required text shows when it held nothing but hidden characters. */
export const ONLY_HIDDEN = "(only hidden characters)";

type Attributes = NonNullable<Actor["attributes"]>;

/** Cleans the texts of one record and remembers what it changed, for one warning. */
class RecordCleaner {
  private readonly removed = new Set<string>();
  private readonly removedFrom: string[] = [];
  private readonly cut: string[] = [];
  private bidi = false;

  get changed(): boolean {
    return this.removedFrom.length > 0 || this.cut.length > 0;
  }

  /** The text cleaned and cut to `limit`; "" when nothing visible is left. */
  text(value: string, field: string, limit: number, line: boolean): string {
    let text = value;
    const cleaned = removeHiddenCharacters(text);
    if (cleaned.removed.length > 0) {
      for (const code of cleaned.removed) this.removed.add(code);
      this.bidi ||= cleaned.bidi;
      if (!this.removedFrom.includes(field)) this.removedFrom.push(field);
      text = line ? cleaned.text.trim() : cleaned.text;
    }
    if (text.length > limit) {
      this.cut.push(`its ${field} to ${count(limit)} characters (it had ${count(text.length)})`);
      text = truncateText(text, limit);
    }
    return text;
  }

  required(value: string, field: string, limit: number): string {
    const text = this.text(value, field, limit, true);
    return text.trim() === "" ? ONLY_HIDDEN : text;
  }

  optional(value: string | undefined, field: string, limit: number, line = true) {
    if (value === undefined) return undefined;
    const text = this.text(value, field, limit, line);
    return text.trim() === "" && value.trim() !== "" ? undefined : text;
  }

  list(values: readonly string[] | undefined, field: string): string[] | undefined {
    if (values === undefined) return undefined;
    const kept: string[] = [];
    for (const value of values) {
      const text = this.text(value, field, LINE, true);
      if (text !== "") kept.push(text);
    }
    return kept.length > 0 ? kept : undefined;
  }

  attributes(attributes: Attributes | undefined): Attributes | undefined {
    if (attributes === undefined) return undefined;
    const entries = new Map<string, Attributes[string]>();
    for (const [key, value] of Object.entries(attributes)) {
      const name = this.text(key, "attribute names", LINE, true) || ONLY_HIDDEN;
      if (entries.has(name)) continue;
      entries.set(
        name,
        typeof value === "string"
          ? this.text(value, `attribute "${short(name)}"`, TEXT, false)
          : value,
      );
    }
    return Object.fromEntries(entries);
  }

  /** The warnings for `what` ("actor "Hamas""), if anything changed. */
  warnings(what: string): string[] {
    const out: string[] = [];
    if (this.removedFrom.length > 0)
      out.push(
        `${what}: removed hidden characters (${[...this.removed].slice(0, 6).join(", ")}) from its ${this.removedFrom.join(", ")}${
          this.bidi ? "; direction controls can make text read other than it is written" : ""
        }`,
      );
    if (this.cut.length > 0) out.push(`${what}: cut ${this.cut.join(", ")}`);
    return out;
  }
}

const count = (n: number) => n.toLocaleString("en");
const short = (text: string) => truncateText(text, 60);

/** Sets or removes an optional field of a copy. */
function assign<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined) {
  if (value === undefined) delete record[key];
  else record[key] = value;
}

function cleanActor(actor: Actor, warnings: string[]): Actor {
  const cleaner = new RecordCleaner();
  const text = cleaner.text(actor.name, "name", LINE, true);
  const name = text.trim() === "" ? actor.id : text;
  const aliases = cleaner.list(actor.aliases, "aliases");
  const role = cleaner.optional(actor.role, "role", LINE);
  const affiliations = cleaner.list(actor.affiliations, "affiliations");
  const description = cleaner.optional(actor.description, "description", TEXT, false);
  const attributes = cleaner.attributes(actor.attributes);
  if (!cleaner.changed) return actor;
  warnings.push(...cleaner.warnings(`actor "${short(name)}"`));
  const next: Actor = { ...actor, name };
  assign(next, "aliases", aliases);
  assign(next, "role", role);
  assign(next, "affiliations", affiliations);
  assign(next, "description", description);
  assign(next, "attributes", attributes);
  return next;
}

function cleanTie(tie: Tie, warnings: string[]): Tie {
  const cleaner = new RecordCleaner();
  const summary = cleaner.optional(tie.summary, "summary", TEXT);
  const label = cleaner.optional(tie.label, "label", LINE);
  // An inferred tie needs its note: one of hidden characters only is marked, not dropped.
  const note = tie.note === undefined ? undefined : cleaner.required(tie.note, "note", TEXT);
  const timeLabel = cleaner.optional(tie.time?.label, "time label", LINE);
  const unit = tie.count && cleaner.required(tie.count.unit, "count unit", LINE);
  const evidence = tie.evidence.map((item) => {
    const attribution = cleaner.required(item.attribution, "attribution", LINE);
    const quote = cleaner.optional(item.quote, "quote", TEXT, false);
    const next = { ...item, attribution };
    assign(next, "quote", quote);
    return next;
  });
  const attributes = cleaner.attributes(tie.attributes);
  if (!cleaner.changed) return tie;
  warnings.push(...cleaner.warnings(`tie "${tie.id}"`));
  const next: Tie = { ...tie, evidence };
  assign(next, "summary", summary);
  assign(next, "label", label);
  assign(next, "note", note);
  if (tie.time) {
    const time = { ...tie.time };
    assign(time, "label", timeLabel);
    next.time = time;
  }
  if (tie.count && unit !== undefined) next.count = { ...tie.count, unit };
  assign(next, "attributes", attributes);
  return next;
}

function cleanSource(source: Source, warnings: string[]): Source {
  const cleaner = new RecordCleaner();
  const publisher = cleaner.required(source.publisher, "publisher", LINE);
  const title = cleaner.required(source.title, "title", LINE);
  const cites = cleaner.optional(source.cites, "cites", LINE);
  const notes = cleaner.optional(source.notes, "notes", TEXT, false);
  if (!cleaner.changed) return source;
  warnings.push(...cleaner.warnings(`source "${source.id}"`));
  const next: Source = { ...source, publisher, title };
  assign(next, "cites", cites);
  assign(next, "notes", notes);
  return next;
}

/** The document with every text cleaned and cut, and a warning for each record changed. */
export function sanitizeImported(document: NetworkDocument): {
  document: NetworkDocument;
  warnings: string[];
} {
  const warnings: string[] = [];
  const cleaner = new RecordCleaner();
  const title = cleaner.required(document.title, "title", LINE);
  const description = cleaner.optional(document.description, "description", TEXT, false);
  const head = cleaner.warnings("the network");
  const sources = document.sources.map((source) => cleanSource(source, warnings));
  const actors = document.actors.map((actor) => cleanActor(actor, warnings));
  const ties = document.ties.map((tie) => cleanTie(tie, warnings));
  const next: NetworkDocument = { ...document, title, sources, actors, ties };
  assign(next, "description", description);
  return { document: next, warnings: [...head, ...warnings] };
}
