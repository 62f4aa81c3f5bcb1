import { describe, expect, it } from 'vitest';
import { localeIds } from '../../../src/i18n/locales';
import { localePath } from '../../../src/i18n/page-locale';
import { readProviderLink } from '../../../src/links/read-link';
import { writeProviderLink } from '../../../src/links/write-link';
import type { LinkWorksheet } from '../../../src/schemas/link-fragment';
import { exampleClinic } from '../../fixtures/example-clinic';
import { siteLinkTargets } from '../../fixtures/link-targets';
import { longestOverrides } from '../../fixtures/longest-overrides';
import { englishLinks } from './translators';

/**
 * A longer-than-usual clinic address, so the figure holds for real deployments, with the plan of
 * the locale whose address is longest (`/es/plan/`): a link in any language stays under the limit.
 */
const longestPlanPath = localeIds
  .map((locale) => localePath(locale, 'plan/'))
  .reduce((a, b) => (b.length > a.length ? b : a));
const PLAN_URL = `https://preparation.riverside-wellness-clinic.example.org/kap/${longestPlanPath}`;
const LIMIT = 2000;

/** Every prefillable field at its longest value typed in `letters` (a name-like run of words). */
function fullPrefill(worksheet: LinkWorksheet, letters: string): Record<string, string> {
  return Object.fromEntries(
    worksheet.fields
      .filter((field) => field.prefillable)
      .map((field) => {
        switch (field.kind) {
          case 'date':
            return [field.id, '2027-12-31'];
          case 'radio':
          case 'select':
            return [field.id, field.options!.reduce((a, b) => (b.length > a.length ? b : a))];
          case 'tel':
            return [field.id, '+1 (201) 555-0100 ext. 123456'.slice(0, field.maxLength)];
          default:
            return [field.id, letters.repeat(field.maxLength!).slice(0, field.maxLength).trim()];
        }
      }),
  );
}

function fullPlanLink(worksheet: LinkWorksheet, letters: string): string {
  return `${PLAN_URL}#${writeProviderLink({
    readingList: [...siteLinkTargets.moduleSlugs],
    worksheet: worksheet.id,
    prefill: fullPrefill(worksheet, letters),
    overrides: longestOverrides,
  })}`;
}

describe('a full plan link', () => {
  it.each(siteLinkTargets.worksheets.map((worksheet) => [worksheet.id, worksheet] as const))(
    'with the %s worksheet, every module, every prefill at its longest and every override stays under 2,000 characters',
    async (_id, worksheet) => {
      const link = fullPlanLink(worksheet, 'Dr Maria Anna Example ');
      console.info(`full plan link with ${worksheet.id}: ${link.length} characters`);
      expect(link.length).toBeLessThan(LIMIT);
      // …and it is a link the site reads back whole.
      const reading = await readProviderLink(new URL(link).hash, siteLinkTargets, {
        config: exampleClinic,
        links: englishLinks,
      });
      expect(reading?.notices).toEqual([]);
      expect(reading?.link.readingList).toHaveLength(siteLinkTargets.moduleSlugs.length);
    },
  );

  it('stays under 2,000 characters with accented names at their longest (each accent is escaped to 6 characters)', () => {
    const lengths = siteLinkTargets.worksheets.map((worksheet) => fullPlanLink(worksheet, 'Zoë Ñúñez ').length);
    console.info(`full plan link, accented names at their longest: ${lengths.join(', ')} characters`);
    // Names in scripts escaped to 9 characters a letter (CJK) can pass 2,000: the builder warns then.
    expect(Math.max(...lengths)).toBeLessThan(LIMIT);
  });
});
