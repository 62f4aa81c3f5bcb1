import { describe, expect, it } from 'vitest';
import { exampleClinic as exampleConfig } from '../fixtures/example-clinic';
import {
  clinicValueNames,
  clinicValueTexts,
  formatClinicValue,
  isClinicValueName,
  type ClinicValueName,
  type ClinicValueParts,
} from '../../src/clinic/values';
import { translatorFor, uiStrings } from '../../src/i18n/strings';
import { createTranslator } from '../../src/i18n/translator';
import { parseClinicConfig, type ClinicConfigInput } from '../../src/schemas/clinic';

const en = translatorFor('en');
const es = translatorFor('es');
/** English words, German numbers and units: shows the translator's language formats the numbers. */
const german = createTranslator(uiStrings('en'), 'de');

/** A valid config built through `parseClinicConfig`, with top-level blocks replaced by `overrides`. */
function clinicConfig(overrides: Partial<ClinicConfigInput> = {}) {
  return parseClinicConfig({
    clinic: {
      name: 'Riverside Wellness',
      phone: '+1 201 555 0199',
      email: 'hello@riverside.example',
      website: 'https://riverside.example/',
    },
    crisisLine: {
      name: { en: 'Samaritans', es: 'Samaritans' },
      number: '116 123',
      how: { en: 'call', es: 'llama al' },
    },
    protocol: {
      fasting: { food: 6, clearLiquids: 1 },
      bloodPressure: {
        doNotStartAbove: { systolic: 150, diastolic: 95 },
        callCareTeamAt: { systolic: 170, diastolic: 105 },
        seekEmergencyCareAt: { systolic: 190, diastolic: 115 },
        restBeforeReadingMinutes: 10,
      },
      noAlcoholOrCannabisHours: 72,
      holdInMouthMinutes: { min: 10, max: 10 },
      lookInIntervalMinutes: 30,
      sessionLengthHours: { min: 4, max: 6 },
      drivingAllowedAgain: { en: '24 hours have passed', es: 'pasen 24 horas' },
    },
    ...overrides,
  });
}

/** What every name shows for the example clinic (the values the kit ships with). */
const exampleValues: Record<ClinicValueName, ClinicValueParts> = {
  'clinic.name': { text: 'Example Clinic' },
  'clinic.phone': { text: '+1 201 555 0100', href: 'tel:+12015550100' },
  'clinic.email': { text: 'care@example.org', href: 'mailto:care@example.org' },
  'clinic.website': { text: 'example.org', href: 'https://example.org' },
  // The example clinic gives no address; <ClinicValue> refuses an empty value at build.
  'clinic.address': { text: '' },
  'emergency.number': { text: '911' },
  'emergency.call': { text: 'your local emergency number (911)' },
  'fasting.food': { text: '4 hours' },
  'fasting.clearLiquids': { text: '2 hours' },
  'crisis.line': { text: 'the 988 Suicide & Crisis Lifeline (call or text 988)' },
  'crisis.number': { text: '988' },
  'bloodPressure.doNotStartAbove': { text: 'above 140/90 mm Hg' },
  'bloodPressure.callCareTeamAt': { text: 'at or above 160/100 mm Hg' },
  'bloodPressure.seekEmergencyCareAt': { text: 'at or above 180/120 mm Hg' },
  'bloodPressure.restBeforeReading': { text: '5 minutes' },
  'substances.stopBefore': { text: '48 hours' },
  'medicine.holdInMouth': { text: '7–12 minutes' },
  'lookIn.interval': { text: '15 minutes' },
  'session.length': { text: '2–3 hours' },
  'driving.allowedAgain': { text: 'the next day, after a full night’s sleep' },
  'region.addressParts': { text: 'number and street, apartment or floor, city, ZIP code' },
};

describe('the clinic’s address', () => {
  it('reads its lines as one, comma-separated, for a sentence', () => {
    const config = clinicConfig();
    config.clinic.address = ['12 High Street', 'Reading RG1 1AA'];
    expect(formatClinicValue(config, 'clinic.address', translatorFor('en'))).toEqual({
      text: '12 High Street, Reading RG1 1AA',
    });
  });
});

describe('formatClinicValue with the example clinic', () => {
  it('has an expectation for every name in clinicValueNames', () => {
    expect(Object.keys(exampleValues).sort()).toEqual([...clinicValueNames].sort());
  });

  it.each(clinicValueNames)('formats "%s"', (name) => {
    expect(formatClinicValue(exampleConfig, name, en)).toStrictEqual(exampleValues[name]);
  });

  it('gives the text of every value by name, in the locale given', () => {
    const texts = clinicValueTexts(exampleConfig, en);
    expect(Object.keys(texts)).toEqual(clinicValueNames);
    for (const name of clinicValueNames) expect(texts[name], name).toBe(exampleValues[name].text);
    expect(clinicValueTexts(exampleConfig, german)['fasting.food']).toBe('4 Stunden');
  });

  it('joins a session length range with an en dash', () => {
    expect(formatClinicValue(exampleConfig, 'session.length', en).text).toContain('\u2013');
  });
});

describe('formatClinicValue', () => {
  it('shows a session of one fixed length as a single number', () => {
    const config = clinicConfig({ protocol: { ...exampleConfig.protocol, sessionLengthHours: { min: 2, max: 2 } } });

    expect(formatClinicValue(config, 'session.length', en).text).toBe('2 hours');
  });

  it('uses the singular for 1 hour and 1 minute', () => {
    const config = clinicConfig({
      protocol: { ...exampleConfig.protocol, fasting: { food: 1, clearLiquids: 1 }, lookInIntervalMinutes: 1 },
    });

    expect(formatClinicValue(config, 'fasting.food', en).text).toBe('1 hour');
    expect(formatClinicValue(config, 'lookIn.interval', en).text).toBe('1 minute');
  });

  it('shows fractional hours as decimals', () => {
    const config = clinicConfig({ protocol: { ...exampleConfig.protocol, fasting: { food: 4, clearLiquids: 1.5 } } });

    expect(formatClinicValue(config, 'fasting.clearLiquids', en).text).toBe('1.5 hours');
  });

  it('formats units in the locale given', () => {
    expect(formatClinicValue(exampleConfig, 'fasting.food', german).text).toBe('4 Stunden');
  });

  it('follows the config: other numbers give other text', () => {
    const config = clinicConfig();

    expect(formatClinicValue(config, 'clinic.name', en).text).toBe('Riverside Wellness');
    expect(formatClinicValue(config, 'fasting.food', en).text).toBe('6 hours');
    expect(formatClinicValue(config, 'fasting.clearLiquids', en).text).toBe('1 hour');
    expect(formatClinicValue(config, 'bloodPressure.doNotStartAbove', en).text).toBe('above 150/95 mm Hg');
    expect(formatClinicValue(config, 'bloodPressure.callCareTeamAt', en).text).toBe('at or above 170/105 mm Hg');
    expect(formatClinicValue(config, 'bloodPressure.seekEmergencyCareAt', en).text).toBe('at or above 190/115 mm Hg');
    expect(formatClinicValue(config, 'bloodPressure.restBeforeReading', en).text).toBe('10 minutes');
    expect(formatClinicValue(config, 'crisis.line', en).text).toBe('Samaritans (call 116 123)');
    expect(formatClinicValue(config, 'substances.stopBefore', en).text).toBe('72 hours');
    expect(formatClinicValue(config, 'medicine.holdInMouth', en).text).toBe('10 minutes');
    expect(formatClinicValue(config, 'lookIn.interval', en).text).toBe('30 minutes');
    expect(formatClinicValue(config, 'session.length', en).text).toBe('4–6 hours');
    expect(formatClinicValue(config, 'driving.allowedAgain', en).text).toBe('24 hours have passed');
  });

  it('shows a website without its scheme or trailing slash but links to the full address', () => {
    expect(formatClinicValue(clinicConfig(), 'clinic.website', en)).toStrictEqual({
      text: 'riverside.example',
      href: 'https://riverside.example/',
    });
  });

  it('keeps the path of a website under a subfolder', () => {
    const config = clinicConfig({ clinic: { ...exampleConfig.clinic, website: 'https://example.org/kap/' } });

    expect(formatClinicValue(config, 'clinic.website', en).text).toBe('example.org/kap');
  });

  it('links an email address with mailto:', () => {
    expect(formatClinicValue(clinicConfig(), 'clinic.email', en).href).toBe('mailto:hello@riverside.example');
  });

  describe('clinic.phone', () => {
    it.each([
      ['+1 201 555 0100', 'tel:+12015550100'],
      ['+1 (201) 555-0100 ext. 12', 'tel:+12015550100;ext=12'],
      ['(201) 555-0100 x2', 'tel:2015550100;ext=2'],
      ['+44 161 496 0000 EXT 7', 'tel:+441614960000;ext=7'],
      // Without a +code, a number must be one of the clinic's country (here a UK clinic's).
      ['0161 496 0000', 'tel:01614960000', 'GB'],
    ])('shows "%s" as written and links it as %s', (phone, href, country = 'US') => {
      const config = clinicConfig({ clinic: { ...exampleConfig.clinic, phone, country } });

      expect(formatClinicValue(config, 'clinic.phone', en)).toStrictEqual({ text: phone, href });
      expect(href).toMatch(/^tel:\+?\d+(;ext=\d+)?$/);
    });
  });

  describe('emergency values', () => {
    const config = clinicConfig({
      emergency: { number: '999', phrase: { en: 'the emergency services', es: 'los servicios de emergencia' } },
    });

    it.each(['emergency.number', 'emergency.call'] as const)(
      'does not link "%s", so a stray tap cannot dial it',
      (name) => {
        expect(formatClinicValue(config, name, en)).not.toHaveProperty('href');
        expect(formatClinicValue(exampleConfig, name, en)).not.toHaveProperty('href');
      },
    );

    it('names the emergency number with the clinic’s phrase', () => {
      expect(formatClinicValue(config, 'emergency.number', en).text).toBe('999');
      expect(formatClinicValue(config, 'emergency.call', en).text).toBe('the emergency services (999)');
    });
  });
});

describe('clinic values in Spanish', () => {
  it('words the prose settings, the comparisons and the units in the translator’s language', () => {
    expect(formatClinicValue(exampleConfig, 'fasting.food', es).text).toBe('4 horas');
    // CLDR joins a Spanish range with a hyphen.
    expect(formatClinicValue(exampleConfig, 'medicine.holdInMouth', es).text).toBe('7-12 minutos');
    expect(formatClinicValue(exampleConfig, 'driving.allowedAgain', es).text).toBe(
      'el día siguiente, después de dormir toda la noche',
    );
    expect(formatClinicValue(exampleConfig, 'crisis.line', es).text).toBe(
      'la Línea 988 de Prevención del Suicidio y Crisis (llama o envía un mensaje de texto al 988)',
    );
    expect(formatClinicValue(exampleConfig, 'bloodPressure.doNotStartAbove', es).text).toBe(
      `${es.t('clinicValue.comparison.above')} 140/90 mm Hg`,
    );
    expect(es.t('clinicValue.comparison.above')).not.toBe(en.t('clinicValue.comparison.above'));
  });

  it('uses the language’s own words for the emergency phrase when the clinic gives none', () => {
    expect(formatClinicValue(exampleConfig, 'emergency.call', es).text).toBe(
      `${es.t('clinicValue.emergency.phrase')} (911)`,
    );
    expect(
      formatClinicValue(
        clinicConfig({
          emergency: { number: '999', phrase: { en: 'the emergency services', es: 'los servicios de emergencia' } },
        }),
        'emergency.call',
        es,
      ).text,
    ).toBe('los servicios de emergencia (999)');
  });
});

describe('isClinicValueName', () => {
  it.each(clinicValueNames)('accepts "%s"', (name) => {
    expect(isClinicValueName(name)).toBe(true);
  });

  it.each(['fasting', 'Fasting.Food', 'fasting.food ', 'clinic.fax', '', 'toString', '__proto__', 'hasOwnProperty'])(
    'refuses %j',
    (name) => {
      expect(isClinicValueName(name)).toBe(false);
    },
  );
});
