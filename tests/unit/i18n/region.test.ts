import { getCountries } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { localeIds, locales } from '../../../src/i18n/locales';
import { formatNumber } from '../../../src/i18n/numbers';
import { formattingLanguage } from '../../../src/i18n/region';
import { uiStrings } from '../../../src/i18n/strings';
import { createTranslator } from '../../../src/i18n/translator';
import { formatDate, formatDateTime, formatList, formatMinutes } from '../../../src/lib/format';

/**
 * Formatting follows the clinic's country (src/i18n/region.ts). Every expectation is what `Intl`
 * itself writes for the language and country, never text typed here, so the tests hold on any
 * ICU version.
 */

const day = new Date(Date.UTC(2026, 2, 14, 14, 30));
/** Every way the kit formats, by the kit's own functions, for one language tag. */
const formatted = (tag: string) => ({
  date: formatDate(day, tag),
  dateTime: formatDateTime(day, tag),
  minutes: formatMinutes(5, tag),
  list: formatList(['a', 'b', 'c'], tag),
  number: formatNumber(2000, tag),
  time: new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: 'UTC' }).format(day),
});
/** The same, by `Intl` with the language and the country spelled out. */
const byIntl = (lang: string, country: string) => {
  const tag = `${lang}-${country}`;
  return {
    date: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(day),
    dateTime: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' }).format(day),
    minutes: new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(5),
    list: new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }).format(['a', 'b', 'c']),
    number: new Intl.NumberFormat(tag, { useGrouping: 'always' }).format(2000),
    time: new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: 'UTC' }).format(day),
  };
};

/** Every country `clinic.country` accepts (the schema takes the phone rule's countries). */
const countries = getCountries();

describe('formattingLanguage', () => {
  it('gives a UK clinic’s English pages en-GB, which writes dates day first', () => {
    const tag = formattingLanguage('en', 'GB');
    expect(tag).toBe(new Intl.Locale('en', { region: 'GB' }).toString());
    expect(formatDate(day, tag)).toBe(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(day),
    );
    // …which is not what the page wrote before countries were read.
    expect(formatDate(day, tag)).not.toBe(formatDate(day, locales.en.lang));
    expect(formatted(tag)).toEqual(byIntl('en', 'GB'));
  });

  it('keeps a US clinic’s English pages exactly as they were: the plain language tag', () => {
    expect(formattingLanguage('en', 'US')).toBe(locales.en.lang);
    expect(formatted(formattingLanguage('en', 'US'))).toEqual(formatted(locales.en.lang));
  });

  it('gives a US clinic’s Spanish pages es-US, which groups thousands with a comma', () => {
    const tag = formattingLanguage('es', 'US');
    expect(tag).toBe(new Intl.Locale('es', { region: 'US' }).toString());
    expect(formatNumber(2000, tag)).toBe(new Intl.NumberFormat('es-US', { useGrouping: 'always' }).format(2000));
    expect(formatNumber(2000, tag)).not.toBe(formatNumber(2000, locales.es.lang));
  });

  it('keeps the plain tag for the country Intl already assumes for the language', () => {
    for (const locale of localeIds) {
      const { lang } = locales[locale];
      const assumed = new Intl.Locale(lang).maximize().region!;
      expect(formattingLanguage(locale, assumed), locale).toBe(lang);
    }
  });

  it.each(localeIds)(
    'formats %s for every country the clinic settings accept as Intl does for that language and country',
    (locale) => {
      const { lang } = locales[locale];
      for (const country of countries) {
        const tag = formattingLanguage(locale, country);
        expect(new Intl.Locale(tag).language, `${locale} + ${country}`).toBe(new Intl.Locale(lang).language);
        expect(formatted(tag), `${locale} + ${country}`).toEqual(byIntl(lang, country));
      }
    },
  );

  it('is what a translator counts with, so counts in UI strings follow the country', () => {
    const tag = formattingLanguage('es', 'US');
    const ui = createTranslator(uiStrings('es'), tag);
    expect(ui.language).toBe(tag);
    expect(ui.tPlural('form.charactersRemaining', 2000)).toContain(
      new Intl.NumberFormat('es-US', { useGrouping: 'always' }).format(2000),
    );
  });

  it('refuses a country that is no region code at all', () => {
    expect(() => formattingLanguage('en', 'Britain')).toThrow(RangeError);
  });
});
