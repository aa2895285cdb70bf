// Composition root: validate the seed network and open it in the explorer. Wiring only.
import "./styles.css";
import { loadSeedDocument } from "./app/seedDocument";
import { createAppShell } from "./app/appShell";
import { formatProblem } from "./schema/parseDocument";
import { h } from "./dom/elements";

const root = document.getElementById("app");
if (root) {
  const result = loadSeedDocument();
  if (result.ok) createAppShell(root, result.document);
  else
    root.replaceChildren(
      h(
        "p",
        { role: "alert" },
        `The built-in network is invalid: ${result.problems.map(formatProblem).join("; ")}`,
      ),
    );
}
