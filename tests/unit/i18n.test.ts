import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/ui.json';
import enLinks from '../../src/i18n/en/links.json';
import clinic from '../../src/clinic/settings';
import { localeIds, localeOfLanguage } from '../../src/i18n/locales';
import { formattingLanguage } from '../../src/i18n/region';
import { linkTranslatorFor, translatorFor, type UiStringKey } from '../../src/i18n/strings';
import { audienceIds, sectionIds } from '../../src/schemas/sections';

const keys = Object.keys(en);
const { t } = translatorFor('en');
const { t: tLink, tPlural: tLinkPlural } = linkTranslatorFor('en');

/** Asserts `key` is in en.json and t() gives it a non-empty label. */
function expectLabel(key: string): void {
  expect(keys, `en.json has no "${key}"`).toContain(key);
  expect(t(key as UiStringKey).trim()).not.toBe('');
}

describe('en.json', () => {
  it.each(sectionIds)('has a label for the section "%s"', (id) => {
    expectLabel(`section.${id}`);
  });

  it.each(audienceIds)('has a label for the audience "%s"', (id) => {
    expectLabel(`audience.${id}`);
  });

  it('has only non-empty string values', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(typeof value, key).toBe('string');
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('writes every placeholder as {name}, so t() can fill it', () => {
    for (const [key, value] of Object.entries(en)) {
      const braces = value.match(/[{}]/g)?.length ?? 0;
      const placeholders = value.match(/\{\w+\}/g)?.length ?? 0;
      expect(braces, `${key}: "${value}"`).toBe(placeholders * 2);
    }
  });

  it.each(localeIds)('formats the %s strings in the locale’s language, in the clinic’s country’s way', (locale) => {
    // Formatting follows the clinic's country (src/i18n/region.ts); the language stays the locale's.
    expect(translatorFor(locale).language).toBe(formattingLanguage(locale, clinic.clinic.country));
    expect(localeOfLanguage(translatorFor(locale).language)).toBe(locale);
    expect(() => new Intl.Locale(translatorFor(locale).language)).not.toThrow();
  });
});

describe('a translator’s t', () => {
  it('returns a string without placeholders unchanged', () => {
    expect(t('site.name')).toBe(en['site.name']);
  });

  it('fills a {placeholder} with the value given', () => {
    expect(t('module.emergency', { emergency: 'your local emergency number (911)' })).toBe(
      'In an emergency, call your local emergency number (911).',
    );
  });

  it('fills a placeholder with a number', () => {
    expect(t('module.readingTime', { duration: 5 })).toBe('About 5 to read');
  });

  it('treats 0 as a value, not as a missing one', () => {
    expect(t('module.emergency', { emergency: 0 })).toBe('In an emergency, call 0.');
  });

  it('ignores values that have no placeholder', () => {
    expect(t('footer.contact', { clinic: 'Example Clinic', unused: 'x' })).toBe(
      'Questions about your care? Contact Example Clinic:',
    );
  });

  it('throws naming the key and the placeholder when a value is missing', () => {
    expect(() => t('footer.contact')).toThrow(/"footer\.contact" needs a value for \{clinic\}/);
  });

  it('throws when only some other placeholder value is given', () => {
    expect(() => t('module.writtenFor', { audience: 'Patients' })).toThrow(/\{audiences\}/);
  });
});

describe('en-links.json (provider links: plan, builder, link notices)', () => {
  it('shares no key with en.json, so every key names one string', () => {
    expect(Object.keys(enLinks).filter((key) => key in en)).toEqual([]);
  });

  it('has only non-empty strings with well-formed {placeholders}', () => {
    for (const [key, value] of Object.entries(enLinks)) {
      expect(value.trim(), key).not.toBe('');
      expect(value.match(/[{}]/g)?.length ?? 0, `${key}: "${value}"`).toBe((value.match(/\{\w+\}/g)?.length ?? 0) * 2);
    }
  });

  it('fills placeholders and plural forms like t()', () => {
    expect(tLink('link.notice.field.notDate', { label: 'Date' })).toBe(
      '“Date” in your link is not a real date, so it was left empty.',
    );
    expect(tLinkPlural('link.notice.modules', 1)).toMatch(/^1 module in your link is not/);
    expect(tLinkPlural('link.notice.modules', 3)).toMatch(/^3 modules in your link are not/);
    expect(() => tLink('link.notice.field.notDate')).toThrow(/\{label\}/);
  });
});
