/** Reading the CPL leader's data from where schools keep it: CSV and XLSX exports, through a column mapping. */
export { parseCsv } from './csv.ts';
export { parseXlsx } from './xlsx.ts';
export { ImportError, type Cell, type Sheet } from './table.ts';
export { ImportMapping, StaffEntry, detectMapping, formatImportProblem, importSheet, mappingProblems, type ImportProblem } from './mapping.ts';
export { READY_MAPPINGS } from './mappings.ts';
export { FIELDS, type ImportKind } from './fields.ts';
export { toDate, toId, type ObjectiveRef } from './values.ts';
