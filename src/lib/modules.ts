import { getCollection, type CollectionEntry } from 'astro:content';
import { inReadingOrder } from './module-order';

/** One educational module from `src/content/modules/`. */
export type ModuleEntry = CollectionEntry<'modules'>;

/** Every module that is not a draft, in reading order. */
export async function getModules(): Promise<ModuleEntry[]> {
  return inReadingOrder(await getCollection('modules', (module) => !module.data.draft));
}
