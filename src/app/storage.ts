// Keeping networks in this browser (IndexedDB, else memory) and saving the open one as it
// changes: loaded as the page starts, in the background (the page is drawn without it), by
// app/appShell.ts.
export { openLibrary } from "../persist/networkLibrary";
export { createAutosave } from "../persist/autosave";
export { takeRescue } from "../persist/rescueReading";
