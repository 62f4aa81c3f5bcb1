import { isSupportedCountry, isValidPhoneNumber } from 'libphonenumber-js/min';
import { phoneRule } from './phone';

/**
 * The phone rule of src/lib/phone.ts, synchronous, for code that runs at build time only
 * (`clinic.config.ts` validation). It imports libphonenumber-js statically: never import this from
 * browser code, which uses the lazy `isPhoneNumber` instead.
 * @param text the number as written
 * @param country the clinic's country, for numbers without a +country code
 */
export const isPhoneNumberAtBuild = (text: string, country: string): boolean =>
  phoneRule(isValidPhoneNumber, text, country);

/**
 * Whether the phone rule knows `country` (an ISO 3166-1 alpha-2 code such as "US" or "GB", but not
 * "UK"): with a country it does not know, every number without a +country code would be refused.
 */
export const isPhoneCountry = (country: string): boolean => isSupportedCountry(country);
