import { siteLanguage } from '../i18n/t';

/**
 * Makes one formatter on first use and keeps it. Why: building an `Intl` formatter loads locale
 * data each time; building one per call was 0.9 s of a 1,000-module build (`npm run bench`).
 */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const dateFormat = once(() => new Intl.DateTimeFormat(siteLanguage, { dateStyle: 'long', timeZone: 'UTC' }));
const minutesFormat = once(
  () => new Intl.NumberFormat(siteLanguage, { style: 'unit', unit: 'minute', unitDisplay: 'long' }),
);
const listFormat = once(() => new Intl.ListFormat(siteLanguage, { style: 'long', type: 'conjunction' }));
const dateTimeFormat = once(() => new Intl.DateTimeFormat(siteLanguage, { dateStyle: 'long', timeStyle: 'short' }));

/**
 * "12 March 2026"-style dates in the site's language. Dates from frontmatter are midnight UTC,
 * so format in UTC or readers west of Greenwich would see the day before.
 */
export const formatDate = (date: Date) => dateFormat().format(date);

/** "5 minutes" in the site's language. */
export const formatMinutes = (minutes: number) => minutesFormat().format(minutes);

/** "patients and chaperones"-style lists in the site's language. */
export const formatList = (items: readonly string[]) => listFormat().format(items);

/**
 * "12 March 2026 at 14:05"-style date and time in the site's language and the device's time zone
 * (read when the first date and time is shown).
 */
export const formatDateTime = (date: Date) => dateTimeFormat().format(date);
