import { worksheetUrl } from '../lib/urls';
import { worksheetDefinitions } from './definitions';
import type { WorksheetId } from './ids';

/** What lists (home page, module pages) need to show a worksheet. */
export interface WorksheetSummary {
  id: WorksheetId;
  title: string;
  description: string;
  /** The worksheet's page. */
  href: string;
}

const byId = new Map(worksheetDefinitions.map((definition) => [definition.id, definition]));

/**
 * Summaries of the given worksheets (all of them, in their `order`, by default), in the order
 * given, with the title and description their definitions give.
 * @param ids which worksheets, e.g. a module's `worksheets` frontmatter (already checked against
 * `worksheetIds` by the content schema)
 * @throws for an id that has no definition
 */
export function worksheetSummaries(ids: readonly WorksheetId[] = worksheetDefinitions.map((definition) => definition.id)): WorksheetSummary[] {
  return ids.map((id) => {
    const definition = byId.get(id);
    if (!definition) throw new Error(`"${id}" is not a worksheet. Use one of: ${[...byId.keys()].join(', ')}.`);
    return { id, title: definition.title, description: definition.description, href: worksheetUrl(id) };
  });
}
