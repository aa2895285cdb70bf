// "Add actor" / "Edit actor": name, kind, role, aliases, affiliations, description and links
// (http(s) only, refused at the field before anything is committed).
import { actorForm, actorFromForm, lines } from "../../edit/recordForms";
import { newId } from "../../edit/editCommands";
import {
  ActorSchema,
  HttpUrlSchema,
  type Actor,
  type NetworkDocument,
} from "../../schema/networkDocument";
import type { Problem } from "../../schema/parseDocument";
import { ACTOR_KIND_LABELS, ACTOR_KINDS, isOneOf } from "../../schema/vocabulary";
import { lengthProblems, LIMITS, selectField, textField } from "./fields";
import { withSchemaProblems } from "./formChecks";
import { createFormShell, type EditorHandle, type SubmitResult } from "./formShell";

export interface ActorFormOptions {
  document: NetworkDocument;
  /** The actor to edit; absent: a new actor. */
  actor?: Actor;
  /** The actor as filled in (a new one gets a fresh id from its name). */
  onSubmit(actor: Actor): SubmitResult;
  onCancel(): void;
}

/** Each line of a links field that is not an http(s) link, as `links[i]` problems. */
export function linkProblems(key: string, text: string): Problem[] {
  return lines(text).flatMap((link, index) =>
    HttpUrlSchema.safeParse(link).success
      ? []
      : [{ path: `${key}[${index}]`, message: "only http(s) links are accepted" }],
  );
}

export function openActorForm(container: HTMLElement, options: ActorFormOptions): EditorHandle {
  const { actor, document: doc } = options;
  const start = actorForm(actor);
  const name = textField({
    key: "name",
    label: "Name",
    value: start.name,
    maxLength: LIMITS.line,
    required: true,
    hint: "As the reporting names them; an unnamed actor is described (“Hamas official outside Gaza”).",
  });
  const kind = selectField({
    key: "kind",
    label: "Kind",
    value: start.kind,
    options: ACTOR_KINDS.map((k) => ({ value: k, label: ACTOR_KIND_LABELS[k] })),
  });
  const role = textField({
    key: "role",
    label: "Role",
    value: start.role,
    maxLength: LIMITS.line,
    hint: "Title or function, e.g. “U.S. special envoy”.",
  });
  const aliases = textField({
    key: "aliases",
    label: "Aliases",
    value: start.aliases,
    rows: 2,
    maxLength: LIMITS.text,
    lines: true,
    hint: "Other names, one per line.",
  });
  const affiliations = textField({
    key: "affiliations",
    label: "Affiliations",
    value: start.affiliations,
    rows: 2,
    maxLength: LIMITS.text,
    lines: true,
    hint: "One per line.",
  });
  const description = textField({
    key: "description",
    label: "Description",
    value: start.description,
    rows: 3,
    maxLength: LIMITS.text,
    hint: "A short description in our own words.",
  });
  const links = textField({
    key: "links",
    label: "Links",
    value: start.links,
    rows: 2,
    maxLength: LIMITS.text,
    lines: true,
    inputMode: "url",
    hint: "Pages about the actor, one per line; only http:// or https:// links.",
  });
  const texts = [name, role, aliases, affiliations, description, links];

  const shell = createFormShell({
    container,
    title: actor ? "Edit actor" : "Add actor",
    submitLabel: actor ? "Save actor" : "Add actor",
    className: "actor-form",
    onCancel: options.onCancel,
    onSubmit() {
      const form = {
        name: name.control.value,
        kind: isOneOf(ACTOR_KINDS, kind.control.value) ? kind.control.value : start.kind,
        role: role.control.value,
        aliases: aliases.control.value,
        affiliations: affiliations.control.value,
        description: description.control.value,
        links: links.control.value,
      };
      const own = [...lengthProblems(texts), ...linkProblems("links", form.links)];
      if (own.length)
        return withSchemaProblems(own, ActorSchema, actorFromForm(form, "new", actor));
      const id = actor?.id ?? newId(doc, "actors", form.name);
      return options.onSubmit(actorFromForm(form, id, actor));
    },
  });
  for (const field of [name, kind, role, aliases, affiliations, description, links]) {
    shell.add(field);
    shell.body.append(field.element);
  }
  name.control.focus();
  return { element: shell.form, close: shell.close };
}
