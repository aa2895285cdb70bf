// The screen sizes the page adapts to, shared by the page's layout (render/explorerPage.ts, and
// the media queries in styles.css) and its controls (interact/pageControls.ts).

/** Phones: the tools, the legend and the details open as sheets over the picture. */
export const PHONE_QUERY = "(max-width: 700px)";
