import type { WorksheetDefinition } from './types';

/**
 * Every worksheet definition, found by convention: `src/worksheets/<id>/definition.ts` with a
 * default export. Adding a folder adds the worksheet's page; nothing else needs to change.
 */
const modules = import.meta.glob<WorksheetDefinition>('./*/definition.ts', { eager: true, import: 'default' });

/** The defined worksheets, in the order of `worksheetIds`. */
export const worksheetDefinitions: WorksheetDefinition[] = Object.entries(modules).map(([path, definition]) => {
  const folder = path.split('/')[1];
  if (definition.id !== folder) {
    throw new Error(`src/worksheets/${folder}/definition.ts defines id "${definition.id}"; it must match its folder.`);
  }
  return definition;
});
