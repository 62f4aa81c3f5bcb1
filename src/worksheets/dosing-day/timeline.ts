import { formatClinicValue } from '../../clinic/values';
import type { UiTranslator } from '../../i18n/strings';
import type { Translator } from '../../i18n/translator';
import { dateTimeFormat } from '../../lib/intl-cache';
import type { ClinicConfig } from '../../schemas/clinic';
import type { DosingDayWordKey } from './words';
import {
  addMinutes,
  instantOf,
  isKnownTimeZone,
  localDateTime,
  parseWallClock,
  type LocalDateTime,
} from './zoned-time';

/**
 * The dosing-day timeline, worked out on the device from the session's date, start time and
 * place and the clinic's settings: last food, last clear liquids, getting there or the chaperone
 * arriving, the rest and blood-pressure check before the dose, the start, the expected end and
 * when driving is allowed again. Every number comes from the settings passed in (the clinic's, or
 * with a provider link's overrides), never from clinic.config.ts directly.
 *
 * Times count back real time from the start, in the patient's time zone: 4 hours of fasting
 * before a 05:00 start on the night the clocks go forward begins at 00:00, not 01:00 (which
 * would be only 3 hours). {@link timelineRows} words the entries for the page, the PDF and the
 * calendar file, in the language of the translators it is given (the plan's words come with the
 * definition: `worksheetWords`).
 */

/** Where the session happens: at the clinic; at home; or at home with the care team on a video call. */
export type SessionPlace = 'clinic' | 'home' | 'remote';

/** The places, as a dosing-day worksheet's radio offers them. */
export const sessionPlaces = ['clinic', 'home', 'remote'] as const satisfies readonly SessionPlace[];

/** What the patient has told the plan so far. */
export interface TimelineInput {
  /** Session date, `YYYY-MM-DD`. */
  date: string;
  /** Start time, `HH:MM` on the patient's clock. */
  startTime: string;
  /** Where it happens; anything else (not yet answered) leaves out what depends on it. */
  place?: string;
  /** For a session at the clinic: how long the trip takes, in whole minutes; adds "leave home". */
  travelMinutes?: number;
  /** The IANA time zone the times are on: the device's (`deviceTimeZone()`). */
  timeZone: string;
}

/** What an entry is about; also the order of entries that fall at the same minute. */
export const timelineEntryIds = [
  'lastFood',
  'lastClearLiquids',
  'leaveHome',
  'arriveAtClinic',
  'chaperoneArrives',
  'bloodPressure',
  'start',
  'end',
  'noDriving',
] as const;

/** One of {@link timelineEntryIds}. */
export type TimelineEntryId = (typeof timelineEntryIds)[number];

/** When an entry happens: at a moment, between two (the expected end), or from one on (no driving). */
export type TimelineWhen =
  | { kind: 'at'; at: LocalDateTime }
  | { kind: 'between'; from: LocalDateTime; to: LocalDateTime }
  | { kind: 'from'; from: LocalDateTime };

/** One line of the timeline, as data: what, when, and the keys of its words (the definition's `words`, en.json in English). */
export interface TimelineEntry {
  id: TimelineEntryId;
  when: TimelineWhen;
  /** The words (`dosingDay.timeline.*`); placeholders are filled by {@link timelineRows}. */
  labelKey: DosingDayWordKey;
  /** A second sentence under the words, if any. */
  noteKey?: DosingDayWordKey;
}

/** The whole timeline. */
export interface DosingDayTimeline {
  /** The session date as typed: entries on another day are shown with their day. */
  date: string;
  timeZone: string;
  place?: SessionPlace;
  start: LocalDateTime;
  /**
   * Set when the typed start time does not happen that day (the clocks go forward through it):
   * the time typed; `start` is then the same time on the unchanged clock, an hour later.
   */
  startMovedFrom?: string;
  /**
   * In time order (entries at the same minute in {@link timelineEntryIds} order), then what holds
   * from a moment on: no driving, from the start.
   */
  entries: TimelineEntry[];
}

const isPlace = (value: string | undefined): value is SessionPlace =>
  (sessionPlaces as readonly string[]).includes(value ?? '');

/**
 * Where an entry sorts: by its moment, or the start of its range; a rule that holds from a moment
 * on ("do not drive") closes the list, after the end it outlasts.
 */
const sortKey = (when: TimelineWhen) =>
  when.kind === 'at' ? when.at.instant : when.kind === 'between' ? when.from.instant : Number.POSITIVE_INFINITY;

/**
 * The timeline of a session, or `undefined` while the date or the start time is missing or not a
 * real one, or the time zone is not one this device knows.
 * @param input the session's date, start time and place, and the device's time zone
 * @param config the clinic's settings, with a provider link's overrides (`applyOverrides`)
 */
export function dosingDayTimeline(input: TimelineInput, config: ClinicConfig): DosingDayTimeline | undefined {
  const wall = parseWallClock(input.date, input.startTime);
  if (!wall || !isKnownTimeZone(input.timeZone)) return undefined;
  const { timeZone } = input;
  const place = isPlace(input.place) ? input.place : undefined;
  const protocol = config.protocol;
  const { instant, fit } = instantOf(wall, timeZone);
  const start = localDateTime(instant, timeZone);
  const before = (minutes: number) => localDateTime(addMinutes(instant, -minutes), timeZone);
  const after = (minutes: number) => localDateTime(addMinutes(instant, minutes), timeZone);
  const atHome = place === 'home' || place === 'remote';

  const entries: TimelineEntry[] = [];
  const at = (id: TimelineEntryId, moment: LocalDateTime, labelKey: DosingDayWordKey, noteKey?: DosingDayWordKey) =>
    entries.push({ id, when: { kind: 'at', at: moment }, labelKey, ...(noteKey ? { noteKey } : {}) });

  // No fasting rule (0 hours) means no "last" moment to show.
  if (protocol.fasting.food > 0) at('lastFood', before(protocol.fasting.food * 60), 'dosingDay.timeline.lastFood');
  if (protocol.fasting.clearLiquids > 0)
    at('lastClearLiquids', before(protocol.fasting.clearLiquids * 60), 'dosingDay.timeline.lastClearLiquids');
  if (place === 'clinic') {
    const arrive = protocol.arriveAtClinicMinutesBefore;
    const travel = input.travelMinutes;
    if (travel !== undefined && Number.isInteger(travel) && travel > 0)
      at('leaveHome', before(arrive + travel), 'dosingDay.timeline.leaveHome');
    at('arriveAtClinic', before(arrive), 'dosingDay.timeline.arriveAtClinic');
  }
  if (atHome)
    at(
      'chaperoneArrives',
      before(protocol.chaperoneArrivesMinutesBefore),
      'dosingDay.timeline.chaperoneArrives',
      'dosingDay.timeline.chaperoneArrives.note',
    );
  const bloodPressure = place === 'clinic' ? 'clinic' : 'home';
  at(
    'bloodPressure',
    before(protocol.bloodPressure.restBeforeReadingMinutes),
    `dosingDay.timeline.bloodPressure.${bloodPressure}`,
    `dosingDay.timeline.bloodPressure.${bloodPressure}.note`,
  );
  at('start', start, 'dosingDay.timeline.start');
  entries.push({
    id: 'end',
    when: {
      kind: 'between',
      from: after(protocol.sessionLengthHours.min * 60),
      to: after(protocol.sessionLengthHours.max * 60),
    },
    labelKey: 'dosingDay.timeline.end',
    ...(place
      ? { noteKey: place === 'clinic' ? 'dosingDay.timeline.end.clinic.note' : 'dosingDay.timeline.end.home.note' }
      : {}),
  } satisfies TimelineEntry);
  entries.push({ id: 'noDriving', when: { kind: 'from', from: start }, labelKey: 'dosingDay.timeline.noDriving' });

  const order = (id: TimelineEntryId) => timelineEntryIds.indexOf(id);
  entries.sort((a, b) => sortKey(a.when) - sortKey(b.when) || order(a.id) - order(b.id));
  return {
    date: input.date,
    timeZone,
    place,
    start,
    ...(fit === 'skipped' ? { startMovedFrom: input.startTime } : {}),
    entries,
  };
}

/** One entry in words: the time cell and the "what" cell of the table, and a note under it. */
export interface TimelineRow {
  id: TimelineEntryId;
  time: string;
  what: string;
  note?: string;
}

/**
 * Intl writes "7:00 AM" with a narrow no-break space in some versions; a no-break space keeps the
 * time on one line everywhere and is a character Helvetica (WinAnsi) can draw, so a PDF of the
 * timeline never needs the Unicode font for it.
 */
const noBreak = (text: string) => text.replace(/[\s\u202f]+/gu, '\u00a0');

/**
 * A wall-clock time and date, formatted by reading its parts as UTC: what the patient's clock shows.
 * From the parts, not `Date.parse` of an ISO string, which refuses a five-digit year (the day after
 * 9999-12-31, reachable from an answer at the date field's limit).
 */
const wallInstant = ({ date, time }: LocalDateTime) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return Date.UTC(year, month - 1, day, hour, minute);
};

/**
 * What the timeline is worded with, both in the page's language: the site's translator (clinic
 * values, and the language times and dates are written in) and the plan's own words
 * (`worksheetWords(definition, language)`, from the definition the page shows).
 */
export interface TimelineTranslators {
  ui: UiTranslator;
  words: Translator<DosingDayWordKey>;
}

/**
 * The timeline in words, for the page, the PDF's table and the calendar file. Blood-pressure
 * levels come with their comparison from the clinic values (`bloodPressure.doNotStartAbove` reads
 * "above 140/90 mm Hg"), so no sentence here compares a reading itself.
 * @param timeline from {@link dosingDayTimeline}
 * @param config the same settings it was worked out with
 * @param translators the page's translator and the plan's words: times and dates are written in
 *   `ui.language`, the page's language with the clinic's country (src/i18n/region.ts): "7:00 AM"
 *   for a US clinic in English, "07:00" for a UK one, "7:00" in Spanish, "7:00 a.m." in US Spanish
 */
export function timelineRows(
  timeline: DosingDayTimeline,
  config: ClinicConfig,
  { ui, words }: TimelineTranslators,
): TimelineRow[] {
  const { language } = ui;
  const { t: say } = words;
  const timeFormat = dateTimeFormat(language, { timeStyle: 'short', timeZone: 'UTC' });
  const dayFormat = dateTimeFormat(language, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const time = (moment: LocalDateTime) => noBreak(timeFormat.format(wallInstant(moment)));
  // A moment on another day than the session's (last food before a 01:30 start) says which day.
  const withDay = (moment: LocalDateTime) =>
    moment.date === timeline.date
      ? time(moment)
      : say('dosingDay.timeline.onDay', { time: time(moment), day: dayFormat.format(wallInstant(moment)) });
  const values = {
    rest: formatClinicValue(config, 'bloodPressure.restBeforeReading', ui).text,
    level: formatClinicValue(config, 'bloodPressure.doNotStartAbove', ui).text,
    driving: formatClinicValue(config, 'driving.allowedAgain', ui).text,
  };
  return timeline.entries.map((entry) => {
    const { when } = entry;
    const cell =
      when.kind === 'at'
        ? withDay(when.at)
        : when.kind === 'between'
          ? say('dosingDay.timeline.between', { from: withDay(when.from), to: withDay(when.to) })
          : say('dosingDay.timeline.from', { time: withDay(when.from) });
    let note = entry.noteKey ? say(entry.noteKey, values) : undefined;
    if (entry.id === 'start' && timeline.startMovedFrom) {
      const typed = time({ ...timeline.start, time: timeline.startMovedFrom });
      note = say('dosingDay.timeline.startMoved', { typed, used: time(timeline.start) });
    }
    return { id: entry.id, time: cell, what: say(entry.labelKey, values), ...(note === undefined ? {} : { note }) };
  });
}
