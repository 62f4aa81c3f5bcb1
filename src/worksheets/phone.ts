import type { CountryCode } from 'libphonenumber-js/min';

/**
 * Whether `text` is a phone number someone could dial: spaces, +, brackets, dashes and extensions
 * ("ext. 12", "x12") are all fine. Numbers without a +country code are read as numbers of
 * `country` (the clinic's, from clinic.config.ts).
 *
 * libphonenumber-js (the min metadata, about 30 KB gzip) is imported on first use, so a worksheet
 * page downloads it only when a phone number is actually checked, not with the page.
 */
export async function isPhoneNumber(text: string, country: string): Promise<boolean> {
  const { isValidPhoneNumber } = await import('libphonenumber-js/min');
  return isValidPhoneNumber(text.trim(), country as CountryCode);
}
