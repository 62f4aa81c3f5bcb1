import { defaultLocale, type Locale } from '../i18n/locales';
import { localePath } from '../i18n/page-locale';

/**
 * Builds site URLs that respect Astro's `base`, so the kit works at a domain root or under a
 * subpath such as `https://example.org/kap/`. Every internal link goes through here.
 * @param path a site path without the base, e.g. `"modules/set-and-setting/"` or `"/privacy/"`
 */
export function withBase(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}

/**
 * The stable URL of a module: `/modules/<slug>/`, in another locale `/<locale>/modules/<slug>/`.
 * Providers send these; never change the shape.
 */
export const moduleUrl = (slug: string, locale: Locale = defaultLocale) =>
  withBase(localePath(locale, `modules/${slug}/`));

/** The stable URL of a worksheet: `/worksheets/<id>/`, in another locale `/<locale>/worksheets/<id>/`. */
export const worksheetUrl = (id: string, locale: Locale = defaultLocale) =>
  withBase(localePath(locale, `worksheets/${id}/`));
