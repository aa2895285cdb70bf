// The names a published page and its script agree on (export/staticPage.ts writes them,
// app/prerendered.ts reads them). Constants only, so the page's script imports nothing else.

/** The <script type="application/json"> blocks: the document, and its layout. */
export const DOCUMENT_BLOCK_ID = "backchannel-document";
export const LAYOUT_BLOCK_ID = "backchannel-layout";

/** The class of the prerendered picture's <svg>, and of the group holding the network in it. */
export const PICTURE_CLASS = "prerendered-picture";
export const WORLD_CLASS = "prerendered-world";
