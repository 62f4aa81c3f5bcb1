import { getCountries } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { isPhoneCountry } from '../../../src/lib/phone-at-build';
import { localeIds } from '../../../src/i18n/locales';
import { formattingLanguage } from '../../../src/i18n/region';
import {
  countriesWithOwnWords,
  regionValues,
  regionWord,
  regionWordKeys,
  type RegionWord,
} from '../../../src/i18n/region-words';
import { translatorFor, uiStrings } from '../../../src/i18n/strings';
import { createTranslator } from '../../../src/i18n/translator';
import { parseClinicConfig } from '../../../src/schemas/clinic';
import { exampleClinicInput } from '../../fixtures/example-clinic';

/** The example clinic, in another country. */
const clinicIn = (country: string) => {
  const input = exampleClinicInput();
  return parseClinicConfig({ ...input, clinic: { ...input.clinic, country } }, 'clinic.config.ts');
};

const words = Object.keys(countriesWithOwnWords) as RegionWord[];
const addressParts = regionValues['region.addressParts'];
/** A country the clinic settings accept that has no words of its own. */
const otherCountry = getCountries().find(
  (country) => !(countriesWithOwnWords.addressParts as readonly string[]).includes(country),
)!;

describe('region words', () => {
  it('say "postcode" to a UK clinic’s patients, and not "ZIP code"', () => {
    const text = addressParts(clinicIn('GB'), translatorFor('en')).text;
    expect(text).toContain('postcode');
    expect(text).not.toContain('ZIP');
  });

  it('say "ZIP code" to a US clinic’s patients, and not "postcode"', () => {
    const text = addressParts(clinicIn('US'), translatorFor('en')).text;
    expect(text).toContain('ZIP code');
    expect(text).not.toContain('postcode');
  });

  it('give any other country the neutral words', () => {
    expect(addressParts(clinicIn(otherCountry), translatorFor('en')).text).toBe(
      uiStrings('en')['clinicValue.region.addressParts'],
    );
  });

  it.each(localeIds)('are in the %s strings for every country, whatever tag the translator formats with', (locale) => {
    for (const country of getCountries()) {
      const ui = createTranslator(uiStrings(locale), formattingLanguage(locale, country));
      const text = addressParts(clinicIn(country), ui).text;
      expect(Object.values(uiStrings(locale)), `${locale} + ${country}`).toContain(text);
    }
  });

  it('have a string for every country listed with its own words, in every language', () => {
    for (const locale of localeIds) {
      for (const word of words)
        for (const key of regionWordKeys(word)) expect(uiStrings(locale)[key], `${locale}: ${key}`).toBeTruthy();
    }
  });

  it('list every country that has a string of its own, so none is left unread', () => {
    const keyed = Object.keys(uiStrings('en')).filter((key) => key.startsWith('clinicValue.region.'));
    expect(keyed.sort()).toEqual(words.flatMap(regionWordKeys).sort());
  });

  it('name only countries the clinic settings accept', () => {
    for (const word of words)
      for (const country of countriesWithOwnWords[word]) expect(isPhoneCountry(country), country).toBe(true);
  });

  it('pick a country’s own string by the country, else the neutral one', () => {
    const ui = translatorFor('es');
    expect(regionWord('addressParts', 'US', ui)).toBe(uiStrings('es')['clinicValue.region.addressParts.US']);
    expect(regionWord('addressParts', otherCountry, ui)).toBe(uiStrings('es')['clinicValue.region.addressParts']);
  });
});
