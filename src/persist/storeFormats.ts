// The store formats' names, apart from their reader (storedNetwork.ts) so that what only writes a
// record's format (unsavedRescue.ts, on the page from the start) does not bring the reader along.

export const STORE_FORMAT = "backchannel-store/2";
/** The format before: the document and the history as objects. Still read; saved as format 2. */
export const OBJECTS_FORMAT = "backchannel-store/1";
