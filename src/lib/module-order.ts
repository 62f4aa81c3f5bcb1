import { sectionIds, type SectionId } from '../schemas/sections';

/** The part of a module entry ordering needs; kept minimal so tests can use plain objects. */
export interface OrderedModule {
  id: string;
  data: { order: number; section: SectionId; title: string };
}

/**
 * Sorts modules into reading order and refuses two modules with the same `order`, because
 * previous/next links and the home page would then depend on file-system order.
 * @throws naming both files when two modules share an `order`
 */
export function inReadingOrder<T extends OrderedModule>(modules: readonly T[]): T[] {
  const sorted = [...modules].sort((a, b) => a.data.order - b.data.order);
  sorted.forEach((module, index) => {
    const next = sorted[index + 1];
    if (next && next.data.order === module.data.order) {
      throw new Error(
        `Modules "${module.id}" and "${next.id}" both have order ${module.data.order}. Give each module its own order number.`,
      );
    }
  });
  return sorted;
}

/**
 * Groups modules by section, in the order sections are declared, dropping empty sections.
 * @param modules already in reading order
 */
export function groupBySection<T extends OrderedModule>(modules: readonly T[]): { section: SectionId; modules: T[] }[] {
  return sectionIds
    .map((section) => ({ section, modules: modules.filter((module) => module.data.section === section) }))
    .filter((group) => group.modules.length > 0);
}

/**
 * The modules before and after `id` in reading order, for previous/next links.
 * @param modules already in reading order
 */
export function neighbours<T extends OrderedModule>(modules: readonly T[], id: string): { previous?: T; next?: T } {
  const index = modules.findIndex((module) => module.id === id);
  if (index === -1) return {};
  return { previous: modules[index - 1], next: modules[index + 1] };
}
