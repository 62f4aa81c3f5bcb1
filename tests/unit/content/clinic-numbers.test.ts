import { describe, expect, it } from 'vitest';
import { moduleFiles, pageFiles } from './modules-on-disk';

/**
 * Numbers that differ between clinics must come from clinic.config.ts through <ClinicValue />,
 * never be typed into prose, or a clinic changing its protocol would leave old numbers behind.
 * These patterns catch durations, blood-pressure readings and emergency or phone numbers.
 */
const CLINIC_VARIABLE = [
  /\b\d+(?:\.\d+)?(?:\s*(?:to|-|–)\s*\d+)?\s*(?:hours?|hrs?|minutes?|mins?)\b/gi,
  /\b\d{2,3}\s*\/\s*\d{2,3}\b/g,
  /\b(?:911|999|112|000|988|116\s?123)\b/g,
  /\b\d{3}[\s.-]\d{3,4}\b/g,
];

/**
 * Typed numbers that are not clinic settings (the rest before a blood-pressure reading, the hours
 * without alcohol or cannabis and the time the medicine is held in the mouth are clinic settings
 * now, shown through <ClinicValue />): published figures quoted with their source, and
 * general measurement guidance. Each entry says why it is allowed.
 */
const ALLOWED: Record<string, string> = {
  '10 minutes': 'Published onset time (Journey Clinical; Mindbloom), attributed in the text.',
  '45 to 60 minutes': 'Published time to strongest effects (Journey Clinical; Mindbloom), attributed in the text.',
  '30 minutes': 'General home blood-pressure guidance: no caffeine, exercise or smoking for 30 minutes before.',
  '1 minute': 'General home blood-pressure guidance: two readings 1 minute apart.',
};

const prose = (body: string) => body.replace(/<ClinicValue\s+name="[^"]+"\s*\/>/g, '').replace(/\]\([^)]*\)/g, ']');

/** Modules and standalone pages (privacy, providers): all prose a clinic's numbers could appear in. */
const contentFiles = [
  ...moduleFiles().map((file) => [`modules/${file.slug}`, file] as const),
  ...pageFiles().map((file) => [`pages/${file.slug}`, file] as const),
];

describe('clinic-variable numbers are never typed into module or page prose', () => {
  it.each(contentFiles)('%s uses <ClinicValue /> for them', (_path, file) => {
    const found = CLINIC_VARIABLE.flatMap((pattern) => prose(file.body).match(pattern) ?? []).map((match) =>
      match.trim(),
    );
    expect(found.filter((match) => !(match in ALLOWED))).toEqual([]);
  });

  it('catches a typed fasting time, blood-pressure level, emergency number and crisis number', () => {
    const body = 'Stop eating 6 hours before. Do not start above 150/95. Call 911 or 555-0100, or text 988.';
    const found = CLINIC_VARIABLE.flatMap((pattern) => prose(body).match(pattern) ?? []);
    expect(found).toEqual(['6 hours', '150/95', '911', '988', '555-0100']);
  });

  it('ignores values that come from <ClinicValue />', () => {
    const body = 'Stop eating <ClinicValue name="fasting.food" /> before.';
    expect(CLINIC_VARIABLE.flatMap((pattern) => prose(body).match(pattern) ?? [])).toEqual([]);
  });
});
