import { createEvents, type Alarm, type DateArray } from 'ics';
import { formatClinicValue } from '../../clinic/values';
import type { ClinicConfig } from '../../schemas/clinic';
import { timelineRows, type DosingDayTimeline, type TimelineEntryId, type TimelineTranslators } from './timeline';
import type { LocalDateTime } from './zoned-time';

/**
 * The dosing-day plan as a calendar file (`.ics`, RFC 5545), made in the browser with the `ics`
 * library: one event from the start to the latest expected end, at the place from the answers,
 * its description the timeline and the numbers to call, with reminders at the moments a patient
 * could miss (last food, last clear liquids, leaving home, before the chaperone arrives, the rest
 * before the blood-pressure check). Nothing is sent anywhere: the page hands the text to the
 * browser as a download. Import this module lazily (`await import(...)`), only when the patient
 * asks for the file: `ics` and its validator are not needed before.
 *
 * Times are written in UTC (`…Z`), worked out from the patient's time zone by the timeline. Why
 * not `ics`'s local times: with `startInputType: 'local'` it reads the date array in the
 * JavaScript runtime's zone, not the one given, and `startOutputType: 'local'` writes "floating"
 * times, which a calendar set to another zone than the device (a Google account's own setting,
 * say) would put at the wrong hour. A UTC time is one instant in every calendar; it shows on the
 * patient's clock, and a start the clocks skip over is already moved by the timeline.
 *
 * Two things `ics` 3.12 does not do as RFC 5545 asks, done here: alarm text is not escaped
 * (commas and semicolons must be, §3.3.11), and lines are folded after 75 characters rather than
 * 75 octets (§3.1), so a line with "’" or "é" could run past the limit. Alarm text is escaped
 * before it is handed over, and the whole file is folded again by octets.
 */

/** A number to call, as the description lists it. */
export interface CalendarNumber {
  label: string;
  number: string;
}

/** What the calendar file holds besides the timeline. */
export interface DosingDayCalendarOptions {
  /** Where the session happens, as the patient typed it (an address, or the clinic's). */
  location?: string;
  /**
   * The numbers to call from the patient's answers (care team, chaperone…), listed first; the
   * emergency number and the crisis line from the clinic's settings always follow.
   */
  numbers?: readonly CalendarNumber[];
}

/** What {@link dosingDayCalendar} makes. */
export interface DosingDayCalendarFile {
  /** The `.ics` text, lines ending in CRLF. */
  text: string;
  /** `dosing-day-<date>.ics`. */
  fileName: string;
}

/**
 * How long before the chaperone is due the reminder goes off: time to get up and be at the door.
 * A reminder's lead, not a clinical number, so it is not a clinic setting.
 */
export const CHAPERONE_REMINDER_MINUTES = 15;

/** Entries that get a reminder at their own time. */
const REMIND_AT: readonly TimelineEntryId[] = ['lastFood', 'lastClearLiquids', 'leaveHome', 'bloodPressure'];

const MINUTE = 60_000;

/** The UTC date array `ics` writes as `YYYYMMDDTHHMMSSZ`. */
const utcArray = (instant: number): DateArray => {
  const date = new Date(instant);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
};

/** RFC 5545 §3.3.11 TEXT escaping, for the alarm fields `ics` passes through (it turns newlines into `\n` itself). */
const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');

/** A display alarm `minutes` before the event starts (a relative trigger: every calendar app reads those). */
function alarmBefore(minutes: number, text: string): Alarm | undefined {
  // A trigger at or after the start is not a reminder of something before it (and `ics` would write "PT").
  if (!(minutes > 0)) return undefined;
  const whole = Math.round(minutes);
  return {
    action: 'display',
    description: escapeText(text),
    trigger: { hours: Math.floor(whole / 60), minutes: whole % 60, before: true },
  };
}

/** Octets of one code point in UTF-8. */
const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds one content line so no line is longer than 75 octets (RFC 5545 §3.1), breaking only
 * between code points, so no UTF-8 sequence is split; a continuation line starts with a space.
 */
export function foldContentLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Unfolds what `ics` folded (CRLF and one space or tab) and folds every line again by octets. */
const refold = (text: string) =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => (line === '' ? line : foldContentLine(line)))
    .join('\r\n');

/** "7:00 AM: Last food. After this, do not eat." and its note, for the description. */
const rowLine = (row: { time: string; what: string; note?: string }) =>
  `${row.time}: ${row.what}${row.note ? ` ${row.note}` : ''}`;

/**
 * The calendar file of a dosing day.
 * @param timeline from `dosingDayTimeline`, in the patient's time zone
 * @param config the settings the timeline was worked out with (the clinic's, or with a link's overrides)
 * @param translators the page's translator and the plan's words (`worksheetWords`): the file is
 *   written in the page's language, its times as `ui.language` writes them
 * @throws when `ics` refuses the event (a programming error: every value here is checked before)
 */
export function dosingDayCalendar(
  timeline: DosingDayTimeline,
  config: ClinicConfig,
  translators: TimelineTranslators,
  options: DosingDayCalendarOptions = {},
): DosingDayCalendarFile {
  const { ui, words } = translators;
  const { t: say } = words;
  const rows = timelineRows(timeline, config, translators);
  const rowOf = (id: TimelineEntryId) => rows.find((row) => row.id === id);
  const entryOf = (id: TimelineEntryId) => timeline.entries.find((entry) => entry.id === id);
  const startInstant = timeline.start.instant;
  const end = entryOf('end')!.when;
  const endInstant = end.kind === 'between' ? end.to.instant : startInstant;
  const minutesBefore = (moment: LocalDateTime) => (startInstant - moment.instant) / MINUTE;

  const alarms: Alarm[] = [];
  for (const id of REMIND_AT) {
    const entry = entryOf(id);
    if (entry?.when.kind === 'at') {
      const alarm = alarmBefore(minutesBefore(entry.when.at), rowOf(id)!.what);
      if (alarm) alarms.push(alarm);
    }
  }
  const chaperone = entryOf('chaperoneArrives');
  if (chaperone?.when.kind === 'at') {
    const alarm = alarmBefore(
      minutesBefore(chaperone.when.at) + CHAPERONE_REMINDER_MINUTES,
      say('dosingDay.calendar.chaperoneSoon', { time: rowOf('chaperoneArrives')!.time }),
    );
    if (alarm) alarms.push(alarm);
  }

  const numbers = [
    ...(options.numbers ?? []).filter((entry) => entry.number.trim() !== ''),
    { label: say('dosingDay.calendar.emergency'), number: config.emergency.number },
  ];
  const description = [
    say('dosingDay.calendar.plan'),
    ...rows.map(rowLine),
    say('dosingDay.calendar.timeZone', { timeZone: timeline.timeZone }),
    '',
    say('dosingDay.calendar.numbers'),
    ...numbers.map((entry) =>
      say('dosingDay.calendar.number', { label: entry.label.trim(), number: entry.number.trim() }),
    ),
    say('dosingDay.calendar.crisis', { crisis: formatClinicValue(config, 'crisis.line', ui).text }),
  ].join('\n');
  const location = options.location?.trim() || (timeline.place === 'clinic' ? config.clinic.name : undefined);

  const { error, value } = createEvents(
    [
      {
        // The same session date gives the same UID, so importing a changed plan again updates the
        // event in calendars that match by UID instead of adding a second one.
        uid: `dosing-day-${timeline.date}@kap-prep-kit`,
        title: say('dosingDay.calendar.title'),
        start: utcArray(startInstant),
        startInputType: 'utc',
        startOutputType: 'utc',
        end: utcArray(endInstant),
        endInputType: 'utc',
        endOutputType: 'utc',
        description,
        ...(location ? { location } : {}),
        busyStatus: 'BUSY',
        alarms,
        // DTSTAMP is when the file is made: `ics` writes the clock's now.
      },
    ],
    { productId: '-//KAP Prep Kit//Dosing-day plan//EN' },
  );
  if (error || value === null) throw new Error(`The calendar file could not be made: ${error?.message ?? 'no output'}`);
  return { text: refold(value), fileName: `dosing-day-${timeline.date}.ics` };
}
