import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/locales';
import type { ModuleFrontmatter } from '../schemas/module';
import { inReadingOrder } from './module-order';
import { countWords, readingMinutes } from './reading-time';

/** One English module from `src/content/modules/`. */
export type ModuleEntry = CollectionEntry<'modules'>;

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
  entry: ModuleEntry | CollectionEntry<'moduleTranslations'>;
  /** The locale of the page that shows it. */
  locale: Locale;
  /** Whether its words are in `locale` (always true in the default locale). */
  translated: boolean;
}

/** `es/set-and-setting` → `["es", "set-and-setting"]`. */
const splitTranslationId = (id: string) => {
  const [locale = '', ...rest] = id.split('/');
  return { locale, slug: rest.join('/') };
};

/**
 * Every module that is not a draft, in reading order, as a page in `locale` shows it.
 * @throws naming the file when a translation has no English module of the same slug
 */
export async function getModules(locale: Locale = defaultLocale): Promise<LocalizedModule[]> {
  const english = inReadingOrder(await getCollection('modules', (module) => !module.data.draft));
  const translations = new Map<string, CollectionEntry<'moduleTranslations'>>();
  const all = await getCollection('moduleTranslations');
  const slugs = new Set((await getCollection('modules')).map((module) => module.id));
  for (const translation of all) {
    const { locale: of, slug } = splitTranslationId(translation.id);
    if (!slugs.has(slug)) {
      throw new Error(`src/content/modules/${of}/${slug}.mdx translates no module: there is no src/content/modules/${slug}.mdx (a translation keeps the English file name).`);
    }
    if (of === locale && !translation.data.draft) translations.set(slug, translation);
  }
  return english.map((module) => {
    const translation = locale === defaultLocale ? undefined : translations.get(module.id);
    if (!translation) return { id: module.id, data: module.data, entry: module, locale, translated: locale === defaultLocale };
    const { title, description, lastReviewed, sources } = translation.data;
    return { id: module.id, data: { ...module.data, title, description, lastReviewed, sources }, entry: translation, locale, translated: true };
  });
}

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
  const known = minutesById.get(id);
  if (known?.body === body) return known.minutes;
  const minutes = readingMinutes(countWords(body));
  minutesById.set(id, { body, minutes });
  return minutes;
}
