// Embedding the published page in another page. "Embed" (beside the export buttons) gives an
// <iframe> snippet for the current view: selection, filters, path, ego network (the zoom is left
// out: the frame fits the picture to itself). The framed page (?embed=1) shows only the picture,
// its title, legend and credit, and links to the full view ("Open in Backchannel").
import { encodeHash } from "../state/urlHash";
import type { AppState } from "../state/appState";
import { h } from "../dom/elements";

/** The page was opened as an embed (?embed=1). */
export function isEmbedded(search = location.search): boolean {
  return new URLSearchParams(search).has("embed");
}

/** The view's hash without its zoom: an embed and the full view each fit their own frame. */
export const viewHash = (state: AppState): string => encodeHash({ ...state, viewport: null });

/** The page's URL as an embed of the view `hash` describes, or as the full view. */
export function pageUrl(href: string, hash: string, embed: boolean): string {
  const url = new URL(href);
  if (embed) url.searchParams.set("embed", "1");
  else url.searchParams.delete("embed");
  url.hash = hash;
  return url.href;
}

/** The <iframe> for a page; quotes and ampersands in the title or URL are escaped. */
export function embedSnippet(src: string, title: string): string {
  const attribute = (value: string) =>
    value
      .replace(/&/g, "&amp;")
      .replace(/"/g, "&quot;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;");
  return `<iframe src="${attribute(src)}" title="${attribute(`${title} (Backchannel)`)}" width="720" height="480" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

export interface EmbedSource {
  title: string;
  /** The explorer shows the network this page publishes (not a file opened or edited since). */
  published(): boolean;
  /** The current state (for the view's hash). */
  state(): AppState;
}

/** The "Embed" button and its panel: the snippet (selectable) and a Copy button. */
export function createEmbedControls(source: EmbedSource): HTMLElement {
  const code = h("textarea", {
    id: "embed-code",
    class: "embed-code",
    readonly: true,
    rows: 4,
    spellcheck: "false",
  });
  const copy = h("button", { type: "button" }, "Copy");
  const said = h("span", { class: "embed-status", role: "status" });
  const note = h("p", { class: "embed-note" });
  const panel = h(
    "div",
    { class: "options-body embed-panel", id: "embed-panel", hidden: true },
    h("label", { for: "embed-code" }, "Paste into your page:"),
    code,
    h("div", { class: "row" }, copy, said),
    note,
  );
  const button = h(
    "button",
    { type: "button", "aria-expanded": "false", "aria-controls": "embed-panel" },
    "Embed",
  );

  const fill = () => {
    said.textContent = "";
    const src = pageUrl(location.href, viewHash(source.state()), true);
    code.value = embedSnippet(src, source.title);
    const notes = [
      "The frame shows this view and fits the picture to its size.",
      source.published()
        ? ""
        : "It shows the network this page publishes, not the file opened since: publish that file as its own page (npm run build -- --network FILE).",
      location.protocol === "file:"
        ? "This page was opened from a file: put it on a web server for others to embed."
        : "",
    ];
    note.textContent = notes.filter(Boolean).join(" ");
  };
  button.addEventListener("click", () => {
    const open = panel.hidden;
    if (open) fill();
    panel.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    if (open) code.select();
  });
  copy.addEventListener("click", () => {
    code.select();
    const done = () => (said.textContent = "Copied.");
    const failed = () => (said.textContent = "Select the text and copy it (Ctrl+C / ⌘C).");
    if (navigator.clipboard) void navigator.clipboard.writeText(code.value).then(done, failed);
    else failed();
  });
  return h("div", { class: "embed-options" }, button, panel);
}

/** In an embed: the link to the same view in the full explorer, in a new tab. */
export function createFullViewLink(state: () => AppState): HTMLAnchorElement {
  const link = h(
    "a",
    { class: "full-view-link", target: "_blank", rel: "noopener", href: location.href },
    "Open in Backchannel",
  );
  // The view changes as the reader clicks: the link is brought up to date before it is followed.
  const update = () => (link.href = pageUrl(location.href, viewHash(state()), false));
  for (const type of ["pointerdown", "focus", "click", "pointerenter"])
    link.addEventListener(type, update);
  update();
  return link;
}
