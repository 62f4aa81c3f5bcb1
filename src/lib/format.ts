import { dateTimeFormat, listFormat, numberFormat } from './intl-cache';

/**
 * Dates, durations and lists written in a page's language (its translator's `language`).
 */

/**
 * "12 March 2026"-style dates. Dates from frontmatter are midnight UTC, so format in UTC or readers
 * west of Greenwich would see the day before.
 */
export const formatDate = (date: Date, language: string) =>
  dateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);

/** "5 minutes". */
export const formatMinutes = (minutes: number, language: string) =>
  numberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);

/** "patients and chaperones"-style lists. */
export const formatList = (items: readonly string[], language: string) =>
  listFormat(language, { style: 'long', type: 'conjunction' }).format(items);

/**
 * "12 March 2026 at 14:05"-style date and time in the device's time zone (read when the first date
 * and time is shown).
 */
export const formatDateTime = (date: Date, language: string) =>
  dateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
