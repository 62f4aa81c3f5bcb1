import type { ClinicConfig } from '../schemas/clinic';
import type { UiStringKey, UiTranslator } from './strings';

/**
 * Words that vary by the clinic's country within one language: what an address is made of
 * ("flat … postcode" in the United Kingdom, "apartment … ZIP code" in the United States). They
 * are clinic values ({@link regionValues}, spread into src/clinic/values.ts): `{region.<word>}` in a
 * worksheet's text, like `{lookIn.interval}`, is filled in with the rest when the page is built
 * (src/worksheets/clinic-text.ts), so a clinic sets nothing but `clinic.country`.
 *
 * The words are UI strings, one neutral string per word and one per country that says it its
 * own way:
 *
 *     clinicValue.region.addressParts       the neutral words, for any country without its own
 *     clinicValue.region.addressParts.GB    the United Kingdom's own words
 *
 * Every language has every key (the parity check of src/i18n/strings.ts sees to it); a language
 * that says it the same way everywhere repeats its neutral words. Only the translator is read
 * here, so browser code (a provider's link re-formats clinic values on the page) ships nothing more.
 */

/** The countries with their own words for each region word, beside the neutral words every other country reads. */
export const countriesWithOwnWords = {
  addressParts: ['GB', 'US'],
} as const satisfies Record<string, readonly string[]>;

/** A word that varies by country: `addressParts`. */
export type RegionWord = keyof typeof countriesWithOwnWords;

/** Every region word's UI string keys: its neutral one, then one per country with its own words. */
export const regionWordKeys = (word: RegionWord): UiStringKey[] => [
  `clinicValue.region.${word}`,
  ...countriesWithOwnWords[word].map((country): UiStringKey => `clinicValue.region.${word}.${country}`),
];

/**
 * A word as the clinic's country says it, in the translator's language: the country's own
 * string if it has one, else the neutral one.
 * @param word which word
 * @param country the clinic's country (`clinic.country`, ISO 3166-1 alpha-2, in capitals)
 * @param ui the page's translator
 */
export function regionWord(word: RegionWord, country: string, ui: UiTranslator): string {
  const own = (countriesWithOwnWords[word] as readonly string[]).includes(country);
  return ui.t((own ? `clinicValue.region.${word}.${country}` : `clinicValue.region.${word}`) as UiStringKey);
}

/**
 * The region words as clinic values, by the names worksheets write (`{region.addressParts}`): for
 * src/clinic/values.ts to spread into its formatters, which makes them clinic values everywhere
 * (worksheet text, cards, `<ClinicValue name="region.addressParts" />` in a module).
 */
export const regionValues = {
  'region.addressParts': (config, ui) => ({ text: regionWord('addressParts', config.clinic.country, ui) }),
} satisfies Record<`region.${RegionWord}`, (config: ClinicConfig, ui: UiTranslator) => { text: string }>;
