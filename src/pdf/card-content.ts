import { clinicValueNames, isClinicValueName, type ClinicValueName } from '../clinic/values';
import type { UiTranslator } from '../i18n/strings';
import type { ClinicConfig } from '../schemas/clinic';
import { isShown, type AnswerSlot } from '../worksheets/answers';
import { dosingDayTimeline, timelineRows, type TimelineRow } from '../worksheets/dosing-day/timeline';
import { worksheetWords } from '../worksheets/worksheet-words';
import type { CardText, WorksheetDefinition } from '../worksheets/types';
import { cardFieldName, logFieldName } from './field-names';
import type { SlotValue } from './worksheet-layout';

/**
 * The text and numbers of a worksheet's card pages (`definition.cards`), worked out before anything
 * is drawn: placeholders filled, phone answers looked up, the log's row count computed, and every
 * mistake in the definition reported as a clear error (a programming error, caught by the
 * worksheet's own tests — never a patient's).
 */

/** What the engine needs from `clinic.config.ts` for a card. Passed in, so the engine never imports the config. */
export interface CardClinicOptions {
  /** The text of each clinic value (`formatClinicValue(config, name, ui).text`), for `{name}` placeholders. */
  values: Partial<Record<ClinicValueName, string>>;
  /** `protocol.sessionLengthHours.max`. */
  sessionLengthHoursMax: number;
  /** `protocol.lookInIntervalMinutes`. */
  lookInIntervalMinutes: number;
  /**
   * For a `timeline` block: the clinic's settings (with a provider link's overrides applied) and
   * the device's time zone (`deviceTimeZone()`), which the timeline's times are worked out in.
   */
  timeline?: { config: ClinicConfig; timeZone: string };
}

/** One phone number of a card: its label, the answer, and the card's own field for it. */
export interface CardPhone {
  label: string;
  value: string;
  fieldName: string;
}

/** One text answer of a card's `answers` block: shaped like a phone entry, drawn in ordinary type. */
export type CardAnswer = CardPhone;

/** One column of a log grid. */
export interface CardLogColumn {
  id: string;
  label: string;
  /** Relative width. */
  weight: number;
}

/** A card block with its text filled in. */
export type CardBlockContent =
  | { kind: 'phones'; title: string; entries: CardPhone[] }
  | { kind: 'answers'; title: string; entries: CardAnswer[] }
  | { kind: 'list' | 'steps'; title: string; items: string[] }
  | { kind: 'log'; title: string; columns: CardLogColumn[]; rows: number }
  | {
      kind: 'timeline';
      title: string;
      /** The column headings: time, and what to do. */
      headings: { time: string; what: string };
      /** The timeline in words; empty while the date or start time is missing. */
      rows: TimelineRow[];
      /** What is printed instead of rows when there are none. */
      empty: string;
    };

/** A card ready to draw. */
export interface CardContent {
  title: string;
  intro?: string;
  blocks: CardBlockContent[];
}

/** A `{name}` placeholder: anything between braces without spaces, so a typo is caught, not printed. */
const PLACEHOLDER = /\{([^{}\s]+)\}/g;

/** Kinds whose answer is one string, which a phone entry can show. */
const STRING_KINDS = new Set<AnswerSlot['kind']>(['text', 'multiline', 'date', 'time']);

/** The answer kind each answer a timeline is worked out from must have. */
const TIMELINE_SOURCES = { date: 'date', startTime: 'time', place: 'choice' } as const satisfies Record<
  string,
  AnswerSlot['kind']
>;

/**
 * Rows of a look-in log: one per look-in over the longest session, plus one for the start —
 * `ceil(hours × 60 / interval) + 1`. A 3-hour session at 15 minutes gives 13; 2 hours at 30, 5.
 * @throws when either number is not positive and finite
 */
export function lookInRows(sessionLengthHoursMax: number, lookInIntervalMinutes: number): number {
  if (!(Number.isFinite(sessionLengthHoursMax) && sessionLengthHoursMax > 0)) {
    throw new Error(
      `clinic.sessionLengthHoursMax must be a positive number of hours (was ${String(sessionLengthHoursMax)}).`,
    );
  }
  if (!(Number.isFinite(lookInIntervalMinutes) && lookInIntervalMinutes > 0)) {
    throw new Error(
      `clinic.lookInIntervalMinutes must be a positive number of minutes (was ${String(lookInIntervalMinutes)}).`,
    );
  }
  // The small allowance keeps 0.1 + 0.2-style rounding from adding a row.
  return Math.ceil((sessionLengthHoursMax * 60) / lookInIntervalMinutes - 1e-9) + 1;
}

/**
 * The cards of `definition` (`cards`, each a page) with their text filled in and their fields named.
 * A phone or answer entry whose question is not shown for these answers (`showWhen`) is left out:
 * the printed page is what the patient saw.
 * @param slots the definition's answer slots
 * @param values each slot's answer, coerced to its kind
 * @param clinic clinic values and protocol numbers; needed when a card has placeholders, a log or a timeline
 * @param ui the page's translator: the language a timeline's times and words are written in
 * @throws on a placeholder that is not a clinic value (or has no value passed), a phone or answer
 * entry whose `answerKey` is not a text answer, a log column id that is not camelCase, a width that is not
 * positive, a card field whose name another field already has (on any card), or a timeline whose answers are not
 * a date, a time and a choice of the worksheet or that has no `clinic.timeline`
 */
export function resolveCards(
  definition: WorksheetDefinition,
  slots: readonly AnswerSlot[],
  values: ReadonlyMap<string, SlotValue>,
  clinic: CardClinicOptions | undefined,
  ui: UiTranslator,
): CardContent[] {
  const where = `${definition.id} card`;
  const fill = (text: CardText): string =>
    text.replace(PLACEHOLDER, (_, name: string) => {
      if (!isClinicValueName(name)) {
        throw new Error(`${where}: "{${name}}" is not a clinic value. Use one of: ${clinicValueNames.join(', ')}.`);
      }
      if (!clinic)
        throw new Error(
          `${where}: "{${name}}" needs the clinic's values; pass options.clinic to generateWorksheetPdf.`,
        );
      const value = clinic.values[name];
      if (value === undefined) throw new Error(`${where}: "{${name}}" has no value in options.clinic.values.`);
      return value;
    });

  const slotByKey = new Map(slots.map((slot) => [slot.key, slot]));
  const names = new Set(slots.map((slot) => slot.key));
  const claim = (name: string) => {
    if (names.has(name)) throw new Error(`${where}: the card's field "${name}" has the name of another field.`);
    names.add(name);
  };
  const answers = Object.fromEntries(values);

  return (definition.cards ?? []).map((card): CardContent => {
    const blocks = card.blocks.map((block): CardBlockContent => {
      switch (block.kind) {
        case 'phones':
        case 'answers':
          return {
            kind: block.kind as 'phones',
            title: fill(block.title),
            entries: block.entries.flatMap((entry) => {
              const slot = slotByKey.get(entry.answerKey);
              if (!slot || !STRING_KINDS.has(slot.kind)) {
                const what = block.kind === 'phones' ? 'phone entry' : 'answer entry';
                throw new Error(
                  `${where}: ${what} "${entry.label}" names "${entry.answerKey}", which is not a text answer of the worksheet.`,
                );
              }
              if (!isShown(slot, answers)) return [];
              const fieldName = cardFieldName(entry.answerKey);
              claim(fieldName);
              const value = values.get(entry.answerKey);
              return [{ label: fill(entry.label), value: typeof value === 'string' ? value : '', fieldName }];
            }),
          };
        case 'list':
        case 'steps':
          return { kind: block.kind, title: fill(block.title), items: block.items.map(fill) };
        case 'log': {
          if (!clinic)
            throw new Error(
              `${where}: the log needs the session length and look-in interval; pass options.clinic to generateWorksheetPdf.`,
            );
          if (block.columns.length === 0) throw new Error(`${where}: log "${block.title}" has no columns.`);
          const rows = lookInRows(clinic.sessionLengthHoursMax, clinic.lookInIntervalMinutes);
          const columns = block.columns.map((column) => {
            if (!/^[a-z][a-zA-Z0-9]*$/.test(column.id))
              throw new Error(`${where}: log column id "${column.id}" must be camelCase letters and digits.`);
            if (!(Number.isFinite(column.width) && column.width > 0))
              throw new Error(`${where}: log column "${column.id}" needs a positive width.`);
            return { id: column.id, label: fill(column.label), weight: column.width };
          });
          for (let row = 1; row <= rows; row++) for (const column of columns) claim(logFieldName(row, column.id));
          return { kind: 'log', title: fill(block.title), columns, rows };
        }
        case 'timeline': {
          // The trip's length, from a choice whose values are whole minutes ("30"), as the page's timeline reads it.
          const travelMinutes = (key: string | undefined) => {
            if (key === undefined) return undefined;
            if (slotByKey.get(key)?.kind !== 'choice')
              throw new Error(
                `${where}: timeline "${block.title}" takes its travel time from "${key}", which is not a choice of the worksheet.`,
              );
            const value = values.get(key);
            return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
          };
          const answer = (role: keyof typeof TIMELINE_SOURCES) => {
            const key = block.from[role];
            const slot = slotByKey.get(key);
            if (slot?.kind !== TIMELINE_SOURCES[role]) {
              throw new Error(
                `${where}: timeline "${block.title}" takes its ${role} from "${key}", which is not a ${TIMELINE_SOURCES[role]} answer of the worksheet.`,
              );
            }
            const value = values.get(key);
            return typeof value === 'string' ? value : '';
          };
          const input = {
            date: answer('date'),
            startTime: answer('startTime'),
            place: answer('place'),
            travelMinutes: travelMinutes(block.from.travelMinutes),
          };
          if (!clinic?.timeline)
            throw new Error(
              `${where}: the timeline needs the clinic's settings and the time zone; pass options.clinic.timeline to generateWorksheetPdf.`,
            );
          const { config, timeZone } = clinic.timeline;
          const timeline = dosingDayTimeline({ ...input, timeZone }, config);
          // The timeline's words are the definition's own (the dosing-day plan's `words`), in the language the definition is in.
          if (!definition.words)
            throw new Error(
              `${where}: timeline "${block.title}" needs the worksheet's words (\`words\`, as the dosing-day plan's definition sets them from its en.json).`,
            );
          const words = worksheetWords(definition, ui.language);
          return {
            kind: 'timeline',
            title: fill(block.title),
            headings: {
              time: words.t('dosingDay.timeline.column.time'),
              what: words.t('dosingDay.timeline.column.what'),
            },
            rows: timeline ? timelineRows(timeline, config, { ui, words }) : [],
            empty: words.t('dosingDay.timeline.incomplete'),
          };
        }
      }
    });
    return { title: fill(card.title), intro: card.intro === undefined ? undefined : fill(card.intro), blocks };
  });
}

/** Bullet of list items. */
export const BULLET = '•';

/** Every piece of text a card draws, to choose the fonts. */
export function cardTexts(card: CardContent): string[] {
  const texts = [card.title, card.intro ?? '', BULLET];
  for (const block of card.blocks) {
    texts.push(block.title);
    if (block.kind === 'phones' || block.kind === 'answers')
      for (const entry of block.entries) texts.push(entry.label, entry.value);
    else if (block.kind === 'log') for (const column of block.columns) texts.push(column.label);
    else if (block.kind === 'timeline') {
      texts.push(block.headings.time, block.headings.what, block.empty);
      for (const row of block.rows) texts.push(row.time, row.what, row.note ?? '');
    } else texts.push(...block.items, `${block.items.length}.`);
  }
  return texts;
}
