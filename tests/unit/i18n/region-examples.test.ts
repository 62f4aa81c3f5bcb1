import { getCountries, getExampleNumber } from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { examplePhoneNumbers } from '../../../src/i18n/region-examples';
import { isPhoneNumberAtBuild } from '../../../src/lib/phone-at-build';

describe('examplePhoneNumbers', () => {
  it('gives a UK clinic a UK number, from the library’s own examples', () => {
    const example = getExampleNumber('GB', examples)!;
    expect(examplePhoneNumbers('GB')).toEqual({
      national: example.formatNational(),
      international: example.formatInternational(),
    });
    expect(examplePhoneNumbers('GB')!.international).toMatch(/^\+44 /);
  });

  it('gives a US clinic a US number', () => {
    expect(examplePhoneNumbers('US')!.international).toMatch(/^\+1 /);
  });

  it('has an example the kit’s phone rule accepts, both ways, for every country the clinic settings accept', () => {
    for (const country of getCountries()) {
      const example = examplePhoneNumbers(country);
      expect(example, country).toBeDefined();
      expect(isPhoneNumberAtBuild(example!.national, country), `${country}: ${example!.national}`).toBe(true);
      expect(isPhoneNumberAtBuild(example!.international, country), `${country}: ${example!.international}`).toBe(true);
    }
  });
});
