import { contentFolders, orphanTranslationProblems, type ContentEntry } from './clinic-content';
import { FrontmatterError } from './frontmatter-error';

/**
 * How the clinic's prose pages (`clinic/pages/`) and the kit's (`src/content/pages/`) make the
 * site's pages. Plain functions of the entries, tested without Astro; src/lib/pages.ts hands them
 * the content collections. The rules:
 *
 * - a clinic page with a kit page's id (`privacy`, `providers`) replaces it at the same address,
 *   with its translations; the kit's translations are not shown over the clinic's English (they
 *   translate other words): until the clinic translates it, the page in another language is the
 *   clinic's English with the "not translated yet" notice;
 * - any other clinic page is a new page at `/<id>/` (and `/<locale>/<id>/`), found by search;
 * - an id the site already uses for something else (`modules`, `search`, a locale…) stops the
 *   build, naming the file.
 */

/**
 * Top-level addresses of the site that are not prose pages, each with what it is, so a clinic page
 * cannot take one. A test checks every route under src/pages/ is here or is a kit page.
 */
export const reservedPageIds: Readonly<Record<string, string>> = {
  index: 'the home page (/)',
  modules: 'the module pages (/modules/<slug>/)',
  worksheets: 'the worksheet pages (/worksheets/<id>/)',
  plan: "the page a provider's link opens (/plan/)",
  search: 'the search page (/search/)',
  pagefind: 'the search index (/pagefind/)',
  _astro: "the site's scripts and styles (/_astro/)",
  '404': 'the "page not found" page (/404.html)',
};

/** One page of the site: its English and, per locale, the translation shown. */
export interface SitePage<P> {
  id: string;
  /** The English page shown: the clinic's where it has one, else the kit's. */
  english: P;
  /** Whether the English is the clinic's (a new page, or its replacement of the kit's). */
  fromClinic: boolean;
  /** Whether it is at an address of the kit (`/privacy/`, `/providers/`), whose route is the kit's. */
  kitPage: boolean;
  /** The translation a page in `locale` shows, if any. */
  translationOf(locale: string): P | undefined;
}

/** Every page file of the site, as the four collections give them. */
export interface PageFiles<P extends ContentEntry> {
  kit: readonly P[];
  kitTranslations: readonly P[];
  clinic: readonly P[];
  clinicTranslations: readonly P[];
}

/**
 * What is wrong with the clinic's page ids, one line each: an id that is one of the site's locales
 * or another address the kit uses ({@link reservedPageIds}).
 * @param otherLocales the site's locales other than the default
 */
export function reservedPageIdProblems(clinic: readonly ContentEntry[], otherLocales: readonly string[]): string[] {
  return clinic.flatMap((entry) => {
    const file = entry.filePath ?? `${contentFolders.clinicPages}/${entry.id}.mdx`;
    const taken = otherLocales.includes(entry.id)
      ? `the folder of every page in that language (/${entry.id}/)`
      : Object.hasOwn(reservedPageIds, entry.id)
        ? reservedPageIds[entry.id]
        : undefined;
    if (!taken) return [];
    return [
      `${file}: a page called "${entry.id}" would be at /${entry.id}/, which is ${taken}. Give the file another name, such as ${contentFolders.clinicPages}/our-${entry.id}.mdx (its name is its address).`,
    ];
  });
}

/**
 * The site's prose pages from the kit's and the clinic's files (see the rules at the top of this file).
 * @param otherLocales the site's locales other than the default, where translations live
 * @throws a {@link FrontmatterError} listing every problem: reserved ids and translations of no page
 */
export function mergePages<P extends ContentEntry>(
  files: PageFiles<P>,
  otherLocales: readonly string[],
): Map<string, SitePage<P>> {
  const problems = [
    ...reservedPageIdProblems(files.clinic, otherLocales),
    ...orphanTranslationProblems(files, otherLocales, {
      kit: contentFolders.kitPages,
      clinic: contentFolders.clinicPages,
      what: 'page',
    }),
  ];
  if (problems.length > 0) throw new FrontmatterError(problems.join('\n'));

  const kitIds = new Set(files.kit.map((entry) => entry.id));
  const byId = (list: readonly P[]) => new Map(list.map((entry) => [entry.id, entry]));
  const kitTranslations = byId(files.kitTranslations);
  const clinicTranslations = byId(files.clinicTranslations);
  const pages = new Map<string, SitePage<P>>();
  for (const [english, fromClinic] of [
    ...files.kit.map((entry) => [entry, false] as const),
    ...files.clinic.map((entry) => [entry, true] as const),
  ]) {
    const translations = fromClinic ? clinicTranslations : kitTranslations;
    pages.set(english.id, {
      id: english.id,
      english,
      fromClinic,
      kitPage: kitIds.has(english.id),
      translationOf: (locale) => translations.get(`${locale}/${english.id}`),
    });
  }
  return pages;
}

/** The ids of the clinic's new pages (not replacing a kit page), sorted: the pages its route makes. */
export const newClinicPageIds = <P>(pages: ReadonlyMap<string, SitePage<P>>): string[] =>
  [...pages.values()]
    .filter((page) => page.fromClinic && !page.kitPage)
    .map((page) => page.id)
    .sort();
