// The screen sizes the page adapts to, shared by the page's layout (render/explorerPage.ts, and
// the media queries in styles.css) and its controls (interact/pageControls.ts).

/** Phones: the tools, the legend and the details open as sheets over the picture. */
export const PHONE_QUERY = "(max-width: 700px)";

/**
 * Windows whose picture area (beside the details panel) is too narrow to share with the open
 * legend, phones included: a tablet upright (768 px) left the picture about 110 px wide. The
 * legend starts folded to one line there, as on phones; opened, it takes its room again.
 */
export const NARROW_QUERY = "(max-width: 960px)";
