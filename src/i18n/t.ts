// The attribute lets plain Node (Playwright's tests import link code) load the JSON as well as Vite.
import en from './en.json' with { type: 'json' };
import { createTranslator } from './translator';

export type { UiStringValues } from './translator';

/**
 * UI strings live in src/i18n/, one JSON file per part of the kit that loads on its own in the
 * browser: `en.json` for the site and the worksheet forms, `en-links.json` for provider links (the
 * plan, the link builder, link notices; see t-links.ts). Adding a language means a second set of
 * files with the same keys.
 */

/** A key of the site's UI strings. */
export type UiStringKey = keyof typeof en;

/** The site's language, as a BCP 47 tag for `<html lang>`, PDFs and `Intl` formatting. */
export const siteLanguage = en['site.language'];

/**
 * `t(key, values)` looks up a site UI string and fills its `{placeholders}` (throwing on a missing
 * value); `tPlural(key, count)` picks `<key>.one`/`<key>.other`… by the site language's rules.
 */
export const { t, tPlural } = createTranslator<UiStringKey>(en, siteLanguage);
