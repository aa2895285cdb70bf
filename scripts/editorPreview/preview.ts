// A page showing one editor form by itself, for screenshots (scripts/editorScreenshots.ts):
// ?form=actor, actor-long, tie, tie-problems, tie-open, source, details, delete-actor,
// delete-source, merge. The forms are not wired into the app yet; this page is for eyes only.
import "../../src/styles.css";
import {
  openActorForm,
  openDeleteActorDialog,
  openDeleteSourceDialog,
  openDetailsForm,
  openMergeActorsDialog,
  openSourceForm,
  openTieForm,
} from "../../src/render/editor";
import type { NetworkDocument, Tie } from "../../src/schema/networkDocument";
import seed from "../../data/edan-alexander-backchannel.json";

const base = seed as NetworkDocument;
const longName = `${"Ministry of Very Long Names and Unbroken Strings ".repeat(40)}${"x".repeat(8_000)}`;
const doc: NetworkDocument = {
  ...base,
  sources: [
    ...base.sources,
    { id: "axios", publisher: "Axios", title: "Scoop: the back channel", date: "2025-05-13" },
  ],
  actors: [...base.actors, { id: "long", name: `<b>markup</b> ${longName}`, kind: "government" }],
  ties: [
    ...base.ties,
    ...base.actors.slice(0, 12).map((actor, i): Tie => ({
      id: `long-${i}`,
      source: "long",
      target: actor.id,
      kind: "message",
      summary: "s",
      evidence: [{ source: "axios", attribution: "officials said" }],
    })),
  ],
};

const container = document.getElementById("editor")!;
const noop = () => {};
const problems = () => [
  { path: "ties[3].target", message: 'no actor "witkof" (did you mean "steve-witkoff"?)' },
  { path: "ties[3].summary", message: "summary must not be empty" },
  { path: "ties[3].evidence[0].attribution", message: "attribution must not be empty" },
];
const tie = doc.ties.find((t) => t.time?.label) ?? doc.ties[0]!;

switch (new URLSearchParams(location.search).get("form")) {
  case "actor":
    openActorForm(container, {
      document: doc,
      actor: doc.actors[1]!,
      onSubmit: () => undefined,
      onCancel: noop,
    });
    break;
  case "actor-long":
    openActorForm(container, {
      document: doc,
      actor: doc.actors.at(-1)!,
      onSubmit: () => undefined,
      onCancel: noop,
    });
    break;
  case "tie":
  case "tie-open":
    openTieForm(container, {
      document: doc,
      tie: { ...tie, status: "inferred", note: "The report implies it." },
      onSubmit: () => undefined,
      onCancel: noop,
    });
    break;
  case "tie-problems":
    openTieForm(container, { document: doc, onSubmit: problems, onCancel: noop });
    break;
  case "source":
    openSourceForm(container, {
      document: doc,
      source: doc.sources[0]!,
      onSubmit: () => undefined,
      onCancel: noop,
    });
    break;
  case "details":
    openDetailsForm(container, { document: doc, onSubmit: () => undefined, onCancel: noop });
    break;
  case "delete-actor":
    openDeleteActorDialog(container, {
      document: doc,
      actorId: "long",
      onConfirm: () => undefined,
      onCancel: noop,
    });
    break;
  case "delete-source":
    openDeleteSourceDialog(container, {
      document: doc,
      sourceId: "axios",
      onConfirm: () => undefined,
      onCancel: noop,
    });
    break;
  case "merge":
    openMergeActorsDialog(container, {
      document: doc,
      keep: "bishara-bahbah",
      drop: "long",
      onConfirm: () => undefined,
      onCancel: noop,
    });
    break;
}
