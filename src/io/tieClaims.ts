// What a foreign record says a tie is and how solid it is, in its own words: the kind (from its
// kind, type or relation value, else its label) with the file's word kept as the tie's label, and
// a status only where the file states one (with the editor's note an inferred tie needs).
// Nothing is invented: no kind word, status or note the file does not give. Pure.
import type { TieKind, TieStatus } from "../schema/vocabulary";
import { TIE_KIND_LABELS } from "../schema/vocabulary";
import { TIE_FIELD_KEYS } from "./fieldNames";
import type { ValueBag } from "./foreignGraph";
import { textOf } from "./foreignValues";
import {
  attributeValueOf,
  dropRepeats,
  takeEntry,
  type AttributeValue,
  type Entry,
} from "./valueBag";
import { isKindName, tieKindOf, tieStatusOf, vocabularyKey } from "./vocabularyWords";

const sameWord = (a: string, b: string) => vocabularyKey(a) === vocabularyKey(b);

/**
 * A tie's kind from the file's words — its kind, type or relation value, else its label — and the
 * file's own word for it. A word that only names the kind ("meeting", "Envoy of") says nothing
 * more; any other ("phoned", "Réunion", "consulted") is kept as the tie's label, and an unknown
 * word leaves the kind "other" without replacing the word. When the file has both a label and
 * another word in its kind column, that word is kept in attributes.kind.
 */
export function kindAndLabelFrom(
  bag: ValueBag,
  kindEntry: Entry | undefined,
  extras: [string, AttributeValue][],
): { kind: TieKind; label?: string } {
  const kindText = textOf(kindEntry?.[1]);
  const labelEntry = takeEntry(bag, TIE_FIELD_KEYS.label);
  const labelText = textOf(labelEntry?.[1]);
  const kind =
    (kindText !== undefined
      ? tieKindOf(kindText)
      : labelText !== undefined
        ? tieKindOf(labelText)
        : undefined) ?? "other";
  const namesKind = (word: string) =>
    isKindName(word, kind) || sameWord(word, TIE_KIND_LABELS[kind]);
  let label = labelText !== undefined && !namesKind(labelText) ? labelText : undefined;
  if (kindText !== undefined && kindEntry && !namesKind(kindText)) {
    if (label === undefined) label = kindText;
    else if (!sameWord(label, kindText)) extras.push(["kind", attributeValueOf(kindEntry[1])]);
  }
  // Further label values (a GEXF label and a "label" attribute) that only repeat a word used.
  for (const word of [TIE_KIND_LABELS[kind], kind, kindText, labelText])
    if (word !== undefined) dropRepeats(bag, TIE_FIELD_KEYS.label, word);
  return label !== undefined ? { kind, label } : { kind };
}

/**
 * A status only when the file states one of the vocabulary: otherwise none (never "reported"), the
 * file's word kept in attributes.status. An "inferred" status needs its note, saying why.
 */
export function statusAndNoteFrom(
  bag: ValueBag,
  extras: [string, AttributeValue][],
  warn: (message: string) => void,
): { status?: TieStatus; note?: string } {
  const statusEntry = takeEntry(bag, TIE_FIELD_KEYS.status);
  const statusText = textOf(statusEntry?.[1]);
  const noteEntry = takeEntry(bag, TIE_FIELD_KEYS.note);
  const note = textOf(noteEntry?.[1]);
  let status = statusText === undefined ? undefined : tieStatusOf(statusText);
  if (status === "inferred" && note === undefined) {
    warn(`status "inferred" without a note saying why; the status is left as not stated`);
    status = undefined;
  }
  if (statusEntry && statusText !== undefined && status === undefined)
    extras.push(["status", attributeValueOf(statusEntry[1])]);
  return {
    ...(status !== undefined ? { status } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}
