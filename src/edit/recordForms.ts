// Between records and the editor's forms: what a form shows for a record (every value as text),
// and the record a filled-in form describes. Pure: the forms themselves live in render/editor/,
// and the record is validated by the schemas when the edit is committed (commitEdit.ts). A record
// that goes through its form unchanged comes back identical (fields the form does not show, such
// as attributes, are kept from the record being edited).
import {
  FORMAT_TAG,
  type Actor,
  type Evidence,
  type NetworkDocument,
  type Source,
  type Tie,
  type TieTime,
} from "../schema/networkDocument";
import type { ActorKind, TieKind, TieStatus } from "../schema/vocabulary";
import { datePrecision } from "../schema/partialDate";
import type { NetworkDetails } from "./documentPatch";
import { flag, freeText, isBlank, lineList, lines, setOrDelete, trimmedText } from "./formValues";

export { lines };

/** How precisely a tie's time is known, as the form asks it. */
export type TimeForm =
  | { precision: "undated" }
  | { precision: "day" | "month" | "year"; date: string; approximate: boolean; label: string }
  /** From and to; either may be empty ("until 12 May", "from March"). */
  | { precision: "range"; start: string; end: string; approximate: boolean; label: string };
export type TimeFormPrecision = TimeForm["precision"];

export interface ActorForm {
  name: string;
  kind: ActorKind;
  role: string;
  /** One per line. */
  aliases: string;
  /** One per line. */
  affiliations: string;
  description: string;
  /** One per line. */
  links: string;
}

export interface EvidenceForm {
  source: string;
  attribution: string;
  quote: string;
}

export interface TieForm {
  source: string;
  target: string;
  kind: TieKind;
  /** The file's or report's own word for the tie ("phoned"); empty: none. */
  label: string;
  directed: boolean;
  time: TimeForm;
  /** The number as typed; empty with an empty unit: no count. */
  count: string;
  countUnit: string;
  countApproximate: boolean;
  /** Empty: not stated. */
  status: TieStatus | "";
  note: string;
  summary: string;
  evidence: EvidenceForm[];
}

export interface SourceForm {
  publisher: string;
  title: string;
  date: string;
  url: string;
  cites: string;
}

export interface DetailsForm {
  title: string;
  description: string;
  asOf: string;
}

// ── Actors ───────────────────────────────────────────────────────────────────

export function actorForm(actor?: Actor): ActorForm {
  return {
    name: actor?.name ?? "",
    kind: actor?.kind ?? "person",
    role: actor?.role ?? "",
    aliases: (actor?.aliases ?? []).join("\n"),
    affiliations: (actor?.affiliations ?? []).join("\n"),
    description: actor?.description ?? "",
    links: (actor?.links ?? []).join("\n"),
  };
}

/** The actor a form describes; fields the form does not show (attributes) are kept from `base`. */
export function actorFromForm(form: ActorForm, id: string, base?: Actor): Actor {
  const actor: Actor = { ...base, id, name: form.name.trim(), kind: form.kind };
  trimmedText(actor, "role", form.role);
  lineList(actor, "aliases", form.aliases, base?.aliases);
  lineList(actor, "affiliations", form.affiliations, base?.affiliations);
  freeText(actor, "description", form.description, base?.description);
  lineList(actor, "links", form.links, base?.links);
  return actor;
}

// ── Time ─────────────────────────────────────────────────────────────────────

export function timeForm(time: TieTime | undefined): TimeForm {
  if (!time || (time.start === undefined && time.end === undefined))
    return { precision: "undated" };
  const approximate = time.approximate === true;
  const label = time.label ?? "";
  if (time.start !== undefined && time.end === undefined)
    return { precision: datePrecision(time.start), date: time.start, approximate, label };
  return { precision: "range", start: time.start ?? "", end: time.end ?? "", approximate, label };
}

/** The time a form describes; `before` keeps an explicit `approximate: false`. */
export function timeFromForm(form: TimeForm, before?: TieTime): TieTime | undefined {
  if (form.precision === "undated") return undefined;
  const time: TieTime = {};
  if (form.precision === "range") {
    trimmedText(time, "start", form.start);
    trimmedText(time, "end", form.end);
  } else trimmedText(time, "start", form.date);
  setOrDelete(time, "approximate", flag(form.approximate, before?.approximate));
  trimmedText(time, "label", form.label);
  return time;
}

// ── Ties ─────────────────────────────────────────────────────────────────────

export function tieForm(tie?: Partial<Tie>): TieForm {
  return {
    source: tie?.source ?? "",
    target: tie?.target ?? "",
    kind: tie?.kind ?? "message",
    label: tie?.label ?? "",
    directed: tie?.directed !== false,
    time: timeForm(tie?.time),
    count: tie?.count ? String(tie.count.value) : "",
    countUnit: tie?.count?.unit ?? "",
    countApproximate: tie?.count?.approximate === true,
    status: tie?.status ?? "",
    note: tie?.note ?? "",
    summary: tie?.summary ?? "",
    evidence: (tie?.evidence ?? []).map((e) => ({
      source: e.source,
      attribution: e.attribution,
      quote: e.quote ?? "",
    })),
  };
}

/**
 * The tie a form describes. Every evidence row becomes a piece of evidence (rows are removed with
 * their own button), so problem paths such as `evidence[1].attribution` name the row on screen.
 * A count whose number is missing or not a number is kept as NaN: checkTieForm names it.
 */
export function tieFromForm(form: TieForm, id: string, base?: Tie): Tie {
  const evidence: Evidence[] = form.evidence.map((e, index) => {
    const item: Evidence = { source: e.source.trim(), attribution: e.attribution.trim() };
    freeText(item, "quote", e.quote, base?.evidence[index]?.quote);
    return item;
  });
  const tie = {
    ...base,
    id,
    source: form.source,
    target: form.target,
    kind: form.kind,
    evidence,
  } as Tie;
  trimmedText(tie, "label", form.label);
  setOrDelete(tie, "directed", form.directed ? base?.directed === true || undefined : false);
  setOrDelete(tie, "time", timeFromForm(form.time, base?.time));
  if (!isBlank(form.count) || !isBlank(form.countUnit)) {
    const text = form.count.trim();
    tie.count = { value: text === "" ? Number.NaN : Number(text), unit: form.countUnit.trim() };
    setOrDelete(tie.count, "approximate", flag(form.countApproximate, base?.count?.approximate));
  } else delete tie.count;
  trimmedText(tie, "summary", form.summary);
  setOrDelete(tie, "status", form.status === "" ? undefined : form.status);
  trimmedText(tie, "note", form.note);
  return tie;
}

/**
 * What the form itself can say before the schemas see the tie: choices left unmade and a count
 * that is not a number (the schema would only say "expected a number"). Paths as commitPatch's.
 */
export function checkTieForm(form: TieForm): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (form.source === "")
    problems.push({ path: "source", message: "choose the actor the tie goes from" });
  if (form.target === "")
    problems.push({ path: "target", message: "choose the actor the tie goes to" });
  if (!isBlank(form.count) || !isBlank(form.countUnit)) {
    const value = Number(form.count.trim());
    if (isBlank(form.count) || !Number.isFinite(value))
      problems.push({
        path: "count.value",
        message: "write the count as a number (e.g. 20), or leave count and unit empty",
      });
  }
  if (form.evidence.length === 0)
    problems.push({ path: "evidence", message: "every tie needs at least one piece of evidence" });
  form.evidence.forEach((e, index) => {
    if (e.source.trim() === "")
      problems.push({
        path: `evidence[${index}].source`,
        message: "choose the source this evidence comes from",
      });
  });
  return problems;
}

// ── Sources ──────────────────────────────────────────────────────────────────

export function sourceForm(source?: Source): SourceForm {
  return {
    publisher: source?.publisher ?? "",
    title: source?.title ?? "",
    date: source?.date ?? "",
    url: source?.url ?? "",
    cites: source?.cites ?? "",
  };
}

/** The source a form describes; its notes (not in the form) are kept from `base`. */
export function sourceFromForm(form: SourceForm, id: string, base?: Source): Source {
  const source: Source = {
    ...base,
    id,
    publisher: form.publisher.trim(),
    title: form.title.trim(),
  };
  trimmedText(source, "date", form.date);
  trimmedText(source, "url", form.url);
  trimmedText(source, "cites", form.cites);
  return source;
}

// ── The network's details ────────────────────────────────────────────────────

export function detailsForm(details: NetworkDetails): DetailsForm {
  return {
    title: details.title,
    description: details.description ?? "",
    asOf: details.asOf ?? "",
  };
}

export function detailsFromForm(form: DetailsForm, before?: NetworkDetails): NetworkDetails {
  const details: NetworkDetails = { title: form.title.trim() };
  freeText(details, "description", form.description, before?.description);
  trimmedText(details, "asOf", form.asOf);
  return details;
}

/** An empty network to start from: a title, no actors, ties or sources. */
export function emptyDocument(title = "Untitled network"): NetworkDocument {
  return { format: FORMAT_TAG, title, sources: [], actors: [], ties: [] };
}
