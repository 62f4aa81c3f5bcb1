import { siteLanguage } from '../i18n/t';

/**
 * "12 March 2026"-style dates in the site's language. Dates from frontmatter are midnight UTC,
 * so format in UTC or readers west of Greenwich would see the day before.
 */
export const formatDate = (date: Date) =>
  new Intl.DateTimeFormat(siteLanguage, { dateStyle: 'long', timeZone: 'UTC' }).format(date);

/** "5 minutes" in the site's language. */
export const formatMinutes = (minutes: number) =>
  new Intl.NumberFormat(siteLanguage, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);

/** "patients and chaperones"-style lists in the site's language. */
export const formatList = (items: readonly string[]) =>
  new Intl.ListFormat(siteLanguage, { style: 'long', type: 'conjunction' }).format(items);

/** "12 March 2026 at 14:05"-style date and time in the site's language and the device's time zone. */
export const formatDateTime = (date: Date) =>
  new Intl.DateTimeFormat(siteLanguage, { dateStyle: 'long', timeStyle: 'short' }).format(date);
