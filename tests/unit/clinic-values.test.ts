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
import { defineClinicConfig, type ClinicConfigInput } from '../../src/schemas/clinic';

/** A valid config built through `defineClinicConfig`, with top-level blocks replaced by `overrides`. */
function clinicConfig(overrides: Partial<ClinicConfigInput> = {}) {
  return defineClinicConfig({
    clinic: { name: 'Riverside Wellness', phone: '+1 201 555 0199', email: 'hello@riverside.example', website: 'https://riverside.example/' },
    crisisLine: { name: 'Samaritans', number: '116 123', how: 'call' },
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
      drivingAllowedAgain: '24 hours have passed',
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
};

describe('formatClinicValue with the example clinic', () => {
  it('has an expectation for every name in clinicValueNames', () => {
    expect(Object.keys(exampleValues).sort()).toEqual([...clinicValueNames].sort());
  });

  it.each(clinicValueNames)('formats "%s"', (name) => {
    expect(formatClinicValue(exampleConfig, name)).toStrictEqual(exampleValues[name]);
  });

  it('gives the text of every value by name, in the locale given', () => {
    const texts = clinicValueTexts(exampleConfig);
    expect(Object.keys(texts)).toEqual(clinicValueNames);
    for (const name of clinicValueNames) expect(texts[name], name).toBe(exampleValues[name].text);
    expect(clinicValueTexts(exampleConfig, 'de')['fasting.food']).toBe('4 Stunden');
  });

  it('joins a session length range with an en dash', () => {
    expect(formatClinicValue(exampleConfig, 'session.length').text).toContain('\u2013');
  });
});

describe('formatClinicValue', () => {
  it('shows a session of one fixed length as a single number', () => {
    const config = clinicConfig({ protocol: { ...exampleConfig.protocol, sessionLengthHours: { min: 2, max: 2 } } });

    expect(formatClinicValue(config, 'session.length').text).toBe('2 hours');
  });

  it('uses the singular for 1 hour and 1 minute', () => {
    const config = clinicConfig({
      protocol: { ...exampleConfig.protocol, fasting: { food: 1, clearLiquids: 1 }, lookInIntervalMinutes: 1 },
    });

    expect(formatClinicValue(config, 'fasting.food').text).toBe('1 hour');
    expect(formatClinicValue(config, 'lookIn.interval').text).toBe('1 minute');
  });

  it('shows fractional hours as decimals', () => {
    const config = clinicConfig({ protocol: { ...exampleConfig.protocol, fasting: { food: 4, clearLiquids: 1.5 } } });

    expect(formatClinicValue(config, 'fasting.clearLiquids').text).toBe('1.5 hours');
  });

  it('formats units in the locale given', () => {
    expect(formatClinicValue(exampleConfig, 'fasting.food', 'de').text).toBe('4 Stunden');
  });

  it('follows the config: other numbers give other text', () => {
    const config = clinicConfig();

    expect(formatClinicValue(config, 'clinic.name').text).toBe('Riverside Wellness');
    expect(formatClinicValue(config, 'fasting.food').text).toBe('6 hours');
    expect(formatClinicValue(config, 'fasting.clearLiquids').text).toBe('1 hour');
    expect(formatClinicValue(config, 'bloodPressure.doNotStartAbove').text).toBe('above 150/95 mm Hg');
    expect(formatClinicValue(config, 'bloodPressure.callCareTeamAt').text).toBe('at or above 170/105 mm Hg');
    expect(formatClinicValue(config, 'bloodPressure.seekEmergencyCareAt').text).toBe('at or above 190/115 mm Hg');
    expect(formatClinicValue(config, 'bloodPressure.restBeforeReading').text).toBe('10 minutes');
    expect(formatClinicValue(config, 'crisis.line').text).toBe('Samaritans (call 116 123)');
    expect(formatClinicValue(config, 'substances.stopBefore').text).toBe('72 hours');
    expect(formatClinicValue(config, 'medicine.holdInMouth').text).toBe('10 minutes');
    expect(formatClinicValue(config, 'lookIn.interval').text).toBe('30 minutes');
    expect(formatClinicValue(config, 'session.length').text).toBe('4–6 hours');
    expect(formatClinicValue(config, 'driving.allowedAgain').text).toBe('24 hours have passed');
  });

  it('shows a website without its scheme or trailing slash but links to the full address', () => {
    expect(formatClinicValue(clinicConfig(), 'clinic.website')).toStrictEqual({
      text: 'riverside.example',
      href: 'https://riverside.example/',
    });
  });

  it('keeps the path of a website under a subfolder', () => {
    const config = clinicConfig({ clinic: { ...exampleConfig.clinic, website: 'https://example.org/kap/' } });

    expect(formatClinicValue(config, 'clinic.website').text).toBe('example.org/kap');
  });

  it('links an email address with mailto:', () => {
    expect(formatClinicValue(clinicConfig(), 'clinic.email').href).toBe('mailto:hello@riverside.example');
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

      expect(formatClinicValue(config, 'clinic.phone')).toStrictEqual({ text: phone, href });
      expect(href).toMatch(/^tel:\+?\d+(;ext=\d+)?$/);
    });
  });

  describe('emergency values', () => {
    const config = clinicConfig({ emergency: { number: '999', phrase: 'the emergency services' } });

    it.each(['emergency.number', 'emergency.call'] as const)('does not link "%s", so a stray tap cannot dial it', (name) => {
      expect(formatClinicValue(config, name)).not.toHaveProperty('href');
      expect(formatClinicValue(exampleConfig, name)).not.toHaveProperty('href');
    });

    it('names the emergency number with the clinic’s phrase', () => {
      expect(formatClinicValue(config, 'emergency.number').text).toBe('999');
      expect(formatClinicValue(config, 'emergency.call').text).toBe('the emergency services (999)');
    });
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
