import { getCollection, type CollectionEntry } from 'astro:content';
import { inReadingOrder } from './module-order';
import { countWords, readingMinutes } from './reading-time';

/** One educational module from `src/content/modules/`. */
export type ModuleEntry = CollectionEntry<'modules'>;

/** Every module that is not a draft, in reading order. */
export async function getModules(): Promise<ModuleEntry[]> {
  return inReadingOrder(await getCollection('modules', (module) => !module.data.draft));
}

/**
 * Minutes read per module id, with the body they were counted from. Why: the home page, both
 * worksheets, the plan and the link builder each list every module with its reading time; counting
 * words again on each page was 2.5 s of a 1,000-module build (about 6,000 counts; `npm run bench`).
 * The body is kept so an edited module (dev server) is counted again.
 */
const minutesById = new Map<string, { body: string; minutes: number }>();

/** Whole minutes to read a module (the figure every page shows), counted once per body. */
export function moduleReadingMinutes(module: ModuleEntry): number {
  const body = module.body ?? '';
  const known = minutesById.get(module.id);
  if (known?.body === body) return known.minutes;
  const minutes = readingMinutes(countWords(body));
  minutesById.set(module.id, { body, minutes });
  return minutes;
}
