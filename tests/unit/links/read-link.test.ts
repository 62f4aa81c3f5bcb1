import { describe, expect, it } from 'vitest';
import { readProviderLink } from '../../../src/links/read-link';
import { writeProviderLink } from '../../../src/links/write-link';
import { linkFragmentSchema } from '../../../src/schemas/link-fragment';
import * as z from 'zod/mini';
import { exampleClinic } from '../../fixtures/example-clinic';
import { siteLinkTargets } from '../../fixtures/link-targets';
import { englishLinks, FAKE, fakeLinks } from './translators';

const read = (hash: string, worksheet?: string) =>
  readProviderLink(hash, siteLinkTargets, { config: exampleClinic, worksheet, links: englishLinks });

describe('reading a provider link', () => {
  it('leaves ordinary section anchors alone', async () => {
    expect(await read('#what-to-bring')).toBeUndefined();
    expect(await read('')).toBeUndefined();
    expect(await read('#')).toBeUndefined();
  });

  it('reads a plan: reading list in order, worksheet, prefill and overrides', async () => {
    const reading = await read(
      '#v=1&r=safety-protocol,setting-intentions&w=intention&f.providerName=Dr+Ada+Lee&f.dosingDate=2027-01-15' +
        '&f.modality=remote&o.fasting.food=6&o.bloodPressure.doNotStartAbove=150/95&o.lookIn.interval=20&o.clinic.phone=%2B1+201+555+0142',
    );
    expect(reading).toEqual({
      link: {
        readingList: ['safety-protocol', 'setting-intentions'],
        worksheet: 'intention',
        prefill: { providerName: 'Dr Ada Lee', dosingDate: '2027-01-15', modality: 'remote' },
        overrides: {
          'fasting.food': 6,
          'bloodPressure.doNotStartAbove': { systolic: 150, diastolic: 95 },
          'lookIn.interval': 20,
          'clinic.phone': '+1 201 555 0142',
        },
      },
      notices: [],
    });
  });

  it('fills the page’s own worksheet when the link names none', async () => {
    expect((await read('#v=1&f.providerName=Sam+Ortiz', 'chaperone'))?.link.prefill).toEqual({
      providerName: 'Sam Ortiz',
    });
  });

  it('never fills a field about the patient, and says so by the field’s name', async () => {
    const reading = await read('#v=1&w=intention&f.yourName=Jo+Patient&f.intentions=hurt&f.providerName=Dr+Lee');
    expect(reading?.link.prefill).toEqual({ providerName: 'Dr Lee' });
    expect(reading?.notices).toEqual([
      'Your link tried to fill in “Your name”. Links can only fill in details about your care team and your plan, so it was left empty.',
      'Your link tried to fill in “What do you hope this therapy can help with”. Links can only fill in details about your care team and your plan, so it was left empty.',
    ]);
  });

  it('drops unknown modules with one notice counting them, and keeps the rest in order', async () => {
    const reading = await read('#v=1&r=setting-intentions,not-a-module,../../etc/passwd,safety-protocol');
    expect(reading?.link.readingList).toEqual(['setting-intentions', 'safety-protocol']);
    expect(reading?.notices).toEqual([
      '2 modules in your link are not on this site, so they were left out of your plan.',
    ]);
  });

  it('ignores a link from another format version entirely, saying so', async () => {
    const reading = await read('#v=2&r=setting-intentions&o.fasting.food=6');
    expect(reading?.link).toEqual({ readingList: [], prefill: {}, overrides: {} });
    expect(reading?.notices).toEqual([
      'This link was made by a different version of this site, so its settings were not used.',
    ]);
  });

  it('reads a module the clinic has hidden since as the module its links now go to, once', async () => {
    const [hidden, kept, other] = siteLinkTargets.moduleSlugs as [string, string, string];
    const targets = {
      ...siteLinkTargets,
      moduleSlugs: siteLinkTargets.moduleSlugs.filter((slug) => slug !== hidden),
      moduleRedirects: { [hidden]: other },
    };
    const reading = await readProviderLink(`#v=1&r=${hidden},${kept},${other}`, targets, {
      config: exampleClinic,
      links: englishLinks,
    });

    expect(reading?.link.readingList).toEqual([other, kept]);
    expect(reading?.notices).toEqual([]);
  });

  it('ignores unknown keys silently, so newer links still work', async () => {
    expect(await read('#v=1&r=safety-protocol&theme=dark&o.emergency.number=555&x=1')).toEqual({
      link: { readingList: ['safety-protocol'], prefill: {}, overrides: {} },
      notices: [],
    });
  });

  it.each([
    [
      'f.dosingDate=2027-02-30',
      '“Planned date of your first dosing session” in your link is not a real date, so it was left empty.',
    ],
    [
      'f.modality=underwater',
      '“How will your dosing session happen” in your link is not one of the choices, so it was left empty.',
    ],
    [
      `f.providerName=${'a'.repeat(121)}`,
      '“Your therapist or provider” in your link is longer than 120 characters, so it was left empty.',
    ],
    [
      'f.providerName=Dr%E2%80%AEeL',
      '“Your therapist or provider” in your link holds characters that cannot be shown, so it was left empty.',
    ],
    [
      'o.fasting.food=25',
      'The hours to stop eating in your link must be a number from 0 to 24, so the clinic’s hours are shown.',
    ],
    [
      'o.fasting.food=six',
      'The hours to stop eating in your link must be a number from 0 to 24, so the clinic’s hours are shown.',
    ],
    [
      'o.lookIn.interval=0',
      'The look-in time in your link must be a whole number of minutes from 1 to 60, so the clinic’s time is shown.',
    ],
    [
      'o.lookIn.interval=7.5',
      'The look-in time in your link must be a whole number of minutes from 1 to 60, so the clinic’s time is shown.',
    ],
    [
      'o.bloodPressure.doNotStartAbove=90/140',
      'The blood-pressure level for not starting a session in your link must be written as the top number, a slash, then the bottom number, so the clinic’s level is shown.',
    ],
    [
      'o.clinic.phone=call+me',
      'The care team’s phone number in your link is not a phone number, so the clinic’s number is shown.',
    ],
  ])('leaves out %s with a specific notice that does not repeat the value', async (pair, message) => {
    const reading = await read(`#v=1&w=intention&${pair}`);
    expect(reading?.link.prefill).toEqual({});
    expect(reading?.link.overrides).toEqual({});
    expect(reading?.notices).toEqual([message]);
  });

  it('keeps overrides that only make sense together from contradicting the clinic', async () => {
    // The clinic says food 4 h, clear liquids 2 h: a link saying clear liquids 6 h breaks that.
    const fasting = await read('#v=1&o.fasting.clearLiquids=6');
    expect(fasting?.link.overrides).toEqual({});
    expect(fasting?.notices).toEqual([
      'The fasting hours in your link do not fit together (clear liquids cannot stop earlier than food), so the clinic’s hours are shown.',
    ]);
    expect((await read('#v=1&o.fasting.clearLiquids=6&o.fasting.food=8'))?.link.overrides).toEqual({
      'fasting.clearLiquids': 6,
      'fasting.food': 8,
    });
    // 170/85 is above the clinic's call-the-care-team level (160/100) in the top number only.
    expect((await read('#v=1&o.bloodPressure.seekEmergencyCareAt=170/85'))?.link.overrides).toEqual({});
  });

  it('keeps the three blood-pressure levels rising in order, dropping all three when they do not', async () => {
    expect((await read('#v=1&o.bloodPressure.callCareTeamAt=170/105'))?.link.overrides).toEqual({
      'bloodPressure.callCareTeamAt': { systolic: 170, diastolic: 105 },
    });
    // A call level that reuses the do-not-start level would have the chaperone calling from the start.
    const reused = await read('#v=1&o.bloodPressure.callCareTeamAt=140/90');
    expect(reused?.link.overrides).toEqual({});
    expect(reused?.notices).toEqual([
      'The blood-pressure levels in your link do not fit together (each must be higher than the one before: do not start, then call the care team, then emergency care), so the clinic’s levels are shown.',
    ]);
    expect(
      (
        await read(
          '#v=1&o.bloodPressure.doNotStartAbove=150/95&o.bloodPressure.callCareTeamAt=165/100&o.bloodPressure.seekEmergencyCareAt=170/85',
        )
      )?.link.overrides,
    ).toEqual({});
  });

  it('refuses absurdly long fragments without reading them', async () => {
    const reading = await read(`#v=1&r=${'a,'.repeat(3000)}`);
    expect(reading).toEqual({
      link: { readingList: [], prefill: {}, overrides: {} },
      notices: ['This link is far longer than links made by this site, so its settings were not used.'],
    });
  });

  it('reads back exactly what the writer wrote, however odd the text', async () => {
    const link = {
      readingList: ['why-preparation-matters', 'setting-intentions'],
      worksheet: 'intention',
      prefill: {
        providerName: 'Dr. Zoë O’Neil & Partners = 100% #1 +care',
        practice: 'Café «Lumière» / Suite 4, 1:30',
      },
      overrides: { 'clinic.phone': '+44 20 7946 0958 ext. 12', 'fasting.food': 7.5 },
    };
    expect(await read(`#${writeProviderLink(link)}`)).toEqual({ link, notices: [] });
  });
});

describe('the v1 fragment schema', () => {
  it('has no key for a patient field, so such values are stripped', async () => {
    const intention = siteLinkTargets.worksheets.find((worksheet) => worksheet.id === 'intention');
    const schema = linkFragmentSchema(siteLinkTargets, {
      country: exampleClinic.clinic.country,
      worksheet: intention,
      links: englishLinks,
    });
    const parsed = await z.parseAsync(schema, { v: '1', 'f.yourName': 'Jo', 'f.providerName': 'Dr Lee' });
    expect(parsed).toEqual({ v: '1', 'f.providerName': 'Dr Lee' });
  });
});

describe('reading only clinic values (pages without a plan or worksheet)', () => {
  it('reads overrides and ignores the rest without notices', async () => {
    const reading = await readProviderLink('#v=1&r=nope&w=nope&f.yourName=Jo&o.lookIn.interval=10', siteLinkTargets, {
      config: exampleClinic,
      links: englishLinks,
      scope: 'clinic-values',
    });
    expect(reading).toEqual({
      link: { readingList: [], prefill: {}, overrides: { 'lookIn.interval': 10 } },
      notices: [],
    });
  });
});

describe('on a worksheet page', () => {
  it('fills nothing from a link made for another worksheet, and says nothing about its answers', async () => {
    const reading = await read(
      '#v=1&w=chaperone&f.providerName=Dr+Lee&f.yourName=Jo&o.lookIn.interval=10',
      'intention',
    );
    expect(reading).toEqual({
      link: { readingList: [], worksheet: 'chaperone', prefill: {}, overrides: { 'lookIn.interval': 10 } },
      notices: [],
    });
  });
});

describe('in the page’s language', () => {
  /** A site with one worksheet whose fields are labelled in Spanish, as a Spanish page's targets are. */
  const spanishTargets = {
    moduleSlugs: ['safety-protocol'],
    worksheets: [
      {
        id: 'intention',
        fields: [
          { id: 'yourName', label: '¿Cómo te llamas?', kind: 'text' as const, prefillable: false, maxLength: 80 },
          { id: 'practice', label: 'Tu clínica:', kind: 'text' as const, prefillable: true, maxLength: 2000 },
        ],
      },
    ],
  };
  const readIn = (hash: string) => readProviderLink(hash, spanishTargets, { config: exampleClinic, links: fakeLinks });

  it('writes every notice with the translator it is given, never the English', async () => {
    const reading = await readIn(
      '#v=1&r=safety-protocol,gone,also-gone&w=intention&f.yourName=Jo&o.fasting.food=25&o.fasting.clearLiquids=99',
    );
    expect(reading?.notices).toEqual([
      fakeLinks.tPlural('link.notice.modules', 2),
      fakeLinks.t('link.notice.notPrefillable', { label: 'Cómo te llamas' }),
      fakeLinks.t('link.notice.override.fasting.food', { min: '0', max: '24' }),
      fakeLinks.t('link.notice.override.fasting.clearLiquids', { min: '0', max: '24' }),
    ]);
    for (const notice of reading!.notices) expect(notice.startsWith(FAKE), notice).toBe(true);
    expect((await readIn('#v=2'))?.notices).toEqual([fakeLinks.t('link.notice.version')]);
    expect((await readIn(`#v=1&r=${'a,'.repeat(3000)}`))?.notices).toEqual([fakeLinks.t('link.notice.tooLong')]);
  });

  it('quotes a Spanish label without its ¿ and ?, and writes limits as the language writes numbers', async () => {
    const reading = await readIn(`#v=1&w=intention&f.practice=${'a'.repeat(2001)}`);
    expect(reading?.notices).toEqual([fakeLinks.t('link.notice.field.tooLong', { label: 'Tu clínica', max: '2.000' })]);
    expect(reading?.notices[0]).toContain('“Tu clínica”');
    expect(reading?.notices[0]).toContain('2.000');
  });

  it('reads the same fragment to the same plan in every language: only the words differ', async () => {
    const hash = '#v=1&r=safety-protocol&w=intention&f.practice=Riverside&o.lookIn.interval=20';
    const english = await readProviderLink(hash, spanishTargets, { config: exampleClinic, links: englishLinks });
    const spanish = await readIn(hash);
    expect(spanish?.link).toEqual(english?.link);
    expect(spanish?.link).toEqual({
      readingList: ['safety-protocol'],
      worksheet: 'intention',
      prefill: { practice: 'Riverside' },
      overrides: { 'lookIn.interval': 20 },
    });
  });
});
