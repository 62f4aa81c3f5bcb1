import type { CountryCode, isValidPhoneNumber } from 'libphonenumber-js/min';

/**
 * The kit's one rule for phone numbers, used wherever a phone number comes in: the worksheet form,
 * a provider's link (the care team's number and `tel` answers), the link builder, and
 * `clinic.config.ts` at build (src/lib/phone-at-build.ts). One rule means a number the builder or
 * the clinic config accepts is never one the form then refuses.
 *
 * The rule is libphonenumber-js with its "min" metadata: a number is one someone could dial when
 * the library finds a valid number for its country in it. Spaces, `+`, brackets, dots, dashes and
 * extensions ("ext. 12", "x12") are all fine. Numbers without a +country code are read as numbers
 * of the clinic's `country` (clinic.config.ts).
 */

/** The library's validator, as the rule takes it (so build code can pass a statically imported one). */
export type PhoneValidator = typeof isValidPhoneNumber;

/** The longest phone number accepted anywhere, in characters: the worksheets' phone fields hold 40. */
export const PHONE_MAX_CHARACTERS = 40;

/** The rule's cheap half: whether `text`, trimmed, is short enough to be a phone number at all. */
const fitsPhoneLength = (text: string) => text.trim().length <= PHONE_MAX_CHARACTERS;

/**
 * The rule itself, given the library: trimmed, at most {@link PHONE_MAX_CHARACTERS} characters, and
 * valid for `country`. Callers pass only what they typed or were given.
 * @param validate libphonenumber-js's `isValidPhoneNumber` (min metadata)
 * @param text the number as written
 * @param country ISO 3166-1 alpha-2 code for numbers written without a +country code
 */
export function phoneRule(validate: PhoneValidator, text: string, country: string): boolean {
  return fitsPhoneLength(text) && validate(text.trim(), country as CountryCode);
}

let validator: Promise<PhoneValidator> | undefined;

/**
 * Whether `text` is a phone number someone could dial, by {@link phoneRule}. For browser code: the
 * library (its metadata is about 30 KB gzip) is imported on first use, so a page downloads it only
 * when a phone number is actually checked, not with the page.
 * @param text the number as written
 * @param country the clinic's country (`clinic.country`), for numbers without a +country code
 */
export async function isPhoneNumber(text: string, country: string): Promise<boolean> {
  // Checked before loading: a link's overlong junk never costs the patient the library's download.
  if (!fitsPhoneLength(text)) return false;
  validator ??= import('libphonenumber-js/min').then(
    (library) => library.isValidPhoneNumber,
    (error: unknown) => {
      // Forgotten, so the next check tries the download again (a phone that was offline for a moment).
      validator = undefined;
      throw error;
    },
  );
  return phoneRule(await validator, text, country);
}
