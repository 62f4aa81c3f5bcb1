import { localeOfLanguage } from '../i18n/locales';
import { regionValues } from '../i18n/region-words';
import type { UiTranslator } from '../i18n/strings';
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
const level = (c: ClinicConfig, key: BloodPressureLevelKey, ui: UiTranslator) =>
  ui.t('clinicValue.bloodPressure', {
    comparison: comparisonWord(key, ui),
    reading: readingText(c.protocol.bloodPressure[key]),
  });

/**
 * The word that compares a reading with a blood-pressure level ("above", "at or above"), for the
 * places that name a level without its number, such as the link builder's labels.
 */
export const comparisonWord = (key: BloodPressureLevelKey, ui: UiTranslator) =>
  ui.t(`clinicValue.comparison.${comparisonOf(key)}`);

/**
 * A prose setting in the translator's language (clinic.config.ts gives each in every language; the
 * schema checked that at build).
 */
const prose = (text: Readonly<Record<string, string>>, ui: UiTranslator) =>
  text[localeOfLanguage(ui.language)] ?? Object.values(text)[0]!;

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
  // Optional: empty when the clinic gave none, which <ClinicValue /> refuses at build (naming the setting).
  'clinic.address': (c) => ({ text: (c.clinic.address ?? []).join(', ') }),
  // Emergency numbers are deliberately not links: a stray tap on a phone would dial them, and
  // everyone can dial three digits without help.
  'emergency.number': (c) => ({ text: c.emergency.number }),
  'emergency.call': (c, ui) => ({
    text: ui.t('clinicValue.emergency.call', {
      phrase: c.emergency.phrase ? prose(c.emergency.phrase, ui) : ui.t('clinicValue.emergency.phrase'),
      number: c.emergency.number,
    }),
  }),
  'fasting.food': (c, ui) => ({ text: hoursFormat(ui.language).format(c.protocol.fasting.food) }),
  'fasting.clearLiquids': (c, ui) => ({ text: hoursFormat(ui.language).format(c.protocol.fasting.clearLiquids) }),
  // A crisis line is not a link either, for the same reason as the emergency number.
  'crisis.line': (c, ui) => ({
    text: ui.t('clinicValue.crisisLine', {
      name: prose(c.crisisLine.name, ui),
      how: prose(c.crisisLine.how, ui),
      number: c.crisisLine.number,
    }),
  }),
  'crisis.number': (c) => ({ text: c.crisisLine.number }),
  'bloodPressure.doNotStartAbove': (c, ui) => ({ text: level(c, 'doNotStartAbove', ui) }),
  'bloodPressure.callCareTeamAt': (c, ui) => ({ text: level(c, 'callCareTeamAt', ui) }),
  'bloodPressure.seekEmergencyCareAt': (c, ui) => ({ text: level(c, 'seekEmergencyCareAt', ui) }),
  'bloodPressure.restBeforeReading': (c, ui) => ({
    text: minutesFormat(ui.language).format(c.protocol.bloodPressure.restBeforeReadingMinutes),
  }),
  'substances.stopBefore': (c, ui) => ({ text: hoursFormat(ui.language).format(c.protocol.noAlcoholOrCannabisHours) }),
  'medicine.holdInMouth': (c, ui) => ({ text: minutesRange(ui.language, c.protocol.holdInMouthMinutes) }),
  'lookIn.interval': (c, ui) => ({ text: minutesFormat(ui.language).format(c.protocol.lookInIntervalMinutes) }),
  'session.length': (c, ui) => {
    const { min, max } = c.protocol.sessionLengthHours;
    const format = hoursFormat(ui.language);
    return { text: min === max ? format.format(min) : format.formatRange(min, max) };
  },
  'driving.allowedAgain': (c, ui) => ({ text: prose(c.protocol.drivingAllowedAgain, ui) }),
  // Words that differ between countries ("postcode" or "ZIP code"), from src/i18n/region-words.ts.
  ...regionValues,
} satisfies Record<string, (config: ClinicConfig, ui: UiTranslator) => ClinicValueParts>;

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
 * @param ui the page's translator: its language formats numbers and units, its strings word the
 *   comparisons, and it picks the clinic's prose settings in that language
 * @returns the text to show and, for phone numbers, emails and websites, the link target
 */
export function formatClinicValue(config: ClinicConfig, name: ClinicValueName, ui: UiTranslator): ClinicValueParts {
  return formatters[name](config, ui);
}

/**
 * The text of every clinic value, by name: what a worksheet page hands its island (so hydrating
 * formats nothing) and what the PDF engine fills `{placeholders}` with.
 * @param config the validated clinic config
 * @param ui the page's translator (see {@link formatClinicValue})
 */
export function clinicValueTexts(config: ClinicConfig, ui: UiTranslator): Record<ClinicValueName, string> {
  return Object.fromEntries(clinicValueNames.map((name) => [name, formatClinicValue(config, name, ui).text])) as Record<
    ClinicValueName,
    string
  >;
}
