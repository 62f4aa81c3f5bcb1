import { siteLanguage } from '../i18n/t';
import { dateTimeFormat, listFormat, numberFormat } from './intl-cache';

/**
 * "12 March 2026"-style dates in the site's language. Dates from frontmatter are midnight UTC,
 * so format in UTC or readers west of Greenwich would see the day before.
 */
export const formatDate = (date: Date) => dateTimeFormat(siteLanguage, { dateStyle: 'long', timeZone: 'UTC' }).format(date);

/** "5 minutes" in the site's language. */
export const formatMinutes = (minutes: number) =>
  numberFormat(siteLanguage, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);

/** "patients and chaperones"-style lists in the site's language. */
export const formatList = (items: readonly string[]) => listFormat(siteLanguage, { style: 'long', type: 'conjunction' }).format(items);

/**
 * "12 March 2026 at 14:05"-style date and time in the site's language and the device's time zone
 * (read when the first date and time is shown).
 */
export const formatDateTime = (date: Date) => dateTimeFormat(siteLanguage, { dateStyle: 'long', timeStyle: 'short' }).format(date);
