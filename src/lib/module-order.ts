import { FrontmatterError } from './frontmatter-error';
import { sectionIds, type SectionId } from '../schemas/sections';

/** The part of a module entry ordering needs; kept minimal so tests can use plain objects. */
export interface OrderedModule {
  id: string;
  /** The file, relative to the project, as Astro's entries give it; messages name it. */
  filePath?: string;
  data: { order: number; section: SectionId; title: string };
}

/** `a, b and c`. */
const listOf = (names: readonly string[]) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Sorts modules into reading order and refuses two modules with the same `order`, because
 * previous/next links and the home page would then depend on file-system order. `order` may be any
 * number, so the message suggests a free one between the clashing number and the next. When a
 * clinic's module (`clinic/modules/`) clashes with a kit module, it says to change the clinic's.
 * @throws a {@link FrontmatterError} naming the files of every group of modules that share an `order`
 */
export function inReadingOrder<T extends OrderedModule>(modules: readonly T[]): T[] {
  const sorted = [...modules].sort((a, b) => a.data.order - b.data.order);
  const byOrder = Map.groupBy(sorted, (module) => module.data.order);
  const orders = [...byOrder.keys()];
  const clashes = [...byOrder].filter(([, group]) => group.length > 1);
  if (clashes.length > 0) {
    throw new FrontmatterError(
      clashes
        .map(([order, group]) => {
          const files = group.map((module) => module.filePath ?? `module "${module.id}"`);
          const next = orders[orders.indexOf(order) + 1];
          const free =
            next === undefined
              ? `${order + 1} is free (after the last module)`
              : `${(order + next) / 2} is free (between ${order} and ${next})`;
          // A clinic changes its own files (clinic/modules/), never the kit's.
          const clinics = files.filter((file) => file.startsWith('clinic/'));
          const change =
            clinics.length > 0 && clinics.length < files.length
              ? `Change the order in ${listOf(clinics)} (the kit's files stay as the kit ships them)`
              : 'Give each module its own number';
          return `${listOf(files)} ${group.length === 2 ? 'both' : 'all'} have order: ${order}. ${change}; ${free}.`;
        })
        .join('\n'),
    );
  }
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
