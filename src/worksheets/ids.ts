/**
 * Ids of the worksheets the kit ships. Module frontmatter may only name these, so a typo in
 * `worksheets: [...]` fails the build instead of rendering a dead link.
 *
 * Each worksheet gets its own folder under `src/worksheets/<id>/` with its definition; until that
 * definition exists (see `registry.ts`) the worksheet is listed but not linked.
 */
export const worksheetIds = ['intention', 'chaperone'] as const;

/** One of {@link worksheetIds}. */
export type WorksheetId = (typeof worksheetIds)[number];
