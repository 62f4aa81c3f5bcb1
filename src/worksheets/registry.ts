import { t } from '../i18n/t';
import { worksheetUrl } from '../lib/urls';
import { worksheetIds, type WorksheetId } from './ids';
import { worksheetDefinitions } from './definitions';

/** What lists (home page, module pages) need to show a worksheet. */
export interface WorksheetSummary {
  id: WorksheetId;
  title: string;
  description: string;
  /** The worksheet's page, or `undefined` while its definition has not been written yet. */
  href: string | undefined;
}

/**
 * A worksheet is live once its folder has a `definition.ts` (the engine renders the page from it).
 * Until then it is listed as coming soon rather than linked, so no list ever points at a 404.
 */
const definedIds = new Set<string>(worksheetDefinitions.map((definition) => definition.id));

/**
 * Summaries of the given worksheets (all of them by default), in the order given.
 * @param ids which worksheets, e.g. a module's `worksheets` frontmatter
 */
export function worksheetSummaries(ids: readonly WorksheetId[] = worksheetIds): WorksheetSummary[] {
  return ids.map((id) => ({
    id,
    title: t(`worksheet.${id}.title`),
    description: t(`worksheet.${id}.description`),
    href: definedIds.has(id) ? worksheetUrl(id) : undefined,
  }));
}
