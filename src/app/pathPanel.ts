// The details panel's answer to a path question (its chains, hop by hop) and the search under
// way: loaded with the first path asked (app/detailsController.ts), not with the page.
export { pathDetails } from "../view/pathDetails";
export { renderPathDetails, renderPathSearch } from "../render/pathDetailsPanel";
