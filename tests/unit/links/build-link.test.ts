import { describe, expect, it } from 'vitest';
import { buildProviderLink, type PlanDraft } from '../../../src/links/build-link';
import { readProviderLink } from '../../../src/links/read-link';
import { writeProviderLink } from '../../../src/links/write-link';
import { exampleClinic } from '../../fixtures/example-clinic';
import { siteLinkTargets } from '../../fixtures/link-targets';
import { englishLinks, FAKE, fakeLinks } from './translators';

const build = (draft: Partial<PlanDraft>, links = englishLinks) =>
  buildProviderLink({ readingList: [], prefill: {}, overrides: {}, ...draft }, siteLinkTargets, exampleClinic, links);

describe('building a link from what a provider typed', () => {
  it('writes a plan the plan page reads back whole, with nothing to report', async () => {
    const built = await build({
      readingList: ['safety-protocol', 'setting-intentions'],
      worksheet: 'intention',
      prefill: { providerName: ' Dr Ada Lee ', practice: 'Riverside', dosingDate: '2027-01-15', modality: 'remote' },
      overrides: { 'fasting.food': '6', 'lookIn.interval': ' 20 ', 'bloodPressure.doNotStartAbove': '150/95' },
    });
    const link = {
      readingList: ['safety-protocol', 'setting-intentions'],
      worksheet: 'intention',
      prefill: { dosingDate: '2027-01-15', providerName: 'Dr Ada Lee', practice: 'Riverside', modality: 'remote' },
      overrides: {
        'fasting.food': 6,
        'bloodPressure.doNotStartAbove': { systolic: 150, diastolic: 95 },
        'lookIn.interval': 20,
      },
    };
    expect(built).toEqual({ fragment: writeProviderLink(link), link, problems: {} });
    expect(
      await readProviderLink(built.fragment, siteLinkTargets, { config: exampleClinic, links: englishLinks }),
    ).toEqual({ link, notices: [] });
  });

  it('leaves an invalid value out, with the message the plan page would give, and keeps the rest', async () => {
    const built = await build({
      worksheet: 'intention',
      prefill: { dosingDate: '2027-02-30', providerName: 'Dr Lee' },
      overrides: { 'fasting.food': '30' },
    });
    expect(built.fragment).toBe('v=1&w=intention&f.providerName=Dr+Lee');
    expect(built.problems).toEqual({
      'f.dosingDate':
        '“Planned date of your first dosing session” in your link is not a real date, so it was left empty.',
      'o.fasting.food':
        'The hours to stop eating in your link must be a number from 0 to 24, so the clinic’s hours are shown.',
    });
  });

  it('never carries a field about the patient, whatever the draft holds', async () => {
    const built = await build({
      worksheet: 'intention',
      prefill: { yourName: 'Jo Patient', intentions: 'private', providerName: 'Dr Lee' },
    });
    expect(built.link.prefill).toEqual({ providerName: 'Dr Lee' });
    expect(built.fragment).not.toMatch(/yourName|intentions|Jo/);
    expect(built.problems).toEqual({});
  });

  it('drops answers when no worksheet is chosen (they would belong to nothing)', async () => {
    expect((await build({ prefill: { providerName: 'Dr Lee' } })).fragment).toBe('v=1');
  });

  it('treats empty and blank inputs as not set, not as mistakes', async () => {
    const built = await build({
      worksheet: 'chaperone',
      prefill: { providerName: '   ', providerPhone: '' },
      overrides: { 'fasting.food': ' ' },
    });
    expect(built).toEqual({
      fragment: 'v=1&w=chaperone',
      link: { readingList: [], worksheet: 'chaperone', prefill: {}, overrides: {} },
      problems: {},
    });
  });

  it('flags both values of a pair that does not fit together, and leaves both out', async () => {
    // The clinic stops food at 4 h: clear liquids at 6 h and food at 3 h contradict each other.
    const built = await build({
      overrides: { 'fasting.food': '3', 'fasting.clearLiquids': '6', 'lookIn.interval': '20' },
    });
    const notice =
      'The fasting hours in your link do not fit together (clear liquids cannot stop earlier than food), so the clinic’s hours are shown.';
    expect(built.problems).toEqual({ 'o.fasting.food': notice, 'o.fasting.clearLiquids': notice });
    expect(built.link.overrides).toEqual({ 'lookIn.interval': 20 });
  });

  it('words its problems with the builder page’s translator, and writes the same link in every language', async () => {
    const draft = {
      worksheet: 'intention',
      prefill: { dosingDate: '2027-02-30', providerName: 'Dr Lee' },
      overrides: { 'fasting.food': '30', 'fasting.clearLiquids': '2' },
    };
    const built = await build(draft, fakeLinks);
    expect(built.problems).toEqual({
      'f.dosingDate': fakeLinks.t('link.notice.field.notDate', { label: 'Planned date of your first dosing session' }),
      'o.fasting.food': fakeLinks.t('link.notice.override.fasting.food', { min: '0', max: '24' }),
    });
    for (const problem of Object.values(built.problems)) expect(problem.startsWith(FAKE), problem).toBe(true);
    const english = await build(draft);
    expect(built.fragment).toBe(english.fragment);
    expect(built.link).toEqual(english.link);
  });

  it('flags only the value typed when the other half of the pair is the clinic’s', async () => {
    const built = await build({ overrides: { 'bloodPressure.seekEmergencyCareAt': '130/85' } });
    expect(Object.keys(built.problems)).toEqual(['o.bloodPressure.seekEmergencyCareAt']);
    expect(built.fragment).toBe('v=1');
  });
});

describe('worksheet fields as the builder sees them', () => {
  it('carry the labels of their choices, in the order of their values', () => {
    const modality = siteLinkTargets.worksheets
      .find((worksheet) => worksheet.id === 'intention')!
      .fields.find((field) => field.id === 'modality')!;
    expect(modality.options).toEqual(['in-person', 'remote', 'group', 'self-led']);
    expect(modality.optionLabels).toEqual([
      'In person, at the clinic',
      'Remote, at home with a chaperone',
      'In a group',
      'Self-led',
    ]);
    expect(modality.retiredOptions).toBeUndefined();
  });

  it('still accept a retired choice from an older link, and mark it so the builder does not offer it', async () => {
    const modality = siteLinkTargets.worksheets
      .find((worksheet) => worksheet.id === 'chaperone')!
      .fields.find((field) => field.id === 'modality')!;
    expect(modality.options).toContain('in-person');
    expect(modality.retiredOptions).toEqual(['in-person']);
    expect(
      (
        await readProviderLink('#v=1&w=chaperone&f.modality=in-person', siteLinkTargets, {
          config: exampleClinic,
          links: englishLinks,
        })
      )?.link.prefill,
    ).toEqual({
      modality: 'in-person',
    });
  });
});
