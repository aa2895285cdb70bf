// The public face of src/io: opening files as documents and saving documents as files.
export type { ImportFile, ImportResult } from "./importResult";
export type { ExportedFile } from "./exportedFile";
export { detectFormat, type DetectResult, type NetworkFormat } from "./detectFormat";
export { importFiles } from "./importFiles";
export { importBackchannelJson } from "./importBackchannelJson";
export { importGexf } from "./importGexf";
export { importGraphml } from "./importGraphml";
export { importCsvFiles } from "./importCsv";
export { importNodeLinkJson } from "./importNodeLinkJson";
export { importGraphologyJson } from "./importGraphologyJson";
export { exportDocumentJson } from "./exportDocumentJson";
export { exportGexf } from "./exportGexf";
export { exportGraphml } from "./exportGraphml";
export { exportCsvTables, exportEdgesCsv, exportNodesCsv } from "./exportCsv";
