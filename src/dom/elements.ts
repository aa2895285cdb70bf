// Small helpers for building DOM from untrusted text: everything goes through textContent and
// setAttribute, never through markup strings. A leaf: it imports nothing from src/, so render/,
// interact/ and app/ all build elements the same safe way without depending on one another.

type Child = Node | string | null | undefined | false;

/**
 * Children are given one by one, or as a list: a list of a network's size (an actor's 100,000
 * ties, 50,000 options) must not be spread into the call, which puts every item on the stack.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === "class") element.className = String(value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  const add = (child: Child) => {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  };
  for (const child of children) {
    if (Array.isArray(child)) for (const item of child as readonly Child[]) add(item);
    else add(child as Child);
  }
  return element;
}

/**
 * A name kept apart from the text around it (<bdi>): a right-to-left name next to an arrow or
 * another name must not reorder them ("A → B" read as "B → A").
 */
export function bdi(text: string): HTMLElement {
  return h("bdi", {}, text);
}

/** Names, each in its own <bdi>, with the separator between them: "A → B → C". */
export function joinNames(names: readonly string[], separator: string): (Node | string)[] {
  return names.flatMap((name, i) => (i === 0 ? [bdi(name)] : [separator, bdi(name)]));
}

/** An <a> only for http(s) links; anything else becomes plain text. */
export function safeLink(url: string | undefined, text: string): Node {
  if (url !== undefined) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === "http:" || parsed.protocol === "https:")
        return h("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer" }, text);
    } catch {
      /* not a URL: fall through to text */
    }
  }
  return document.createTextNode(text);
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** Replace an element's children, skipping empty slots. */
export function fill(root: Element, ...children: Child[]): void {
  root.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

/**
 * A <details> whose content is built the first time it opens: form controls cost a first-frame
 * layout each (selects and inputs carry their own widgets), and popovers are rarely opened.
 */
export function lazyDetails(
  attributes: Record<string, string | number | boolean | undefined>,
  summary: string,
  build: () => Node,
): { element: HTMLDetailsElement; ensure(): void } {
  const element = h("details", attributes, h("summary", {}, summary));
  let built = false;
  const ensure = () => {
    if (built) return;
    built = true;
    element.append(build());
  };
  element.addEventListener("toggle", () => {
    if (element.open) ensure();
  });
  return { element, ensure };
}
