import { closestName } from './edit-distance';
import { FrontmatterError } from './frontmatter-error';
import { redirectsOf } from './hidden-module-links';
import { inReadingOrder, type OrderedModule } from './module-order';

/**
 * How the clinic's modules (`clinic/modules/`) and the kit's (`src/content/modules/`) make the
 * site's one list of modules, and how `modules.hide` in the clinic's settings takes kit modules
 * out. Plain functions of the entries and the settings, so the rules are tested without Astro;
 * src/lib/modules.ts hands them the content collections. The rules:
 *
 * - a clinic module with a kit module's file name replaces it: its words, its place (`order`),
 *   its translations. The kit's translations of the module are not shown over the clinic's
 *   English (they translate other words): until the clinic translates it, its page in another
 *   language is the clinic's English with the "not translated yet" notice;
 * - any other clinic module is added, in its place in the reading order (`order: 3.5` goes
 *   between the kit's 3 and 4); two modules with the same `order` stop the build, naming both files;
 * - a clinic module with `draft: true` is not on the site and replaces nothing (so a clinic can
 *   work on a replacement while the kit's module is still shown);
 * - a module named in `modules.hide` is not on the site at all (no page, list, search result or
 *   reading list); `linksGoTo` says where links to it go instead (src/lib/hidden-module-links.ts).
 */

/** The part of a module or page entry the rules read: Astro's entries have it, tests pass plain objects. */
export interface ContentEntry {
  /** The file name without `.mdx`; for a translation `<locale>/<name>`. */
  id: string;
  /** The file, project-relative, as Astro's entries give it: `clinic/modules/getting-here.mdx`. */
  filePath?: string;
  /** Its frontmatter; the rules read only `draft` (modules have it, pages do not). */
  data: { readonly [field: string]: unknown; draft?: boolean };
}

/** A module entry: what ordering needs, and `draft`. */
export type ModuleContentEntry = ContentEntry & OrderedModule;

/** One entry of `modules.hide`, as the validated settings give it. */
export interface HiddenModule {
  slug: string;
  linksGoTo?: string | undefined;
}

/** Every module file of the site: the kit's and the clinic's, English and translated, drafts included. */
export interface ModuleFiles<M extends ModuleContentEntry, T extends ContentEntry> {
  kit: readonly M[];
  kitTranslations: readonly T[];
  clinic: readonly M[];
  clinicTranslations: readonly T[];
}

/** The site's modules, merged. */
export interface SiteModules<M, T> {
  /** The English modules the site shows, in reading order: no drafts, nothing hidden, the clinic's in place of the kit's they replace. */
  modules: M[];
  /** Slugs whose English module is the clinic's (its own or a replacement). */
  fromClinic: ReadonlySet<string>;
  /** The kit modules the clinic replaces, with the clinic's file, for the build's log. */
  replacements: { slug: string; file: string }[];
  /** Where links to a hidden module go (`linksGoTo`): hidden slug → a slug the site shows. */
  redirects: ReadonlyMap<string, string>;
  /** The translation a page in `locale` shows of `slug`, if any (a draft translation is none). */
  translationOf(locale: string, slug: string): T | undefined;
}

/** Where the kit's and the clinic's files live, as messages name them. */
export const contentFolders = {
  kitModules: 'src/content/modules',
  clinicModules: 'clinic/modules',
  kitPages: 'src/content/pages',
  clinicPages: 'clinic/pages',
} as const;

/** The file of an entry, as messages name it. */
const fileOf = (entry: ContentEntry, folder: string) => entry.filePath ?? `${folder}/${entry.id}.mdx`;

/** `es/set-and-setting` → `{ locale: "es", name: "set-and-setting" }`. */
export function splitTranslationId(id: string): { locale: string; name: string } {
  const [locale = '', ...rest] = id.split('/');
  return { locale, name: rest.join('/') };
}

/** `"a", "b" and "c"`. */
const quotedList = (names: readonly string[]) => {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
};

/** What {@link hiddenModuleProblems} checks `modules.hide` against. */
export interface HideContext {
  /** Every kit module's slug, drafts included. */
  kitSlugs: readonly string[];
  /** The clinic's English module files by slug, drafts included. */
  clinicFiles: ReadonlyMap<string, { file: string; draft: boolean }>;
  /** The slugs of published modules (kit or clinic) before hiding, each with its file. */
  published: ReadonlyMap<string, string>;
  /** Files of draft modules that have no published version, by slug. */
  drafts: ReadonlyMap<string, string>;
}

/**
 * What is wrong with `modules.hide`, one line each, naming the entry: a slug that is no kit module
 * (with the likely one), a module both hidden and replaced, one listed twice, and a `linksGoTo`
 * that is no module the site shows.
 * @param settingsFile the settings' file, as the lines name it
 */
export function hiddenModuleProblems(
  hide: readonly HiddenModule[],
  context: HideContext,
  settingsFile = 'clinic/config.ts',
): string[] {
  const problems: string[] = [];
  const at = (index: number, field = '') => `${settingsFile}: modules.hide[${index}]${field}`;
  const firstIndex = new Map<string, number>();
  hide.forEach(({ slug }, index) => {
    if (!firstIndex.has(slug)) firstIndex.set(slug, index);
  });
  hide.forEach(({ slug, linksGoTo }, index) => {
    const clinicFile = context.clinicFiles.get(slug);
    const first = firstIndex.get(slug)!;
    if (first !== index) {
      problems.push(`${at(index)}: "${slug}" is already hidden by modules.hide[${first}]; list each module once.`);
    } else if (!context.kitSlugs.includes(slug)) {
      if (clinicFile) {
        problems.push(
          `${at(index)}: "${slug}" is the clinic's own module (${clinicFile.file}), not a kit module: to take it off the site, delete the file or set draft: true in it.`,
        );
      } else {
        const near = closestName(slug, context.kitSlugs);
        problems.push(
          near
            ? `${at(index)}: "${slug}" is no kit module; did you mean "${near}"?`
            : `${at(index)}: "${slug}" is no kit module. The kit's modules are ${quotedList([...context.kitSlugs].sort())}.`,
        );
      }
    } else if (clinicFile && !clinicFile.draft) {
      problems.push(
        `${at(index)}: "${slug}" is also replaced by ${clinicFile.file}. A replacement takes the kit module's place, and its links, by itself: remove "${slug}" from modules.hide to show the clinic's module, or delete ${clinicFile.file} to show neither.`,
      );
    }
    if (linksGoTo === undefined) return;
    const hiddenAt = firstIndex.get(linksGoTo);
    if (hiddenAt !== undefined) {
      problems.push(
        `${at(index, '.linksGoTo')}: "${linksGoTo}" is hidden too (modules.hide[${hiddenAt}]): send the links to a module the site shows.`,
      );
    } else if (context.drafts.has(linksGoTo)) {
      problems.push(
        `${at(index, '.linksGoTo')}: "${linksGoTo}" is a draft (draft: true in ${context.drafts.get(linksGoTo)}), so it has no page: publish it, or send the links to another module.`,
      );
    } else if (!context.published.has(linksGoTo)) {
      const near = closestName(linksGoTo, context.published.keys());
      problems.push(
        near
          ? `${at(index, '.linksGoTo')}: "${linksGoTo}" is no module of the site; did you mean "${near}"?`
          : `${at(index, '.linksGoTo')}: "${linksGoTo}" is no module of the site: name a kit module or one of the clinic's (clinic/modules/<name>.mdx) by its file name without .mdx.`,
      );
    }
  });
  return problems;
}

/**
 * Translations that translate nothing, one line each: a kit translation with no kit module of its
 * file name, a clinic translation with no clinic module of its file name (a clinic translates its
 * own modules and replacements, never the kit's English), or one in a folder that is not one of
 * the site's other languages.
 * @param otherLocales the site's locales other than the default (the folders translations live in)
 */
export function orphanTranslationProblems(
  files: {
    kit: readonly ContentEntry[];
    kitTranslations: readonly ContentEntry[];
    clinic: readonly ContentEntry[];
    clinicTranslations: readonly ContentEntry[];
  },
  otherLocales: readonly string[],
  folders: { kit: string; clinic: string; what: 'module' | 'page' } = {
    kit: contentFolders.kitModules,
    clinic: contentFolders.clinicModules,
    what: 'module',
  },
): string[] {
  const problems: string[] = [];
  const kitSlugs = new Set(files.kit.map((entry) => entry.id));
  const clinicSlugs = new Set(files.clinic.map((entry) => entry.id));
  for (const translation of files.kitTranslations) {
    const { name } = splitTranslationId(translation.id);
    if (!kitSlugs.has(name)) {
      problems.push(
        `${fileOf(translation, folders.kit)} translates no ${folders.what}: there is no ${folders.kit}/${name}.mdx (a translation keeps the English file name).`,
      );
    }
  }
  for (const translation of files.clinicTranslations) {
    const { locale, name } = splitTranslationId(translation.id);
    const file = fileOf(translation, folders.clinic);
    if (!otherLocales.includes(locale)) {
      problems.push(
        `${file}: "${locale}" is not one of the site's other languages, so this file translates nothing. Translations go in ${otherLocales.map((other) => `${folders.clinic}/${other}/`).join(' or ')}.`,
      );
    } else if (!clinicSlugs.has(name)) {
      const kit = kitSlugs.has(name)
        ? ` The kit's ${folders.what} "${name}" has its own translation; to change it, replace the ${folders.what} too: put its English in ${folders.clinic}/${name}.mdx, then this file translates that.`
        : '';
      problems.push(
        `${file} translates no ${folders.what} of the clinic: there is no ${folders.clinic}/${name}.mdx (a translation keeps the English file name).${kit}`,
      );
    }
  }
  return problems;
}

/**
 * The site's modules from the kit's and the clinic's files and `modules.hide` (see the rules at the
 * top of this file).
 * @param otherLocales the site's locales other than the default, where translations live
 * @param settingsFile the settings' file, as messages name it
 * @throws a {@link FrontmatterError} listing every problem: `modules.hide` entries that name no
 *   kit module or send links nowhere, translations of no module, and modules sharing an `order`
 */
export function mergeModules<M extends ModuleContentEntry, T extends ContentEntry>(
  files: ModuleFiles<M, T>,
  hide: readonly HiddenModule[],
  otherLocales: readonly string[],
  settingsFile = 'clinic/config.ts',
): SiteModules<M, T> {
  const kitPublished = files.kit.filter((entry) => !entry.data.draft);
  const clinicPublished = files.clinic.filter((entry) => !entry.data.draft);
  const clinicBySlug = new Map(clinicPublished.map((entry) => [entry.id, entry]));
  const kitSlugs = new Set(files.kit.map((entry) => entry.id));

  // Every published module before hiding, with its file (the clinic's where it replaces the kit's).
  const published = new Map<string, string>();
  for (const entry of kitPublished) published.set(entry.id, fileOf(entry, contentFolders.kitModules));
  for (const entry of clinicPublished) published.set(entry.id, fileOf(entry, contentFolders.clinicModules));
  const drafts = new Map<string, string>();
  for (const [entries, folder] of [
    [files.kit, contentFolders.kitModules],
    [files.clinic, contentFolders.clinicModules],
  ] as const) {
    for (const entry of entries)
      if (entry.data.draft && !published.has(entry.id)) drafts.set(entry.id, fileOf(entry, folder));
  }

  const problems = [
    ...hiddenModuleProblems(
      hide,
      {
        kitSlugs: [...kitSlugs],
        clinicFiles: new Map(
          files.clinic.map((entry) => [
            entry.id,
            { file: fileOf(entry, contentFolders.clinicModules), draft: Boolean(entry.data.draft) },
          ]),
        ),
        published,
        drafts,
      },
      settingsFile,
    ),
    ...orphanTranslationProblems(files, otherLocales),
  ];
  if (problems.length > 0) throw new FrontmatterError(problems.join('\n'));

  const hidden = new Set(hide.map(({ slug }) => slug));
  const replacements = kitPublished
    .filter((entry) => clinicBySlug.has(entry.id))
    .map((entry) => ({ slug: entry.id, file: fileOf(clinicBySlug.get(entry.id)!, contentFolders.clinicModules) }));
  const merged = [
    ...kitPublished.filter((entry) => !hidden.has(entry.id)).map((entry) => clinicBySlug.get(entry.id) ?? entry),
    // A clinic module with the name of a kit draft takes the place of nothing: it is added as it is.
    ...clinicPublished.filter((entry) => !kitPublished.some((kitEntry) => kitEntry.id === entry.id)),
  ];
  const fromClinic = new Set(merged.filter((entry) => clinicBySlug.get(entry.id) === entry).map((entry) => entry.id));

  // A translation is shown only over the English it translates: the clinic's over the clinic's
  // modules, the kit's over the kit's.
  const translations = new Map<string, T>();
  for (const [list, clinic] of [
    [files.kitTranslations, false],
    [files.clinicTranslations, true],
  ] as const) {
    for (const translation of list) {
      const { name } = splitTranslationId(translation.id);
      if (!translation.data.draft && fromClinic.has(name) === clinic) translations.set(translation.id, translation);
    }
  }

  return {
    modules: inReadingOrder(merged),
    fromClinic,
    replacements,
    redirects: redirectsOf(hide),
    translationOf: (locale, slug) => translations.get(`${locale}/${slug}`),
  };
}

/** The line the build logs for each kit module the clinic replaces. */
export const replacementLine = ({ slug, file }: { slug: string; file: string }) =>
  `${file} replaces the kit's module ${slug}`;
