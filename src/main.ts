// Composition root: load the seed network and wire the layers. Wiring only.
import { loadSeedDocument } from "./app/seedDocument";
import { formatProblem } from "./schema/parseDocument";
import { renderTableView } from "./render/tableView";

const app = document.getElementById("app");
if (app) {
  const result = loadSeedDocument();
  if (result.ok) {
    const heading = document.createElement("h1");
    heading.textContent = result.document.title;
    const figure = document.createElement("div");
    figure.setAttribute("role", "group");
    figure.setAttribute("aria-label", `Network: ${result.document.actors.length} actors`);
    const tables = document.createElement("section");
    renderTableView(tables, result.document);
    figure.append(tables);
    app.append(heading, figure);
  } else {
    const alert = document.createElement("p");
    alert.setAttribute("role", "alert");
    alert.textContent = result.problems.map(formatProblem).join("\n");
    app.append(alert);
  }
}
