import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { clinicValueTexts } from '../../../src/clinic/values';
import { generateWorksheetPdf, type GenerateWorksheetPdfOptions } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { parseClinicConfig, type ClinicConfig } from '../../../src/schemas/clinic';
import { dosingDayTimeline, timelineRows, type TimelineInput } from '../../../src/worksheets/dosing-day/timeline';
import { emptyAnswers } from '../../../src/worksheets/answers';
import { dosingDayWorksheet } from '../../../src/worksheets/dosing-day/definition';
import { worksheetWords } from '../../../src/worksheets/worksheet-words';
import type { CardBlock, WorksheetAnswers, WorksheetDefinition } from '../../../src/worksheets/types';
import { findMiswordedLevels } from '../../fixtures/blood-pressure-wording';
import { exampleClinic, exampleClinicInput } from '../../fixtures/example-clinic';
import { withoutCard } from '../../fixtures/pdf/card-worksheet';
import { englishUi, pdfOptions } from '../../fixtures/pdf/options';
import {
  countingFontLoader,
  normaliseSpace,
  pdfinfo,
  pdftotextPages,
  qpdfCheck,
  removeTemporaries,
  writeTemporary,
} from '../../fixtures/pdf/pdf-tools';

afterAll(removeTemporaries);

const TIME_ZONE = 'America/New_York';

/** The timeline block, as a dosing-day definition would write it. */
const timelineBlock: CardBlock = {
  kind: 'timeline',
  title: 'Your day',
  from: { date: 'sessionDate', startTime: 'startTime', place: 'place' },
};

/** A worksheet shaped like a dosing-day plan: the three answers the timeline needs, two phones, and a card with a timeline, a list and a blood-pressure log. */
const dosingDay: WorksheetDefinition = {
  id: 'dosing-day' as WorksheetDefinition['id'],
  version: 1,
  order: 30,
  title: 'Dosing-day plan',
  description: 'Your plan for the day of your session.',
  fileName: 'dosing-day-plan',
  // The timeline's own words, as the dosing-day plan's definition brings them.
  words: dosingDayWorksheet.words,
  sections: [
    {
      id: 'session',
      title: 'The session',
      fields: [
        {
          id: 'sessionDate',
          kind: 'date',
          label: 'Date of the session',
          required: true,
          requiredMessage: 'Enter the date of the session',
        },
        { id: 'startTime', kind: 'time', label: 'Start time', required: true, requiredMessage: 'Enter the start time' },
        {
          id: 'place',
          kind: 'radio',
          label: 'Where is the session?',
          options: [
            { value: 'clinic', label: 'At the clinic' },
            { value: 'home', label: 'At home' },
            { value: 'remote', label: 'At home, with the care team on a video call' },
          ],
        },
        { id: 'careTeamPhone', kind: 'tel', label: 'Care team’s phone number', maxLength: 40 },
        { id: 'chaperonePhone', kind: 'tel', label: 'Chaperone’s phone number', maxLength: 40 },
      ],
    },
  ],
  cards: [
    {
      title: 'Dosing-day card',
      intro: 'Keep this with you on the day.',
      blocks: [
        {
          kind: 'phones',
          title: 'Numbers',
          entries: [
            { label: 'Care team', answerKey: 'careTeamPhone' },
            { label: 'Chaperone', answerKey: 'chaperonePhone' },
          ],
        },
        timelineBlock,
        {
          kind: 'list',
          title: 'Bring',
          items: ['your blood-pressure monitor', 'a blanket and eyeshades', 'water for after the session'],
        },
        {
          kind: 'log',
          title: 'Blood-pressure log',
          columns: [
            { id: 'time', label: 'Time', width: 1 },
            { id: 'bloodPressure', label: 'Blood pressure', width: 1.4 },
            { id: 'notes', label: 'Notes', width: 3 },
          ],
        },
      ],
    },
  ],
};

/** A clinic near the limits the timeline's words can reach: a driving text of 116 of the 120 characters allowed, 8 hours of fasting. */
const wordyClinic: ClinicConfig = (() => {
  const input = exampleClinicInput();
  input.protocol.drivingAllowedAgain = {
    en: 'the morning after your session, once you have slept a full night and your care team has told you it is safe to drive',
    es: 'la mañana después de tu sesión, cuando hayas dormido toda la noche y tu equipo de atención te diga que puedes manejar',
  };
  input.protocol.fasting = { food: 8, clearLiquids: 3 };
  return parseClinicConfig(input);
})();

const answers = (overrides: WorksheetAnswers = {}): WorksheetAnswers => ({
  ...emptyAnswers(dosingDay),
  sessionDate: '2026-06-13',
  startTime: '09:00',
  place: 'home',
  careTeamPhone: '+1 201 555 0100',
  chaperonePhone: '(201) 555-0188',
  ...overrides,
});

const options = (
  config: ClinicConfig = exampleClinic,
  overrides: Partial<GenerateWorksheetPdfOptions> = {},
): GenerateWorksheetPdfOptions =>
  pdfOptions({
    clinic: {
      values: clinicValueTexts(config, englishUi),
      sessionLengthHoursMax: config.protocol.sessionLengthHours.max,
      lookInIntervalMinutes: config.protocol.lookInIntervalMinutes,
      timeline: { config, timeZone: TIME_ZONE },
    },
    ...overrides,
  });

const rowsFor = (input: Omit<TimelineInput, 'timeZone'>, config: ClinicConfig = exampleClinic) =>
  timelineRows(dosingDayTimeline({ ...input, timeZone: TIME_ZONE }, config)!, config, {
    ui: englishUi,
    words: worksheetWords(dosingDay, 'en'),
  });

const pageCount = async (bytes: Uint8Array) => Number(/^Pages:\s+(\d+)$/m.exec(await pdfinfo(bytes))![1]);

/** Each word poppler finds on the last page, with its left edge and its line's top (`pdftotext -bbox`). */
async function lastPageWords(bytes: Uint8Array): Promise<{ word: string; x: number; y: number }[]> {
  const pages = await pageCount(bytes);
  const { stdout } = await promisify(execFile)('pdftotext', [
    '-bbox',
    '-f',
    String(pages),
    '-l',
    String(pages),
    writeTemporary(bytes),
    '-',
  ]);
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
    word: match[3]!.replaceAll('&amp;', '&'),
  }));
}

describe('a card’s timeline block', () => {
  it('prints every entry of the timeline, in order, under the headings', async () => {
    for (const place of ['clinic', 'home', 'remote']) {
      const pdf = await generateWorksheetPdf(dosingDay, answers({ place }), options());
      const card = normaliseSpace((await pdftotextPages(pdf.bytes)).at(-1)!);
      const rows = rowsFor({ date: '2026-06-13', startTime: '09:00', place });

      let from = card.indexOf('Your day');
      expect(from, place).toBeGreaterThan(-1);
      for (const text of ['Time', 'What to do', ...rows.flatMap((row) => [row.time, row.what, row.note ?? ''])]) {
        const at = card.indexOf(normaliseSpace(text), from);
        expect(at, `${place}: ${text}`).toBeGreaterThan(-1);
        from = at;
      }
    }
  });

  it('is a two-column table: each time on the left, level with what to do on the right', async () => {
    const pdf = await generateWorksheetPdf(dosingDay, answers(), options());
    const words = await lastPageWords(pdf.bytes);
    const rows = rowsFor({ date: '2026-06-13', startTime: '09:00', place: 'home' });
    const first = (word: string, after = 0) =>
      words.find((candidate, index) => index >= after && candidate.word === word)!;
    const headingTime = first('What');

    for (const row of rows) {
      const what = row.what.split(' ')[0]!;
      const timeWord = first(row.time.split(/\s/u)[0]!, words.indexOf(headingTime));
      const whatWord = words.find((candidate) => candidate.word === what && Math.abs(candidate.y - timeWord.y) < 1);
      expect(whatWord, `${row.time} ${row.what}`).toBeDefined();
      expect(timeWord.x, row.time).toBeLessThan(headingTime.x);
      expect(whatWord!.x, row.what).toBeCloseTo(headingTime.x, 0);
    }
  });

  it('says what is missing while there is no date or start time yet', async () => {
    const pdf = await generateWorksheetPdf(dosingDay, answers({ startTime: '' }), options());
    const card = normaliseSpace((await pdftotextPages(pdf.bytes)).at(-1)!);

    expect(card).toContain('Enter the date and start time of the session to see your timeline.');
    expect(card).not.toContain('What to do');
  });

  it('words the blood-pressure check with the comparison of the clinic’s level', async () => {
    const pdf = await generateWorksheetPdf(dosingDay, answers(), options());
    const text = (await pdftotextPages(pdf.bytes)).join(' ');

    expect(text).toContain('140/90');
    expect(findMiswordedLevels(text, exampleClinic.protocol.bloodPressure, englishUi)).toEqual([]);
  });

  it('draws with Helvetica alone: times and dates need no Unicode font', async () => {
    const loader = countingFontLoader();
    await generateWorksheetPdf(
      dosingDay,
      answers({ startTime: '00:30' }),
      options(exampleClinic, { loadUnicodeFont: loader.load }),
    );

    expect(loader.calls()).toBe(0);
  });

  it.each(['letter', 'a4'] as const)(
    'fits the card on one page on %s at the longest timeline words',
    async (pageSize) => {
      // A clinic session near midnight: the end on the next day, in the longest time cell ("1:45 AM on
      // Sunday, June 14 to 2:45 AM on Sunday, June 14"), the longest driving text, phones at their limit.
      const longest = answers({
        place: 'clinic',
        startTime: '23:45',
        careTeamPhone: '+1 201 555 0100 ext. 1234567890123456789',
        chaperonePhone: '(201) 555-0188 ext. 12345678901234567890',
      });
      const pdf = await generateWorksheetPdf(dosingDay, longest, options(wordyClinic, { pageSize }));
      const questions = await generateWorksheetPdf(withoutCard(dosingDay), longest, options(wordyClinic, { pageSize }));
      const card = normaliseSpace((await pdftotextPages(pdf.bytes)).at(-1)!);

      expect(await pageCount(pdf.bytes)).toBe((await pageCount(questions.bytes)) + 1);
      for (const row of rowsFor({ date: '2026-06-13', startTime: '23:45', place: 'clinic' }, wordyClinic)) {
        for (const text of [row.time, row.what, row.note ?? '']) expect(card, text).toContain(normaliseSpace(text));
      }
      expect(card).toContain('Blood-pressure log');
    },
  );

  it('reads back the answers exactly, and passes qpdf --check', async () => {
    const given = answers({ place: 'remote' });
    const pdf = await generateWorksheetPdf(dosingDay, given, options());
    const check = await qpdfCheck(pdf.bytes);

    expect(await readWorksheetPdf(pdf.bytes, dosingDay)).toMatchObject({ ok: true, answers: given });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
  });

  it('refuses a timeline whose answers are not a date, a time and a choice, or that has no settings', async () => {
    const wrong = (from: Partial<Extract<CardBlock, { kind: 'timeline' }>['from']>): WorksheetDefinition => ({
      ...dosingDay,
      cards: [
        {
          title: 'Card',
          blocks: [
            {
              ...timelineBlock,
              from: { ...(timelineBlock as Extract<CardBlock, { kind: 'timeline' }>).from, ...from },
            } as CardBlock,
          ],
        },
      ],
    });

    await expect(generateWorksheetPdf(wrong({ date: 'startTime' }), answers(), options())).rejects.toThrow(
      /takes its date from "startTime", which is not a date answer/,
    );
    await expect(generateWorksheetPdf(wrong({ startTime: 'nowhere' }), answers(), options())).rejects.toThrow(
      /takes its startTime from "nowhere"/,
    );
    await expect(generateWorksheetPdf(wrong({ place: 'careTeamPhone' }), answers(), options())).rejects.toThrow(
      /not a choice answer/,
    );
    const { timeline: _timeline, ...withoutTimeline } = options().clinic!;
    await expect(
      generateWorksheetPdf(dosingDay, answers(), options(exampleClinic, { clinic: withoutTimeline })),
    ).rejects.toThrow(/options\.clinic\.timeline/);
  });
});
