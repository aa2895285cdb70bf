// Composition root: validate the seed network and open it in the explorer. Wiring only.
import "./styles.css";
import { loadSeedDocument } from "./app/seedDocument";
import { createExplorer } from "./app/explorerApp";
import { formatProblem } from "./schema/parseDocument";
import { h } from "./render/dom";

const root = document.getElementById("app");
if (root) {
  const result = loadSeedDocument();
  if (result.ok) createExplorer(root, result.document);
  else
    root.replaceChildren(
      h(
        "p",
        { role: "alert" },
        `The built-in network is invalid: ${result.problems.map(formatProblem).join("; ")}`,
      ),
    );
}
