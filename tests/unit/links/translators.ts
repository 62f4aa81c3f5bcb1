import {
  linkStrings,
  linkTranslatorFor,
  translatorFor,
  uiStrings,
  type LinkStrings,
  type UiStrings,
} from '../../../src/i18n/strings';
import { createTranslator } from '../../../src/i18n/translator';

/**
 * Translators for the link tests: the site's English, and a made-up second language whose every
 * string differs from the English (the real Spanish files are being written as these tests are,
 * and would pass a test that only checked "some Spanish" while still being English copies).
 */

/** The English provider-link strings, as the English pages get them. */
export const englishLinks = linkTranslatorFor('en');

/** The English site strings. */
export const englishUi = translatorFor('en');

/** Marks every string of the made-up language: a test finding it knows which translator wrote the text. */
export const FAKE = '[fake es]';

const fake = <T extends Readonly<Record<string, string>>>(strings: T): T =>
  Object.fromEntries(Object.entries(strings).map(([key, text]) => [key, `${FAKE} ${text}`])) as unknown as T;

/** Every provider-link string, marked, in a language tagged `es` (so numbers are written "2.000"). */
export const fakeLinkStrings: LinkStrings = fake(linkStrings('en'));

/** Every site string, marked, tagged `es`. */
export const fakeUiStrings: UiStrings = fake(uiStrings('en'));

export const fakeLinks = createTranslator(fakeLinkStrings, 'es');
export const fakeUi = createTranslator(fakeUiStrings, 'es');

/** The English strings the builder and the plan page are given. */
export const englishStrings = { strings: uiStrings('en'), linkStrings: linkStrings('en'), language: 'en' } as const;
