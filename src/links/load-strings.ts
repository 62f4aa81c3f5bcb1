import type { Locale } from '../i18n/locales';
import type { LinkStrings, UiStrings } from '../i18n/strings';

/**
 * One locale's strings, fetched when a page opened from a provider's link needs them and the page
 * was not given them: pages built without a framework (modules, the home page) and worksheet
 * pages, whose islands carry the site's strings but not the provider-link ones. Each locale's file
 * is its own chunk, so a Spanish page fetches the Spanish file only, and a page opened without a
 * link fetches none (this module itself is only ever loaded with `import()` by link code).
 *
 * Not eager on purpose: an eager glob would put every language's words in the script.
 */
const linkFiles = import.meta.glob<LinkStrings>('../i18n/*/links.json', { import: 'default' });
const uiFiles = import.meta.glob<UiStrings>('../i18n/*/ui.json', { import: 'default' });

function load<T>(files: Record<string, () => Promise<T>>, name: string, locale: Locale): Promise<T> {
  const file = files[`../i18n/${locale}/${name}`];
  if (!file) return Promise.reject(new Error(`src/i18n/${locale}/${name} is missing.`));
  return file();
}

/** The provider-link strings of `locale` (src/i18n/<locale>/links.json). */
export const loadLinkStrings = (locale: Locale): Promise<LinkStrings> => load(linkFiles, 'links.json', locale);

/** The site strings of `locale` (src/i18n/<locale>/ui.json), for formatting clinic values on pages without an island. */
export const loadUiStrings = (locale: Locale): Promise<UiStrings> => load(uiFiles, 'ui.json', locale);
