import { withBase } from '../lib/urls';
import { locales, type Locale } from './locales';
import { localePath, pageLocale } from './page-locale';
import { linkTranslatorFor, translatorFor, type LinkTranslator, type UiTranslator } from './strings';

/** What an Astro component needs to speak its page's language. */
export interface PageI18n {
  locale: Locale;
  /** BCP 47 tag for `lang`, `Intl` and Pagefind. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The site's strings in the page's locale. */
  ui: UiTranslator;
  /** The provider-link strings in the page's locale. */
  links: LinkTranslator;
  /** A site path in the page's locale, with the base: `href('privacy/')` → `/es/privacy/`. */
  href(path?: string): string;
}

/**
 * The page's locale and its translators, from the page's URL, for any Astro component:
 * `const { ui, href } = pageI18n(Astro.url)`. Build-time only (it reads every locale's strings);
 * islands are handed their locale's strings as props instead.
 */
export function pageI18n(url: URL): PageI18n {
  const locale = pageLocale(url);
  const { lang, dir } = locales[locale];
  return {
    locale,
    lang,
    dir,
    ui: translatorFor(locale),
    links: linkTranslatorFor(locale),
    href: (path = '') => withBase(localePath(locale, path)),
  };
}
