/**
 * Whole numbers written in a language ("2,000"), for counts in UI strings.
 *
 * Why not always `Intl.NumberFormat`: the first `Intl` formatter a page makes loads ICU's locale
 * data: 40–80 ms in Chromium on the development machine, four times that at Lighthouse's mobile
 * CPU slowdown (measured with `performance.now()` around the first `new Intl.NumberFormat('en')`
 * in a fresh page). Worksheet pages made one while hydrating, for their character counts, which showed up as
 * blocking time in Lighthouse. So a page is given the numbers its first render shows already
 * written, by the build ({@link writtenNumbers} on the server, {@link rememberNumbers} in the
 * island), and the formatter is made only for any other number, once per language.
 *
 * Grouping is always on: `Intl` leaves four-digit numbers ungrouped in Spanish ("2000"), but the
 * kit writes counts and limits the same way at every size ("2,000 caracteres" for a US clinic,
 * "2.000 caracteres" for one in Spain: the separator follows the clinic's country,
 * src/i18n/region.ts), so a limit reads alike in the hint, the count and the error.
 */

import { numberFormat } from '../lib/intl-cache';

/** The one formatter of whole numbers in `language` (made once, then kept by intl-cache.ts). */
const wholeNumbers = (language: string) => numberFormat(language, { useGrouping: 'always' });

const remembered = new Map<string, string>();

const key = (language: string, value: number) => `${language} ${value}`;

/** `value` written in `language`, from what the page was given or else from `Intl`. */
export function formatNumber(value: number, language: string): string {
  return remembered.get(key(language, value)) ?? wholeNumbers(language).format(value);
}

/** Makes the language's formatter now (e.g. while the patient moves into a form), not on the first keystroke. */
export function prepareNumbers(language: string): void {
  wholeNumbers(language);
}

/**
 * The numbers written out, for a page to pass to its island (run at build).
 * @returns value → text, e.g. `{ "2000": "2,000" }`
 */
export function writtenNumbers(values: readonly number[], language: string): Record<string, string> {
  return Object.fromEntries([...new Set(values)].map((value) => [String(value), wholeNumbers(language).format(value)]));
}

/** Takes numbers written by {@link writtenNumbers}, so formatting them needs no `Intl` formatter. */
export function rememberNumbers(numbers: Record<string, string>, language: string): void {
  for (const [value, text] of Object.entries(numbers)) remembered.set(key(language, Number(value)), text);
}
