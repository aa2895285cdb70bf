// Composition root: open the network the page publishes (prerendered by the build, taken over
// here: app/prerendered.ts) — or the seed — in the explorer. Wiring only.
import "./styles.css";
import { loadSeedDocument } from "./app/seedDocument";
import { createAppShell } from "./app/appShell";
import { readPrerenderedPage } from "./app/prerendered";
import { markTakeover } from "./app/benchMarks";
import { isEmbedded } from "./app/embed";
import { formatProblem, parseDocument, type ParseResult } from "./schema/parseDocument";
import { h } from "./dom/elements";
import { loadLayout } from "./app/layoutLoading";

function start(root: HTMLElement, afterPaint: boolean): void {
  markTakeover(afterPaint);
  const embed = isEmbedded();
  // Before the picture is measured: the embed's page has no tools, timeline or details panel.
  if (embed) document.documentElement.classList.add("embedded");
  const page = readPrerenderedPage(document);
  const open = (result: ParseResult) => {
    if (result.ok) createAppShell(root, result.document, page, embed);
    else
      root.replaceChildren(
        h(
          "p",
          { role: "alert" },
          `The network this page publishes is invalid: ${result.problems.map(formatProblem).join("; ")}`,
        ),
      );
  };
  if (page) open(parseDocument(page.document));
  // Not prerendered (the development server): the seed is laid out here, once the layout loads.
  else void Promise.all([loadSeedDocument(), loadLayout()]).then(([result]) => open(result));
}

const root = document.getElementById("app");
// The prerendered page is painted first (if it has not been yet: the task after the next frame),
// then taken over. A hidden tab paints no frames: there it is taken over at once.
if (root) {
  const painted = performance.getEntriesByName("first-contentful-paint").length > 0;
  if (painted || document.visibilityState === "hidden") start(root, painted);
  else requestAnimationFrame(() => setTimeout(() => start(root, true), 0));
}
