import { defaultLocale, isLocale, localeIds, type Locale } from './locales';

/**
 * Locales in URLs. The default locale's pages are at the site's root (`/modules/<slug>/`, the stable
 * addresses providers already send); every other locale's are the same paths under its id
 * (`/es/modules/<slug>/`), so a page's address in another language is always known.
 */

const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The path after the site's base: `/kap/es/plan/` → `es/plan/`. */
const pathInSite = (pathname: string) =>
  pathname.startsWith(base()) ? pathname.slice(base().length) : pathname.replace(/^\//, '');

/** The locale a page is in, from its URL (`/es/…` is Spanish; anything else is the default). */
export function pageLocale(url: URL | string): Locale {
  const pathname = typeof url === 'string' ? url : url.pathname;
  const first = pathInSite(pathname).split('/')[0];
  return first && first !== defaultLocale && isLocale(first) ? first : defaultLocale;
}

/**
 * A site path in a locale, without the base: `localePath('es', 'modules/x/')` → `es/modules/x/`;
 * the default locale's paths are unchanged. Pass the result to `withBase`.
 */
export const localePath = (locale: Locale, path = '') =>
  locale === defaultLocale ? path.replace(/^\//, '') : `${locale}/${path.replace(/^\//, '')}`;

/** The path of the same page without its locale: `es/modules/x/` → `modules/x/`. */
export function pathWithoutLocale(pathname: string): string {
  const path = pathInSite(pathname);
  const [first, ...rest] = path.split('/');
  return first && first !== defaultLocale && isLocale(first) ? rest.join('/') : path;
}

/** `getStaticPaths` params for a page under `src/pages/[...locale]/`: the default locale at the root. */
export const localeParams = () =>
  localeIds.map((locale) => ({ locale: locale === defaultLocale ? undefined : locale }));
