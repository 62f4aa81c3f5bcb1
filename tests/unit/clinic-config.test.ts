import { describe, expect, it } from 'vitest';
import repoConfig from '../../src/clinic/settings';
import { clinicConfigSchema, parseClinicConfig, formatIssues, type ClinicConfigInput } from '../../src/schemas/clinic';
import { exampleClinicInput } from '../fixtures/example-clinic';

const validInput = exampleClinicInput;

/** {@link validInput} with the setting at the dotted `path` replaced by `value` (which may be invalid). */
function configWith(path: string, value: unknown): ClinicConfigInput {
  const input: Record<string, unknown> = validInput();
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let target = input;
  for (const key of keys) {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  target[last] = value;
  return input as ClinicConfigInput;
}

/** The message `parseClinicConfig` throws for `input`, failing loudly if it does not throw. */
function errorFor(input: ClinicConfigInput): string {
  try {
    parseClinicConfig(input);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error(`Expected parseClinicConfig to reject ${JSON.stringify(input)}`);
}

describe('clinic.config.ts', () => {
  it('is valid as committed', () => {
    expect(clinicConfigSchema.safeParse(repoConfig).success).toBe(true);
  });

  it('has every default already filled in', () => {
    expect(repoConfig.emergency.number).toMatch(/^[\d+#*]+$/);
    expect(['letter', 'a4']).toContain(repoConfig.pdf.pageSize);
  });
});

describe('parseClinicConfig', () => {
  it('returns the config it was given when it is valid', () => {
    const input = validInput();

    expect(parseClinicConfig(input)).toMatchObject({ clinic: input.clinic, protocol: input.protocol });
  });

  it('fills in the emergency number and phrase when emergency is left out', () => {
    // The phrase is each language's own words (`clinicValue.emergency.phrase`) when the clinic gives none.
    expect(parseClinicConfig(validInput()).emergency).toEqual({ number: '911' });
  });

  it('keeps a clinic’s own emergency number, leaving the phrase to each language', () => {
    expect(parseClinicConfig(configWith('emergency', { number: '112' })).emergency).toEqual({ number: '112' });
  });

  describe('settings that are words, given per language', () => {
    it('names the setting and the language a text is missing for', () => {
      const input = validInput();
      input.protocol.drivingAllowedAgain = { en: 'the next day' };
      expect(() => parseClinicConfig(input)).toThrow('`protocol.drivingAllowedAgain` has no Español (es) text');
    });

    it('refuses a plain string, showing the shape with every language', () => {
      const input = validInput();
      (input.crisisLine as { name: unknown }).name = 'Samaritans';
      expect(() => parseClinicConfig(input)).toThrow(
        "Set `crisisLine.name` to its words in each language the site is built in, such as { en: 'the 988 Suicide & Crisis Lifeline', es: 'la Línea 988 de Prevención del Suicidio y Crisis' }.",
      );
    });

    it('ignores text for a language the site is not built in', () => {
      const input = validInput();
      input.emergency = {
        phrase: { en: 'the emergency services', es: 'los servicios de emergencia', fr: 'les urgences' },
      };
      expect(parseClinicConfig(input).emergency.phrase).toEqual({
        en: 'the emergency services',
        es: 'los servicios de emergencia',
        fr: 'les urgences',
      });
    });
  });

  it('fills in letter paper when pdf is left out', () => {
    expect(parseClinicConfig(validInput()).pdf).toEqual({ pageSize: 'letter' });
  });

  it('fills in letter paper when pdf.pageSize is left out', () => {
    expect(parseClinicConfig(configWith('pdf', {})).pdf).toEqual({ pageSize: 'letter' });
  });

  it('accepts A4 paper', () => {
    expect(parseClinicConfig(configWith('pdf.pageSize', 'a4')).pdf.pageSize).toBe('a4');
  });

  it.each(['+1 (201) 555-0100 ext. 12', '(201) 555-0100 x2', '201.555.0100', '+44 161 496 0000'])(
    'accepts the phone number "%s"',
    (phone) => {
      expect(parseClinicConfig(configWith('clinic.phone', phone)).clinic.phone).toBe(phone);
    },
  );

  it('reads a phone number without a +code as a number of the clinic’s country', () => {
    const british = { ...validInput(), clinic: { ...validInput().clinic, phone: '0161 496 0000', country: 'GB' } };
    expect(parseClinicConfig(british).clinic.phone).toBe('0161 496 0000');
    expect(errorFor(configWith('clinic.phone', '0161 496 0000'))).toMatch(/clinic\.phone: .*read as US numbers/);
  });

  it.each([
    ['the longest allowed fasting', 'protocol.fasting', { food: 24, clearLiquids: 24 }],
    ['no fasting at all', 'protocol.fasting', { food: 0, clearLiquids: 0 }],
    ['a look-in every minute', 'protocol.lookInIntervalMinutes', 1],
    ['a look-in every hour', 'protocol.lookInIntervalMinutes', 60],
    ['a session of one fixed length', 'protocol.sessionLengthHours', { min: 2, max: 2 }],
  ])('accepts %s', (_, path, value) => {
    expect(() => parseClinicConfig(configWith(path, value))).not.toThrow();
  });

  describe('rejects, naming the setting to fix,', () => {
    it.each([
      ['an email address without @', 'clinic.email', 'care.example.org', 'clinic.email', /email address/],
      ['an http:// website', 'clinic.website', 'http://example.org', 'clinic.website', /https:\/\//],
      ['a phone number with letters', 'clinic.phone', '555-CALL-NOW', 'clinic.phone', /phone number such as/],
      ['a phone number too short to dial', 'clinic.phone', '12', 'clinic.phone', /phone number such as/],
      // Shaped like a phone number, but North America has no area code 555: the forms would refuse it.
      ['a number with no real area code', 'clinic.phone', '+1 555 010 0100', 'clinic.phone', /phone number such as/],
      [
        'a phone number longer than the forms take',
        'clinic.phone',
        `+1 201 555 0100 ext. ${'1'.repeat(30)}`,
        'clinic.phone',
        /40 characters or fewer/,
      ],
      ['an emergency number with letters', 'emergency.number', 'nine11', 'emergency.number', /digits to dial/],
      [
        'fasting hours over 24',
        'protocol.fasting.food',
        240,
        'protocol.fasting.food',
        /24 hours or fewer.*typed in minutes\?/,
      ],
      [
        'clear-liquid hours over 24',
        'protocol.fasting.clearLiquids',
        25,
        'protocol.fasting.clearLiquids',
        /typed in minutes\?/,
      ],
      [
        'negative fasting hours',
        'protocol.fasting.clearLiquids',
        -1,
        'protocol.fasting.clearLiquids',
        /cannot be negative/,
      ],
      [
        'clear liquids stopped longer before dosing than food',
        'protocol.fasting',
        { food: 2, clearLiquids: 4 },
        'protocol.fasting',
        /clearLiquids` should not be longer than `protocol\.fasting\.food/,
      ],
      [
        'a reading whose systolic equals its diastolic',
        'protocol.bloodPressure.doNotStartAbove',
        { systolic: 100, diastolic: 100 },
        'protocol.bloodPressure.doNotStartAbove',
        /systolic \(top\) number must be higher than the diastolic/,
      ],
      [
        'systolic and diastolic swapped',
        'protocol.bloodPressure.seekEmergencyCareAt',
        { systolic: 120, diastolic: 180 },
        'protocol.bloodPressure.seekEmergencyCareAt',
        /systolic \(top\) number must be higher/,
      ],
      [
        'an emergency level not above the call-the-care-team level',
        'protocol.bloodPressure.seekEmergencyCareAt',
        { systolic: 160, diastolic: 120 },
        'protocol.bloodPressure',
        /higher than the one before it, in both numbers: `doNotStartAbove`, then `callCareTeamAt`, then `seekEmergencyCareAt`/,
      ],
      [
        'a call-the-care-team level that reuses the do-not-start level',
        'protocol.bloodPressure.callCareTeamAt',
        { systolic: 140, diastolic: 90 },
        'protocol.bloodPressure',
        /higher than the one before it/,
      ],
      [
        'no call-the-care-team level (a config written before it existed)',
        'protocol.bloodPressure.callCareTeamAt',
        undefined,
        'protocol.bloodPressure.callCareTeamAt',
        /Set `protocol\.bloodPressure\.callCareTeamAt`: the reading during or after a session/,
      ],
      [
        'a rest before a reading typed in seconds',
        'protocol.bloodPressure.restBeforeReadingMinutes',
        300,
        'protocol.bloodPressure.restBeforeReadingMinutes',
        /30 minutes or fewer.*typed in seconds\?/,
      ],
      ['no crisis line', 'crisisLine', undefined, 'crisisLine', /Set `crisisLine` to the suicide and crisis line/],
      ['a crisis line with letters', 'crisisLine.number', 'TALK', 'crisisLine.number', /digits to call/],
      [
        'no hours without alcohol or cannabis',
        'protocol.noAlcoholOrCannabisHours',
        undefined,
        'protocol.noAlcoholOrCannabisHours',
        /noAlcoholOrCannabisHours` as a number of hours/,
      ],
      [
        'a hold-in-mouth range whose max is below its min',
        'protocol.holdInMouthMinutes',
        { min: 12, max: 7 },
        'protocol.holdInMouthMinutes',
        /holdInMouthMinutes\.max` must be at least `min`/,
      ],
      [
        'a look-in interval of 0',
        'protocol.lookInIntervalMinutes',
        0,
        'protocol.lookInIntervalMinutes',
        /lookInIntervalMinutes/,
      ],
      [
        'a look-in interval over 60',
        'protocol.lookInIntervalMinutes',
        61,
        'protocol.lookInIntervalMinutes',
        /60 or fewer/,
      ],
      [
        'a session whose min is above its max',
        'protocol.sessionLengthHours',
        { min: 3, max: 2 },
        'protocol.sessionLengthHours',
        /`max` at least `min`/,
      ],
      [
        'a session of 0 hours',
        'protocol.sessionLengthHours',
        { min: 0, max: 2 },
        'protocol.sessionLengthHours',
        /`min` above 0/,
      ],
      ['legal paper', 'pdf.pageSize', 'legal', 'pdf.pageSize', /"letter" or "a4"/],
      ['an unknown top-level key', 'theme', 'dark', '(top level)', /theme/],
      ['an unknown key inside a block', 'clinic.fax', '555 010 0101', 'clinic', /fax/],
    ])('%s', (_, path, value, reportedPath, message) => {
      const [heading, ...problems] = errorFor(configWith(path, value)).split('\n');
      const problem = problems.find((line) => line.startsWith(`  - ${reportedPath}: `));

      expect(heading).toBe('clinic/config.ts is not valid:');
      expect(problem, `no line for ${reportedPath} in:\n${problems.join('\n')}`).toBeDefined();
      expect(problem).toMatch(message);
    });
  });

  it('lists every problem, one per line', () => {
    const input = configWith('clinic.email', 'nope');
    Object.assign(input, { pdf: { pageSize: 'legal' } });

    const lines = errorFor(input).split('\n');

    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}- clinic\.email: /),
      expect.stringMatching(/^ {2}- pdf\.pageSize: /),
    ]);
  });
});

describe('formatIssues', () => {
  it('writes each issue as "path: message", joining nested paths with dots', () => {
    const result = clinicConfigSchema.safeParse(configWith('protocol.fasting.food', 'four'));
    if (result.success) throw new Error('Expected the config to be rejected');

    expect(formatIssues(result.error.issues)).toMatch(
      /^ {2}- protocol\.fasting\.food: Set `protocol\.fasting\.food` as a number of hours\.$/,
    );
  });

  it('writes "(top level)" for an issue without a path', () => {
    const result = clinicConfigSchema.safeParse({ ...validInput(), colour: 'teal' });
    if (result.success) throw new Error('Expected the config to be rejected');

    expect(formatIssues(result.error.issues)).toMatch(/^ {2}- \(top level\): .*colour/);
  });

  it('returns an empty string when there are no issues', () => {
    expect(formatIssues([])).toBe('');
  });
});

describe('clinic.country', () => {
  it('defaults to US, for reading phone numbers typed without a +code', () => {
    expect(parseClinicConfig(validInput()).clinic.country).toBe('US');
  });

  it('refuses a country that is not a two-letter code, naming the setting', () => {
    expect(errorFor(configWith('clinic.country', 'usa'))).toMatch(/clinic\.country.*two-letter country code/);
  });

  it('refuses a two-letter code phone numbers do not use, rather than refusing every phone number', () => {
    const message = errorFor(configWith('clinic.country', 'UK'));
    expect(message).toContain(
      'clinic.country: `clinic.country` is "UK", which is not an ISO 3166-1 two-letter country code. Did you mean "GB"?',
    );
    // The phone number itself is not blamed for the country's mistake.
    expect(message).not.toMatch(/clinic\.phone/);
  });

  it.each([
    ['gb', 'GB'],
    ['usa', 'US'],
    [' ie', 'IE'],
  ])('suggests the code a slip in "%s" meant (%s)', (typed, meant) => {
    expect(errorFor(configWith('clinic.country', typed))).toContain(`Did you mean "${meant}"?`);
  });

  it('names example codes when it cannot guess', () => {
    expect(errorFor(configWith('clinic.country', 'ZZ'))).toMatch(
      /"ZZ", which is not an ISO 3166-1 two-letter country code\. Set it to your country's code, such as "US", "GB" or "IE"\./,
    );
  });
});
