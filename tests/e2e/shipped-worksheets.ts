import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { orderedDefinitions } from '../../src/worksheets/ordered-definitions';
import type { WorksheetDefinition } from '../../src/worksheets/types';

/**
 * Every worksheet the site ships, in the registry's order, for browser tests to loop over: one per
 * `src/worksheets/<id>/definition.ts`, so a new worksheet is tested without editing any spec.
 * Browser tests run outside Vite (no `import.meta.glob`), so the folders are read here and put in
 * order by the registry's own rule (`orderedDefinitions`).
 */
const WORKSHEETS = join(import.meta.dirname, '..', '..', 'src', 'worksheets');

export const shippedWorksheets: readonly WorksheetDefinition[] = orderedDefinitions(
  Object.fromEntries(
    await Promise.all(
      readdirSync(WORKSHEETS, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(WORKSHEETS, entry.name, 'definition.ts')))
        .map(async (entry) => [
          `./${entry.name}/definition.ts`,
          ((await import(`../../src/worksheets/${entry.name}/definition.ts`)) as { default: WorksheetDefinition }).default,
        ]),
    ),
  ),
);
