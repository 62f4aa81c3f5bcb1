import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProviderLink } from '../../../src/links/build-link';
import { readProviderLink } from '../../../src/links/read-link';
import { clinicConfigSchema, parseClinicConfig } from '../../../src/schemas/clinic';
import { emptyAnswers } from '../../../src/worksheets/answers';
import { worksheetDefinitions } from '../../../src/worksheets/definitions';
import { worksheetSchema } from '../../../src/worksheets/schema';
import { exampleClinicInput } from '../../fixtures/example-clinic';
import { siteLinkTargets } from '../../fixtures/link-targets';
import { englishLinks, englishUi } from './translators';

/**
 * One phone rule: the worksheet form, a provider's link (the care team's number and a `tel`
 * answer), the link builder and clinic.config.ts judge every phone number the same way.
 */

// A shipped worksheet with a phone field a link may fill in, found rather than named.
const target = siteLinkTargets.worksheets.find((worksheet) =>
  worksheet.fields.some((field) => field.prefillable && field.kind === 'tel'),
);
const telField = target?.fields.find((field) => field.prefillable && field.kind === 'tel');
const definition = worksheetDefinitions.find((candidate) => candidate.id === target?.id);

const clinicInput = (country: string, phone = exampleClinicInput().clinic.phone) => {
  const input = exampleClinicInput();
  return { ...input, clinic: { ...input.clinic, phone, country } };
};

/** Whether each place accepts `phone` for a clinic in `country`. */
async function verdicts(phone: string, country: string) {
  const config = parseClinicConfig(clinicInput(country));
  const id = telField!.id;
  const form = await worksheetSchema(definition!, { country, ui: englishUi }).safeParseAsync({
    ...emptyAnswers(definition!),
    [id]: phone,
  });
  const link = await readProviderLink(
    `#v=1&w=${target!.id}&f.${id}=${encodeURIComponent(phone)}&o.clinic.phone=${encodeURIComponent(phone)}`,
    siteLinkTargets,
    { config, links: englishLinks },
  );
  const built = await buildProviderLink(
    { readingList: [], worksheet: target!.id, prefill: { [id]: phone }, overrides: { 'clinic.phone': phone } },
    siteLinkTargets,
    config,
    englishLinks,
  );
  return {
    form: form.success || !form.error.issues.some((issue) => issue.path[0] === id),
    linkAnswer: link?.link.prefill[id] === phone.trim(),
    linkCareTeamPhone: link?.link.overrides['clinic.phone'] === phone.trim(),
    builderAnswer: built.problems[`f.${id}`] === undefined,
    builderCareTeamPhone: built.problems['o.clinic.phone'] === undefined,
    config: clinicConfigSchema.safeParse(clinicInput(country, phone)).success,
  };
}

const everywhere = (verdict: boolean) => ({
  form: verdict,
  linkAnswer: verdict,
  linkCareTeamPhone: verdict,
  builderAnswer: verdict,
  builderCareTeamPhone: verdict,
  config: verdict,
});

describe('the one phone rule', () => {
  it('has a shipped worksheet with a phone field a link may fill in, to test the form and links with', () => {
    expect(telField).toBeDefined();
    expect(definition).toBeDefined();
  });

  it.each([
    // Too short for a London number: the old pattern let it through the config and the builder.
    ['020 7946', 'GB', false],
    ['020 7946 0958', 'GB', true],
    ['020 7946 0958', 'US', false],
    ['(201) 555-0123 ext. 4', 'US', true],
    ['+44 20 7946 0958', 'US', true],
    ['+1 201 555 0100', 'GB', true],
    // Shaped like a number, but North America has no area code 555.
    ['+1 555 010 0100', 'US', false],
    ['555', 'US', false],
    ['call me', 'US', false],
    ['555-CALL-NOW', 'US', false],
    ['(((((', 'US', false],
  ])(
    'gives "%s" (a clinic in %s) the same verdict in the form, the link, the builder and the config: %s',
    async (phone, country, expected) => {
      expect(await verdicts(phone, country)).toEqual(everywhere(expected));
    },
  );

  it('gives any text the same verdict in all four places', async () => {
    const phoneLike = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789 +()-.x'.split('')), maxLength: 24 }),
      fc.string({ unit: fc.constantFrom(...'0123456789 abcABC+'.split('')), maxLength: 16 }),
      fc.stringMatching(/^\+?1? ?\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]?\d{4}( ext\. \d{1,4})?$/),
    );
    await fc.assert(
      fc.asyncProperty(
        phoneLike.filter((text) => text.trim() !== ''),
        fc.constantFrom('US', 'GB'),
        async (phone, country) => {
          const all = await verdicts(phone, country);
          expect(new Set(Object.values(all)).size, JSON.stringify(all)).toBe(1);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('tells the provider in the builder what to enter, in the form’s words rather than the patient’s notice', async () => {
    const config = parseClinicConfig(clinicInput('US'));
    const built = await buildProviderLink(
      {
        readingList: [],
        worksheet: target!.id,
        prefill: { [telField!.id]: '020 7946' },
        overrides: { 'clinic.phone': '555' },
      },
      siteLinkTargets,
      config,
      englishLinks,
    );
    expect(built.problems).toEqual({
      [`f.${telField!.id}`]: englishLinks.t('builder.error.phone', { label: telField!.label.replace(/[?.:]$/, '') }),
      'o.clinic.phone': 'Care team’s phone number must be a phone number you can dial, with the area code',
    });
    expect(built.fragment).toBe(`v=1&w=${target!.id}`);
  });

  it('drops a link’s phone number that fails the rule with the usual notice, and keeps the clinic’s', async () => {
    const reading = await readProviderLink('#v=1&o.clinic.phone=020+7946', siteLinkTargets, {
      config: parseClinicConfig(clinicInput('GB', '020 7946 0958')),
      links: englishLinks,
    });
    expect(reading).toEqual({
      link: { readingList: [], prefill: {}, overrides: {} },
      notices: ['The care team’s phone number in your link is not a phone number, so the clinic’s number is shown.'],
    });
  });
});
