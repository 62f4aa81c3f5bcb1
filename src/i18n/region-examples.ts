import { getExampleNumber, type CountryCode } from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/mobile/examples';

/**
 * Examples that follow the clinic's country, for build messages that show what to write: a
 * UK clinic is shown a UK phone number, not a US one. The numbers are libphonenumber-js's own
 * example data (one mobile number per country, `examples.mobile.json`), never typed here, so
 * every example passes the kit's phone rule (src/lib/phone.ts) for its country.
 *
 * Build-side only: it imports the library and its examples statically (about 4 KB). Browser code
 * checks phone numbers with the lazy `isPhoneNumber` and shows no examples.
 */

/** One phone number written two ways. */
export interface PhoneExamples {
  /** As people in the country dial it: "07400 123456", "(201) 555-0123". */
  national: string;
  /** With the country code: "+44 7400 123456", "+1 201 555 0123". */
  international: string;
}

/**
 * An example phone number of `country`, from the library's example data.
 * @param country ISO 3166-1 alpha-2 code (`clinic.country`)
 * @returns `undefined` for a country the library has no example for (every country its
 *   metadata knows has one in 1.13: tests/unit/i18n/region-examples.test.ts)
 */
export function examplePhoneNumbers(country: string): PhoneExamples | undefined {
  const example = getExampleNumber(country as CountryCode, examples);
  return example && { national: example.formatNational(), international: example.formatInternational() };
}
