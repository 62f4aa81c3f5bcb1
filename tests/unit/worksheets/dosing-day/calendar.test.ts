import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatClinicValue } from '../../../../src/clinic/values';
import type { ClinicConfig } from '../../../../src/schemas/clinic';
import {
  CHAPERONE_REMINDER_MINUTES,
  dosingDayCalendar,
  foldContentLine,
} from '../../../../src/worksheets/dosing-day/calendar';
import {
  dosingDayTimeline,
  timelineRows,
  type DosingDayTimeline,
  type TimelineInput,
} from '../../../../src/worksheets/dosing-day/timeline';
import { localDateTime } from '../../../../src/worksheets/dosing-day/zoned-time';
import { exampleClinic } from '../../../fixtures/example-clinic';
import {
  durationMs,
  one,
  parseIcs,
  physicalLines,
  unescapeText,
  unfold,
  utcInstant,
  type IcsComponent,
} from './ics-parser';
import { EN } from './translators';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const NOW = new Date(Date.UTC(2026, 2, 1, 12, 0));

// DTSTAMP is when the file is made; a fixed clock makes it known.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => vi.useRealTimers());

const timelineOf = (input: Partial<TimelineInput>, config: ClinicConfig = exampleClinic): DosingDayTimeline => {
  const timeline = dosingDayTimeline(
    { date: '2026-06-13', startTime: '09:00', place: 'home', timeZone: 'America/New_York', ...input },
    config,
  );
  if (!timeline) throw new Error(`No timeline for ${JSON.stringify(input)}`);
  return timeline;
};

/** The file of a timeline, read back: the calendar, its one event and that event's alarms. */
function calendarOf(timeline: DosingDayTimeline, options: Parameters<typeof dosingDayCalendar>[3] = {}) {
  const file = dosingDayCalendar(timeline, exampleClinic, EN, options);
  const calendar = parseIcs(file.text);
  expect(calendar.name).toBe('VCALENDAR');
  const events = calendar.components.filter((component) => component.name === 'VEVENT');
  expect(events).toHaveLength(1);
  const event = events[0]!;
  const alarms = event.components.filter((component) => component.name === 'VALARM');
  return { file, calendar, event, alarms };
}

const text = (component: IcsComponent, name: string) => unescapeText(one(component, name).value);

/** When each alarm goes off, on the patient's clock, with what it says. */
function alarmTimes(event: IcsComponent, alarms: readonly IcsComponent[], timeZone: string) {
  const start = utcInstant(one(event, 'DTSTART').value);
  return alarms.map((alarm) => {
    const trigger = one(alarm, 'TRIGGER');
    // Relative to the start (no VALUE=DATE-TIME, no RELATED=END): what every calendar app reads.
    expect(trigger.params).toEqual({});
    const at = localDateTime(start + durationMs(trigger.value), timeZone);
    return { date: at.date, time: at.time, says: text(alarm, 'DESCRIPTION') };
  });
}

describe('the dosing-day calendar file', () => {
  it('is one event from the start to the latest expected end, in UTC', () => {
    const timeline = timelineOf({});
    const { event, calendar, file } = calendarOf(timeline);

    expect(one(calendar, 'VERSION').value).toBe('2.0');
    expect(one(calendar, 'PRODID').value).toBe('-//KAP Prep Kit//Dosing-day plan//EN');
    // 09:00 in New York in June is 13:00 UTC; the example clinic's longest session is 3 hours.
    expect(one(event, 'DTSTART').value).toBe('20260613T130000Z');
    expect(one(event, 'DTEND').value).toBe('20260613T160000Z');
    expect(one(event, 'DTSTAMP').value).toBe('20260301T120000Z');
    expect(one(event, 'UID').value).toBe('dosing-day-2026-06-13@kap-prep-kit');
    expect(text(event, 'SUMMARY')).toBe('Dosing session');
    expect(file.fileName).toBe('dosing-day-2026-06-13.ics');
  });

  it('reminds at last food, last clear liquids, the rest before the blood-pressure check and before the chaperone arrives', () => {
    const timeline = timelineOf({ startTime: '09:00' });
    const { event, alarms } = calendarOf(timeline);
    const { protocol } = exampleClinic;
    const rows = timelineRows(timeline, exampleClinic, EN);
    const what = (id: string) => rows.find((row) => row.id === id)!.what;
    const clock = (minutesBefore: number) =>
      localDateTime(timeline.start.instant - minutesBefore * MINUTE, 'America/New_York').time;

    expect(alarmTimes(event, alarms, 'America/New_York')).toEqual([
      { date: '2026-06-13', time: clock(protocol.fasting.food * 60), says: what('lastFood') },
      { date: '2026-06-13', time: clock(protocol.fasting.clearLiquids * 60), says: what('lastClearLiquids') },
      { date: '2026-06-13', time: clock(protocol.bloodPressure.restBeforeReadingMinutes), says: what('bloodPressure') },
      {
        date: '2026-06-13',
        time: clock(protocol.chaperoneArrivesMinutesBefore + CHAPERONE_REMINDER_MINUTES),
        says: `Your chaperone arrives at ${rows.find((row) => row.id === 'chaperoneArrives')!.time}.`,
      },
    ]);
    expect(alarms.map((alarm) => one(alarm, 'ACTION').value)).toEqual(['DISPLAY', 'DISPLAY', 'DISPLAY', 'DISPLAY']);
  });

  it('reminds when to leave home for a session at the clinic, and has no chaperone reminder', () => {
    const timeline = timelineOf({ place: 'clinic', travelMinutes: 25 });
    const { event, alarms } = calendarOf(timeline);
    const says = alarmTimes(event, alarms, 'America/New_York');

    expect(says.map((alarm) => alarm.says)).toContain('Leave home for the clinic.');
    expect(says.find((alarm) => alarm.says === 'Leave home for the clinic.')!.time).toBe('08:20');
    expect(says.some((alarm) => alarm.says.includes('chaperone'))).toBe(false);
    // The clinic's name is where it happens when no address is given.
    expect(text(event, 'LOCATION')).toBe(exampleClinic.clinic.name);
  });

  it('describes the timeline and the numbers to call, ending with the emergency number and the crisis line', () => {
    const timeline = timelineOf({});
    const { event } = calendarOf(timeline, {
      numbers: [
        { label: 'Care team', number: '+1 201 555 0100' },
        { label: 'Chaperone', number: '  ' },
      ],
    });
    const description = text(event, 'DESCRIPTION');
    const lines = description.split('\n');

    for (const row of timelineRows(timeline, exampleClinic, EN))
      expect(lines).toContain(`${row.time}: ${row.what}${row.note ? ` ${row.note}` : ''}`);
    expect(lines).toContain('Times are for America/New_York.');
    expect(lines.slice(lines.indexOf('Numbers to call:'))).toEqual([
      'Numbers to call:',
      'Care team: +1 201 555 0100',
      `Emergency: ${exampleClinic.emergency.number}`,
      `Thoughts of suicide, or in crisis: ${formatClinicValue(exampleClinic, 'crisis.line', EN.ui).text}`,
    ]);
  });
});

describe('the calendar file around the clock changes', () => {
  it('keeps real hours when New York springs forward: a 05:00 start, last food at 00:00', () => {
    const { event, alarms } = calendarOf(timelineOf({ date: '2026-03-08', startTime: '05:00' }));

    expect(one(event, 'DTSTART').value).toBe('20260308T090000Z');
    expect(alarmTimes(event, alarms, 'America/New_York')[0]).toMatchObject({ date: '2026-03-08', time: '00:00' });
    expect(durationMs(one(alarms[0]!, 'TRIGGER').value)).toBe(-4 * HOUR);
  });

  it('puts a start the clocks skip at the hour after (02:30 becomes 03:30 EDT)', () => {
    const { event } = calendarOf(timelineOf({ date: '2026-03-08', startTime: '02:30' }));

    expect(one(event, 'DTSTART').value).toBe('20260308T073000Z');
  });

  it('reads a start that happens twice when New York falls back as the first 01:30 (EDT)', () => {
    const { event, alarms } = calendarOf(timelineOf({ date: '2026-11-01', startTime: '01:30' }));

    expect(one(event, 'DTSTART').value).toBe('20261101T053000Z');
    // Three hours later on the wall clock, but four real hours: the session ends at 03:30 EST.
    expect(one(event, 'DTEND').value).toBe('20261101T083000Z');
    expect(alarmTimes(event, alarms, 'America/New_York')[0]).toMatchObject({ date: '2026-10-31', time: '21:30' });
  });

  it('keeps real hours in London when the clocks go forward and back', () => {
    const spring = calendarOf(timelineOf({ date: '2026-03-29', startTime: '03:00', timeZone: 'Europe/London' }));
    const autumn = calendarOf(timelineOf({ date: '2026-10-25', startTime: '03:00', timeZone: 'Europe/London' }));

    expect(one(spring.event, 'DTSTART').value).toBe('20260329T020000Z');
    expect(alarmTimes(spring.event, spring.alarms, 'Europe/London')[0]).toMatchObject({
      date: '2026-03-28',
      time: '22:00',
    });
    // 03:00 GMT; four real hours before is 00:00 BST (a wall clock would say 23:00 the day before).
    expect(one(autumn.event, 'DTSTART').value).toBe('20261025T030000Z');
    expect(alarmTimes(autumn.event, autumn.alarms, 'Europe/London')[0]).toMatchObject({
      date: '2026-10-25',
      time: '00:00',
    });
  });

  it('handles a start near midnight: last food the evening before, the end after midnight', () => {
    const early = calendarOf(timelineOf({ startTime: '00:15' }));
    const late = calendarOf(timelineOf({ startTime: '23:45' }));

    expect(one(early.event, 'DTSTART').value).toBe('20260613T041500Z');
    expect(alarmTimes(early.event, early.alarms, 'America/New_York')[0]).toMatchObject({
      date: '2026-06-12',
      time: '20:15',
    });
    expect(one(late.event, 'DTSTART').value).toBe('20260614T034500Z');
    expect(localDateTime(utcInstant(one(late.event, 'DTEND').value), 'America/New_York')).toMatchObject({
      date: '2026-06-14',
      time: '02:45',
    });
  });
});

describe('the calendar file as RFC 5545 text', () => {
  const location = 'Flat 2; 10 Main St, Springfield\nRing twice — the café door 🚪\\side';
  const numbers = [{ label: 'Dr. Ada Lee, psychiatrist; after hours', number: '(201) 555-0123 ext. 4' }];
  const { file, event, alarms } = calendarOf(timelineOf({}), { location, numbers });

  it('escapes commas, semicolons, backslashes and newlines, and reads back exactly', () => {
    expect(one(event, 'LOCATION').value).toBe(
      'Flat 2\\; 10 Main St\\, Springfield\\nRing twice — the café door 🚪\\\\side',
    );
    expect(text(event, 'LOCATION')).toBe(location);
    expect(text(event, 'DESCRIPTION')).toContain('Dr. Ada Lee, psychiatrist; after hours: (201) 555-0123 ext. 4');
    // Alarm text has commas ("After this, do not eat."), which `ics` alone would leave bare.
    expect(one(alarms[0]!, 'DESCRIPTION').value).toBe('Last food. After this\\, do not eat.');
  });

  it('folds every line at 75 octets, never inside a character, with CRLF line ends', () => {
    const lines = physicalLines(file.text);

    for (const line of lines) {
      expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
      // No surrogate pair split: the emoji survives whole.
      expect(line, line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    // The description needs several lines, and unfolds to one content line.
    const description = unfold(file.text).find((line) => line.startsWith('DESCRIPTION:Your plan'))!;
    expect(new TextEncoder().encode(description).length).toBeGreaterThan(75 * 4);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(4);
  });

  it('folds a line of two- and four-octet characters between characters', () => {
    const line = `LOCATION:${'é'.repeat(50)}${'🚪'.repeat(30)}`;
    const folded = foldContentLine(line);
    const parts = folded.split('\r\n');

    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(
      parts[0] +
        parts
          .slice(1)
          .map((part) => part.slice(1))
          .join(''),
    ).toBe(line);
  });
});

describe('loading the calendar code', () => {
  it('leaves `ics` out of the timeline, so the page needs it only when the patient asks for the file', async () => {
    const timeline = fileURLToPath(new URL('../../../../src/worksheets/dosing-day/timeline.ts', import.meta.url));
    const result = await build({
      entryPoints: [timeline],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);

    expect(inputs.some((input) => input.includes('zoned-time'))).toBe(true);
    expect(inputs.filter((input) => /node_modules\/(ics|yup)\//.test(input) || input.endsWith('calendar.ts'))).toEqual(
      [],
    );
  });
});
