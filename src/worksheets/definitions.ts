import { checkDefinition } from './check-definition';
import { orderedDefinitions } from './ordered-definitions';
import type { WorksheetDefinition } from './types';

/**
 * Every worksheet definition, found by convention: `src/worksheets/<id>/definition.ts` with a
 * default export. This glob is the registry: the worksheet ids, their order, the pages, the home
 * page's list, the link builder and every test's loop all come from it, so adding a worksheet is
 * adding its folder (README, "Add a worksheet"; tests/build/new-worksheet-build.test.ts proves it).
 */
const modules = import.meta.glob<WorksheetDefinition>('./*/definition.ts', { eager: true, import: 'default' });

/**
 * The defined worksheets, in their `order`, each checked against the definition rules
 * (`checkDefinition`): a mistake stops the build, naming the file.
 */
export const worksheetDefinitions: readonly WorksheetDefinition[] = orderedDefinitions(modules).map((definition) => {
  try {
    checkDefinition(definition);
  } catch (error) {
    throw new Error(`src/worksheets/${definition.id}/definition.ts: ${(error as Error).message}`, { cause: error });
  }
  return definition;
});
