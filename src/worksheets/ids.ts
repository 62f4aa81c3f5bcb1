import { worksheetDefinitions } from './definitions';

/**
 * A worksheet's id: the name of its folder under `src/worksheets/`. A plain string for the type
 * checker, because the folders decide which ids exist; every place an id comes from outside the
 * code (module frontmatter, `<WorksheetLink id>`, a provider's link) is checked against
 * {@link worksheetIds} at build or when read.
 */
export type WorksheetId = string;

/**
 * Ids of the worksheets the kit ships, in their `order`: one per `src/worksheets/<id>/definition.ts`.
 * Module frontmatter may only name these, so a typo in `worksheets: [...]` fails the build instead
 * of rendering a dead link.
 */
export const worksheetIds: readonly WorksheetId[] = worksheetDefinitions.map((definition) => definition.id);
