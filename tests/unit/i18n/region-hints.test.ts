import { describe, expect, it } from 'vitest';
import { clinicValueTexts } from '../../../src/clinic/values';
import { localeIds } from '../../../src/i18n/locales';
import { formattingLanguage } from '../../../src/i18n/region';
import { uiStrings } from '../../../src/i18n/strings';
import { createTranslator } from '../../../src/i18n/translator';
import { parseClinicConfig } from '../../../src/schemas/clinic';
import { withClinicValues } from '../../../src/worksheets/clinic-text';
import { worksheetDefinitions, worksheetsFor } from '../../../src/worksheets/definitions';
import type { WorksheetDefinition } from '../../../src/worksheets/types';
import { exampleClinicInput } from '../../fixtures/example-clinic';

/** The example clinic, in another country. */
const clinicIn = (country: string) => {
  const input = exampleClinicInput();
  return parseClinicConfig({ ...input, clinic: { ...input.clinic, country } }, 'clinic.config.ts');
};

/** Every hint of a definition that uses the address words. */
const addressHints = (definition: WorksheetDefinition) =>
  definition.sections
    .flatMap((section) => section.fields)
    .flatMap((field) => (field.hint?.includes('{region.addressParts}') ? [field.id] : []));

/** The worksheet's hints as a page of a clinic in `country` shows them. */
const hintsFor = (locale: (typeof localeIds)[number], country: string, definition: WorksheetDefinition) => {
  const texts = clinicValueTexts(
    clinicIn(country),
    createTranslator(uiStrings(locale), formattingLanguage(locale, country)),
  );
  const filled = withClinicValues(definition, (name) => texts[name]);
  return filled.sections
    .flatMap((section) => section.fields)
    .filter((field) => addressHints(definition).includes(field.id))
    .map((field) => field.hint!);
};

const withAddress = worksheetDefinitions.filter((definition) => addressHints(definition).length > 0);

describe('the address hints follow the clinic’s country', () => {
  it('are in the worksheets that ask for an address', () => {
    expect(withAddress.map((definition) => definition.id).sort()).toEqual(['chaperone', 'dosing-day']);
  });

  it.each(withAddress.map((definition) => [definition.id, definition] as const))(
    '%s: says postcode to a UK clinic and ZIP code to a US one',
    (_, definition) => {
      for (const hint of hintsFor('en', 'GB', definition)) {
        expect(hint).toContain('postcode');
        expect(hint).not.toContain('ZIP');
      }
      for (const hint of hintsFor('en', 'US', definition)) {
        expect(hint).toContain('ZIP code');
        expect(hint).not.toContain('postcode');
      }
    },
  );

  it.each(localeIds)('%s: fills every address hint with that language’s words', (locale) => {
    for (const { definition } of worksheetsFor(locale)) {
      for (const hint of hintsFor(locale, 'US', definition))
        expect(hint).toContain(uiStrings(locale)['clinicValue.region.addressParts.US']);
    }
  });
});
