import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, localeIds, type Locale } from '../i18n/locales';
import { localePath } from '../i18n/page-locale';
import { mergePages, newClinicPageIds, type SitePage } from './clinic-pages';
import { withBase } from './urls';

/** A prose page entry: the kit's or the clinic's, English or translated. */
export type PageEntry =
  | CollectionEntry<'pages'>
  | CollectionEntry<'pageTranslations'>
  | CollectionEntry<'clinicPages'>
  | CollectionEntry<'clinicPageTranslations'>;

/**
 * The site's prose pages, the kit's and the clinic's, merged by src/lib/clinic-pages.ts: the
 * clinic's `privacy` or `providers` in place of the kit's, its other pages added.
 * @throws naming the file: a clinic page whose id is an address the kit uses, a translation of no page
 */
export async function sitePages(): Promise<Map<string, SitePage<PageEntry>>> {
  const [kit, kitTranslations, clinic, clinicTranslations] = await Promise.all([
    getCollection('pages'),
    getCollection('pageTranslations'),
    getCollection('clinicPages'),
    getCollection('clinicPageTranslations'),
  ]);
  return mergePages<PageEntry>(
    { kit, kitTranslations, clinic, clinicTranslations },
    localeIds.filter((locale) => locale !== defaultLocale),
  );
}

/**
 * One page of the site by id, as its routes show it.
 * @throws when there is no such page (a route for a page that has no file)
 */
export async function sitePage(id: string): Promise<SitePage<PageEntry>> {
  const page = (await sitePages()).get(id);
  if (!page) throw new Error(`src/content/pages/${id}.mdx is missing.`);
  return page;
}

/** The ids of the clinic's own new pages (`clinic/pages/<id>.mdx` that replace no kit page), for their route. */
export const clinicPageIds = async (): Promise<string[]> => newClinicPageIds(await sitePages());

/** A link to one of the clinic's own pages, as a list of them (the footer, say) shows it. */
export interface ClinicPageLink {
  id: string;
  /** The page's title in `locale`, or the English one while it is not translated. */
  title: string;
  /** Whether `title` is in `locale` (else give the link the English `lang`). */
  translated: boolean;
  /** The page's address in `locale`, base path included: `/es/getting-here/`. */
  href: string;
}

/**
 * The clinic's own new pages, sorted by id, as links in `locale`: for a list of them on every
 * page (the footer), so each is reachable without search.
 */
export async function clinicPageLinks(locale: Locale): Promise<ClinicPageLink[]> {
  const pages = await sitePages();
  return newClinicPageIds(pages).map((id) => {
    const { english, translationOf } = pages.get(id)!;
    const translation = locale === defaultLocale ? undefined : translationOf(locale);
    return {
      id,
      title: (translation ?? english).data.title,
      translated: locale === defaultLocale || translation !== undefined,
      href: withBase(localePath(locale, `${id}/`)),
    };
  });
}
