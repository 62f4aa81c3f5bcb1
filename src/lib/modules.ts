import { getCollection, type CollectionEntry } from 'astro:content';
import clinic, { settingsFile } from '../clinic/settings';
import { defaultLocale, localeIds, type Locale } from '../i18n/locales';
import type { ModuleFrontmatter } from '../schemas/module';
import { mergeModules, replacementLine, type SiteModules } from './clinic-content';
import { countWords, readingMinutes } from './reading-time';

/** One English module: the kit's (`src/content/modules/`) or the clinic's (`clinic/modules/`). */
export type ModuleEntry = CollectionEntry<'modules'> | CollectionEntry<'clinicModules'>;

/** One translated module: the kit's or the clinic's. */
export type ModuleTranslationEntry =
  CollectionEntry<'moduleTranslations'> | CollectionEntry<'clinicModuleTranslations'>;

/**
 * A module as a page in one locale shows it: the translation's words (title, description,
 * sources, body) over the English module's place (order, section, audience, worksheets). A module
 * not translated into the locale yet (no file, or a translation marked `draft`) is the English one
 * with `translated: false`, so its page says so and no link in that language ever 404s.
 */
export interface LocalizedModule {
  /** The slug: the English file name, the same in every locale. */
  id: string;
  data: ModuleFrontmatter;
  /** What to render: the translation, or the English module when there is none. */
  entry: ModuleEntry | ModuleTranslationEntry;
  /** The file `entry` comes from, project-relative (`clinic/modules/es/getting-here.mdx`), for messages. */
  file: string;
  /** Whether the English module is the clinic's (its own, or its replacement of the kit's). */
  fromClinic: boolean;
  /** The locale of the page that shows it. */
  locale: Locale;
  /** Whether its words are in `locale` (always true in the default locale). */
  translated: boolean;
}

/** Replacements already logged: the line is said once per build, not once per page. */
const logged = new Set<string>();

/**
 * The kit's and the clinic's modules, merged by src/lib/clinic-content.ts with the clinic's
 * `modules.hide`. Every page and list gets modules through this (and {@link getModules}), so a
 * hidden module is nowhere and a replacement is everywhere.
 * @throws naming the file or the setting: a translation of no module, a `modules.hide` entry that
 *   names no kit module or sends links nowhere, two modules with the same `order`
 */
export async function siteModules(): Promise<SiteModules<ModuleEntry, ModuleTranslationEntry>> {
  const [kit, kitTranslations, clinicModules, clinicTranslations] = await Promise.all([
    getCollection('modules'),
    getCollection('moduleTranslations'),
    getCollection('clinicModules'),
    getCollection('clinicModuleTranslations'),
  ]);
  const merged = mergeModules<ModuleEntry, ModuleTranslationEntry>(
    { kit, kitTranslations, clinic: clinicModules, clinicTranslations },
    clinic.modules.hide,
    localeIds.filter((locale) => locale !== defaultLocale),
    settingsFile,
  );
  for (const replacement of merged.replacements) {
    const line = replacementLine(replacement);
    if (!logged.has(line)) console.info(line);
    logged.add(line);
  }
  return merged;
}

/**
 * Where links to a hidden module go: hidden slug → the slug its `linksGoTo` names (only hidden
 * modules with a `linksGoTo`). For provider links made before the module was hidden: their reading
 * list still names it.
 */
export async function moduleRedirects(): Promise<Record<string, string>> {
  return Object.fromEntries((await siteModules()).redirects);
}

/**
 * Every module the site shows, in reading order, as a page in `locale` shows it: the kit's and
 * the clinic's (src/lib/clinic-content.ts says how they merge), without drafts or hidden modules.
 * @throws as {@link siteModules}
 */
export async function getModules(locale: Locale = defaultLocale): Promise<LocalizedModule[]> {
  const { modules, fromClinic, translationOf } = await siteModules();
  return modules.map((module) => {
    const own = { id: module.id, fromClinic: fromClinic.has(module.id), locale };
    const translation = locale === defaultLocale ? undefined : translationOf(locale, module.id);
    if (!translation)
      return { ...own, data: module.data, entry: module, file: fileOf(module), translated: locale === defaultLocale };
    const { title, description, lastReviewed, sources } = translation.data;
    return {
      ...own,
      data: { ...module.data, title, description, lastReviewed, sources },
      entry: translation,
      file: fileOf(translation),
      translated: true,
    };
  });
}

/** The project-relative file of an entry (Astro's glob entries always have it; the fallback names the kit's folder). */
const fileOf = (entry: ModuleEntry | ModuleTranslationEntry) => entry.filePath ?? `src/content/modules/${entry.id}.mdx`;

/**
 * Minutes read per module entry, with the body they were counted from. Why: the home page, both
 * worksheets, the plan and the link builder each list every module with its reading time; counting
 * words again on each page was 2.5 s of a 1,000-module build (about 6,000 counts; `npm run bench`).
 * The body is kept so an edited module (dev server) is counted again.
 */
const minutesById = new Map<string, { body: string; minutes: number }>();

/** Whole minutes to read a module in the words its page shows, counted once per body. */
export function moduleReadingMinutes(module: Pick<LocalizedModule, 'entry'>): number {
  const { id, body = '' } = module.entry;
  // By collection too: the clinic's replacement has the kit module's id.
  const key = `${module.entry.collection}/${id}`;
  const known = minutesById.get(key);
  if (known?.body === body) return known.minutes;
  const minutes = readingMinutes(countWords(body));
  minutesById.set(key, { body, minutes });
  return minutes;
}
