import { t } from '../i18n/t';
import { numberFormat } from '../lib/intl-cache';
import type { ClinicConfig } from '../schemas/clinic';
import { bloodPressureLevels, comparisonOf, readingText, type BloodPressureLevelKey } from './blood-pressure';

/** A clinic value ready for prose: its text and, for contact details, where it links. */
export interface ClinicValueParts {
  text: string;
  href?: string;
}

// Kept formatters: every <ClinicValue> in every module formats a number (see intl-cache.ts).
const hoursFormat = (locale: string) => numberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' });
const minutesFormat = (locale: string) => numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' });

/** `tel:` links take digits and `+` only; what people read keeps the clinic's own spacing. */
const telHref = (phone: string) => {
  const [number = '', extension] = phone.split(/\s*(?:ext\.?|x)\s*/i);
  return `tel:${number.replace(/[^\d+]/g, '')}${extension ? `;ext=${extension}` : ''}`;
};

/**
 * A blood-pressure level with its comparison word, "above 140/90 mm Hg": prose, cards and notices
 * never write the word themselves (a test checks), so every place compares a reading the same way.
 */
const level = (c: ClinicConfig, key: BloodPressureLevelKey) =>
  t('clinicValue.bloodPressure', { comparison: comparisonWord(key), reading: readingText(c.protocol.bloodPressure[key]) });

/**
 * The word that compares a reading with a blood-pressure level ("above", "at or above"), for the
 * places that name a level without its number, such as the link builder's labels.
 */
export const comparisonWord = (key: BloodPressureLevelKey) => t(`clinicValue.comparison.${comparisonOf(key)}`);

/** The level a blood-pressure clinic value shows (`"bloodPressure.callCareTeamAt"` → `"callCareTeamAt"`), if it is one. */
export function bloodPressureLevelOf(name: string): BloodPressureLevelKey | undefined {
  const key = name.startsWith('bloodPressure.') ? name.slice('bloodPressure.'.length) : '';
  return bloodPressureLevels.some((level) => level.key === key) ? (key as BloodPressureLevelKey) : undefined;
}

const minutesRange = (locale: string, { min, max }: { min: number; max: number }) =>
  min === max ? minutesFormat(locale).format(min) : minutesFormat(locale).formatRange(min, max);

/**
 * Every value `<ClinicValue name="…" />` can show, keyed by the name authors write in MDX.
 * Adding one here is all it takes to make it available in prose (and in the error that lists names).
 */
const formatters = {
  'clinic.name': (c) => ({ text: c.clinic.name }),
  'clinic.phone': (c) => ({ text: c.clinic.phone, href: telHref(c.clinic.phone) }),
  'clinic.email': (c) => ({ text: c.clinic.email, href: `mailto:${c.clinic.email}` }),
  'clinic.website': (c) => ({ text: c.clinic.website.replace(/^https:\/\/|\/$/g, ''), href: c.clinic.website }),
  // Emergency numbers are deliberately not links: a stray tap on a phone would dial them, and
  // everyone can dial three digits without help.
  'emergency.number': (c) => ({ text: c.emergency.number }),
  'emergency.call': (c) => ({ text: `${c.emergency.phrase} (${c.emergency.number})` }),
  'fasting.food': (c, locale) => ({ text: hoursFormat(locale).format(c.protocol.fasting.food) }),
  'fasting.clearLiquids': (c, locale) => ({ text: hoursFormat(locale).format(c.protocol.fasting.clearLiquids) }),
  // A crisis line is not a link either, for the same reason as the emergency number.
  'crisis.line': (c) => ({ text: `${c.crisisLine.name} (${c.crisisLine.how} ${c.crisisLine.number})` }),
  'crisis.number': (c) => ({ text: c.crisisLine.number }),
  'bloodPressure.doNotStartAbove': (c) => ({ text: level(c, 'doNotStartAbove') }),
  'bloodPressure.callCareTeamAt': (c) => ({ text: level(c, 'callCareTeamAt') }),
  'bloodPressure.seekEmergencyCareAt': (c) => ({ text: level(c, 'seekEmergencyCareAt') }),
  'bloodPressure.restBeforeReading': (c, locale) => ({
    text: minutesFormat(locale).format(c.protocol.bloodPressure.restBeforeReadingMinutes),
  }),
  'substances.stopBefore': (c, locale) => ({ text: hoursFormat(locale).format(c.protocol.noAlcoholOrCannabisHours) }),
  'medicine.holdInMouth': (c, locale) => ({ text: minutesRange(locale, c.protocol.holdInMouthMinutes) }),
  'lookIn.interval': (c, locale) => ({ text: minutesFormat(locale).format(c.protocol.lookInIntervalMinutes) }),
  'session.length': (c, locale) => {
    const { min, max } = c.protocol.sessionLengthHours;
    const format = hoursFormat(locale);
    return { text: min === max ? format.format(min) : format.formatRange(min, max) };
  },
  'driving.allowedAgain': (c) => ({ text: c.protocol.drivingAllowedAgain }),
} satisfies Record<string, (config: ClinicConfig, locale: string) => ClinicValueParts>;

/** A name `<ClinicValue name="…" />` accepts. */
export type ClinicValueName = keyof typeof formatters;

/** Every accepted name, in the order listed above (used in error messages and docs). */
export const clinicValueNames = Object.keys(formatters) as ClinicValueName[];

/** Whether `name` is one `<ClinicValue />` accepts. */
export function isClinicValueName(name: string): name is ClinicValueName {
  return Object.hasOwn(formatters, name);
}

/**
 * Formats one clinic value for prose.
 * @param config the validated clinic config
 * @param name which value, e.g. `"fasting.food"`
 * @param locale BCP 47 locale for numbers and units (the site's language)
 * @returns the text to show and, for phone numbers, emails and websites, the link target
 */
export function formatClinicValue(config: ClinicConfig, name: ClinicValueName, locale = 'en'): ClinicValueParts {
  return formatters[name](config, locale);
}

/**
 * The text of every clinic value, by name: what a worksheet page hands its island (so hydrating
 * formats nothing) and what the PDF engine fills `{placeholders}` with.
 * @param config the validated clinic config
 * @param locale BCP 47 locale for numbers and units (the site's language)
 */
export function clinicValueTexts(config: ClinicConfig, locale = 'en'): Record<ClinicValueName, string> {
  return Object.fromEntries(clinicValueNames.map((name) => [name, formatClinicValue(config, name, locale).text])) as Record<ClinicValueName, string>;
}
