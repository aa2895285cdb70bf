// The parts of the URL hash that name the page rather than the view: which stored copy is open
// (`net=…`) and whether the editor is on (`edit=1`). The view's own parameters (selection, zoom,
// filters…) follow them; urlSync writes those.

export interface PageAddress {
  /** The stored network open, or undefined for the page's own (published) network. */
  net: string | undefined;
  editing: boolean;
}

const PAGE_KEYS = ["net", "edit"];

export function readPageAddress(hash: string): PageAddress {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const net = params.get("net");
  return {
    net: net && /^[a-z0-9]{1,40}$/.test(net) ? net : undefined,
    editing: params.get("edit") === "1",
  };
}

/** "net=…&edit=1", or "" for the published network out of edit mode. */
export function pagePrefix(address: PageAddress): string {
  const params = new URLSearchParams();
  if (address.net) params.set("net", address.net);
  if (address.editing) params.set("edit", "1");
  return params.toString();
}

/** The hash's view parameters alone (what a stored network keeps as its view). */
export function viewPart(hash: string): string {
  // Segment by segment, so the view's own encoding (commas in "view=…") is kept as written.
  return hash
    .replace(/^#/, "")
    .split("&")
    .filter((segment) => segment && !PAGE_KEYS.includes(decodeURIComponent(segment.split("=")[0]!)))
    .join("&");
}

/** The hash for an address and a view. */
export function hashFor(address: PageAddress, view: string): string {
  const prefix = pagePrefix(address);
  return prefix && view ? `${prefix}&${view}` : prefix || view;
}

/** Rewrites the current URL's page part, keeping its view (no new history entry). */
export function writePageAddress(address: PageAddress): void {
  const hash = hashFor(address, viewPart(location.hash));
  if (hash === location.hash.replace(/^#/, "")) return;
  history.replaceState(
    history.state,
    "",
    `${location.pathname}${location.search}${hash ? `#${hash}` : ""}`,
  );
}
