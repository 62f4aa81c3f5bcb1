import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../../../../src/clinic/overrides';
import { formatClinicValue } from '../../../../src/clinic/values';
import { parseClinicConfig, type ClinicConfig } from '../../../../src/schemas/clinic';
import {
  dosingDayTimeline,
  sessionPlaces,
  timelineRows,
  type DosingDayTimeline,
  type TimelineEntryId,
  type TimelineInput,
} from '../../../../src/worksheets/dosing-day/timeline';
import { findMiswordedLevels } from '../../../fixtures/blood-pressure-wording';
import { exampleClinic, exampleClinicInput } from '../../../fixtures/example-clinic';
import { EN } from './translators';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Another clinic whose every timeline number differs from the example clinic's. */
const otherClinic: ClinicConfig = (() => {
  const input = exampleClinicInput();
  input.protocol.fasting = { food: 6, clearLiquids: 3 };
  input.protocol.bloodPressure.restBeforeReadingMinutes = 10;
  input.protocol.sessionLengthHours = { min: 3, max: 4 };
  input.protocol.chaperoneArrivesMinutesBefore = 45;
  input.protocol.arriveAtClinicMinutesBefore = 20;
  input.protocol.drivingAllowedAgain = { en: '24 hours after your dose', es: '24 horas después de tu dosis' };
  return parseClinicConfig(input);
})();

const plan = (overrides: Partial<TimelineInput> = {}): TimelineInput => ({
  date: '2026-06-13',
  startTime: '09:00',
  place: 'home',
  timeZone: 'America/New_York',
  ...overrides,
});

const timelineOf = (input: TimelineInput, config: ClinicConfig = exampleClinic) => {
  const timeline = dosingDayTimeline(input, config);
  expect(timeline, JSON.stringify(input)).toBeDefined();
  return timeline!;
};

const entry = (timeline: DosingDayTimeline, id: TimelineEntryId) => {
  const found = timeline.entries.find((candidate) => candidate.id === id);
  expect(found, id).toBeDefined();
  return found!;
};

/** The one moment of an "at" entry. */
const at = (timeline: DosingDayTimeline, id: TimelineEntryId) => {
  const { when } = entry(timeline, id);
  if (when.kind !== 'at') throw new Error(`${id} is not at one moment`);
  return when.at;
};

const minutesBeforeStart = (timeline: DosingDayTimeline, id: TimelineEntryId) =>
  (timeline.start.instant - at(timeline, id).instant) / MINUTE;

const ids = (timeline: DosingDayTimeline) => timeline.entries.map((candidate) => candidate.id);

describe('the dosing-day timeline', () => {
  it('counts the fasting hours back from the start: 4 hours before a 07:00 start is 03:00 the same day', () => {
    const timeline = timelineOf(plan({ startTime: '07:00' }));

    expect(at(timeline, 'lastFood')).toMatchObject({ date: '2026-06-13', time: '03:00' });
    expect(at(timeline, 'lastClearLiquids')).toMatchObject({ date: '2026-06-13', time: '05:00' });
  });

  it('puts last food on the day before for a 01:30 start, and says which day', () => {
    const timeline = timelineOf(plan({ startTime: '01:30' }));
    const rows = timelineRows(timeline, exampleClinic, EN);

    expect(at(timeline, 'lastFood')).toMatchObject({ date: '2026-06-12', time: '21:30' });
    expect(at(timeline, 'lastClearLiquids')).toMatchObject({ date: '2026-06-12', time: '23:30' });
    expect(rows.find((row) => row.id === 'lastFood')!.time).toBe('9:30\u00a0PM on Friday, June 12');
    // Entries on the session's own day show the time alone.
    expect(rows.find((row) => row.id === 'start')!.time).toBe('1:30\u00a0AM');
  });

  it('shows an end after midnight with its day, for a start late in the evening', () => {
    const timeline = timelineOf(plan({ startTime: '23:30' }));
    const end = entry(timeline, 'end').when;
    const row = timelineRows(timeline, exampleClinic, EN).find((candidate) => candidate.id === 'end')!;

    expect(end).toMatchObject({
      kind: 'between',
      from: { date: '2026-06-14', time: '01:30' },
      to: { date: '2026-06-14', time: '02:30' },
    });
    expect(row.time).toBe('1:30\u00a0AM on Sunday, June 14 to 2:30\u00a0AM on Sunday, June 14');
  });

  it('takes every number from the settings it is given', () => {
    for (const config of [exampleClinic, otherClinic]) {
      const { protocol } = config;
      const home = timelineOf(plan(), config);
      const clinic = timelineOf(plan({ place: 'clinic' }), config);
      const end = entry(home, 'end').when;

      expect(minutesBeforeStart(home, 'lastFood')).toBe(protocol.fasting.food * 60);
      expect(minutesBeforeStart(home, 'lastClearLiquids')).toBe(protocol.fasting.clearLiquids * 60);
      expect(minutesBeforeStart(home, 'bloodPressure')).toBe(protocol.bloodPressure.restBeforeReadingMinutes);
      expect(minutesBeforeStart(home, 'chaperoneArrives')).toBe(protocol.chaperoneArrivesMinutesBefore);
      expect(minutesBeforeStart(clinic, 'arriveAtClinic')).toBe(protocol.arriveAtClinicMinutesBefore);
      expect(
        end.kind === 'between' && [
          (end.from.instant - home.start.instant) / HOUR,
          (end.to.instant - home.start.instant) / HOUR,
        ],
      ).toEqual([protocol.sessionLengthHours.min, protocol.sessionLengthHours.max]);
    }
  });

  it('uses the fasting hours a provider’s link sets', () => {
    const overridden = applyOverrides(exampleClinic, { 'fasting.food': 8, 'fasting.clearLiquids': 3 });
    const timeline = timelineOf(plan(), overridden);

    expect(minutesBeforeStart(timeline, 'lastFood')).toBe(8 * 60);
    expect(minutesBeforeStart(timeline, 'lastClearLiquids')).toBe(3 * 60);
  });

  it('leaves out a fasting moment the clinic has no rule for (0 hours)', () => {
    const input = exampleClinicInput();
    input.protocol.fasting = { food: 3, clearLiquids: 0 };
    const timeline = timelineOf(plan(), parseClinicConfig(input));

    expect(ids(timeline)).toContain('lastFood');
    expect(ids(timeline)).not.toContain('lastClearLiquids');
  });

  it('lists the entries in time order, whatever the settings', () => {
    const input = exampleClinicInput();
    // A chaperone who comes 3½ hours early arrives before the last food (3 hours).
    input.protocol.fasting = { food: 3, clearLiquids: 2 };
    input.protocol.chaperoneArrivesMinutesBefore = 210;
    for (const config of [exampleClinic, otherClinic, parseClinicConfig(input)]) {
      for (const place of sessionPlaces) {
        const timeline = timelineOf(plan({ place, travelMinutes: 40 }), config);
        const timed = timeline.entries.filter(({ when }) => when.kind !== 'from');
        const firsts = timed.map(({ when }) =>
          when.kind === 'at' ? when.at.instant : when.kind === 'between' ? when.from.instant : Number.NaN,
        );

        expect(firsts, place).toEqual([...firsts].sort((a, b) => a - b));
        // What holds from a moment on closes the list.
        expect(ids(timeline).at(-1)).toBe('noDriving');
      }
    }
    expect(ids(timelineOf(plan(), parseClinicConfig(input)))[0]).toBe('chaperoneArrives');
  });

  it('has a chaperone arriving at home, and getting to the clinic for a session there', () => {
    expect(ids(timelineOf(plan({ place: 'home' })))).toEqual([
      'lastFood',
      'lastClearLiquids',
      'chaperoneArrives',
      'bloodPressure',
      'start',
      'end',
      'noDriving',
    ]);
    expect(ids(timelineOf(plan({ place: 'remote' })))).toEqual([
      'lastFood',
      'lastClearLiquids',
      'chaperoneArrives',
      'bloodPressure',
      'start',
      'end',
      'noDriving',
    ]);
    expect(ids(timelineOf(plan({ place: 'clinic' })))).toEqual([
      'lastFood',
      'lastClearLiquids',
      'arriveAtClinic',
      'bloodPressure',
      'start',
      'end',
      'noDriving',
    ]);
    // With the time the trip takes, when to leave home.
    const clinic = timelineOf(plan({ place: 'clinic', travelMinutes: 40 }));
    expect(minutesBeforeStart(clinic, 'leaveHome')).toBe(exampleClinic.protocol.arriveAtClinicMinutesBefore + 40);
    // Before the place is answered, nothing that depends on it.
    expect(ids(timelineOf(plan({ place: undefined })))).toEqual([
      'lastFood',
      'lastClearLiquids',
      'bloodPressure',
      'start',
      'end',
      'noDriving',
    ]);
    expect(ids(timelineOf(plan({ place: 'garden' })))).not.toContain('chaperoneArrives');
  });

  it('is not worked out until the date and start time are real ones', () => {
    for (const input of [
      plan({ date: '' }),
      plan({ startTime: '' }),
      plan({ date: '2026-02-30' }),
      plan({ date: '13/06/2026' }),
      plan({ startTime: '24:00' }),
      plan({ startTime: '9:00' }),
      plan({ timeZone: 'Mars/Olympus_Mons' }),
    ]) {
      expect(dosingDayTimeline(input, exampleClinic), JSON.stringify(input)).toBeUndefined();
    }
  });
});

describe('the timeline on the days the clocks change', () => {
  it('keeps 4 real hours of fasting before a 05:00 start when New York springs forward (00:00, not 01:00)', () => {
    const timeline = timelineOf(plan({ date: '2026-03-08', startTime: '05:00' }));

    expect(timeline.start.instant).toBe(Date.UTC(2026, 2, 8, 9, 0));
    expect(at(timeline, 'lastFood')).toMatchObject({ date: '2026-03-08', time: '00:00' });
    expect(minutesBeforeStart(timeline, 'lastFood')).toBe(4 * 60);
  });

  it('counts the repeated hour when New York falls back (01:00 on the second pass, not 00:00)', () => {
    const timeline = timelineOf(plan({ date: '2026-11-01', startTime: '05:00' }));

    expect(timeline.start.instant).toBe(Date.UTC(2026, 10, 1, 10, 0));
    expect(at(timeline, 'lastFood')).toMatchObject({
      date: '2026-11-01',
      time: '01:00',
      instant: Date.UTC(2026, 10, 1, 6, 0),
    });
  });

  it('reads a start time that happens twice as the first one', () => {
    const timeline = timelineOf(plan({ date: '2026-11-01', startTime: '01:30' }));

    expect(timeline.start).toMatchObject({ time: '01:30', instant: Date.UTC(2026, 10, 1, 5, 30) });
    expect(timeline.startMovedFrom).toBeUndefined();
  });

  it('moves a start time the clocks skip an hour later, and says so', () => {
    const timeline = timelineOf(plan({ date: '2026-03-08', startTime: '02:30' }));
    const start = timelineRows(timeline, exampleClinic, EN).find((row) => row.id === 'start')!;

    expect(timeline.start).toMatchObject({ date: '2026-03-08', time: '03:30', instant: Date.UTC(2026, 2, 8, 7, 30) });
    expect(timeline.startMovedFrom).toBe('02:30');
    expect(start.time).toBe('3:30\u00a0AM');
    expect(start.note).toBe(
      'The clocks change that night, so 2:30\u00a0AM does not happen. This plan uses 3:30\u00a0AM.',
    );
  });

  it('keeps real hours in London too, in spring (22:00 the day before) and in autumn', () => {
    const spring = timelineOf(plan({ date: '2026-03-29', startTime: '03:00', timeZone: 'Europe/London' }));
    const autumn = timelineOf(plan({ date: '2026-10-25', startTime: '03:00', timeZone: 'Europe/London' }));

    expect(spring.start.instant).toBe(Date.UTC(2026, 2, 29, 2, 0));
    expect(at(spring, 'lastFood')).toMatchObject({ date: '2026-03-28', time: '22:00' });
    expect(autumn.start.instant).toBe(Date.UTC(2026, 9, 25, 3, 0));
    expect(at(autumn, 'lastFood')).toMatchObject({ date: '2026-10-25', time: '00:00' });
    expect(at(autumn, 'lastClearLiquids')).toMatchObject({
      date: '2026-10-25',
      time: '01:00',
      instant: Date.UTC(2026, 9, 25, 1, 0),
    });
  });
});

describe('the timeline in words', () => {
  it('words the blood-pressure check with the clinic’s level and its own comparison', () => {
    for (const config of [exampleClinic, otherClinic]) {
      for (const place of sessionPlaces) {
        const rows = timelineRows(timelineOf(plan({ place }), config), config, EN);
        const text = rows.map((row) => `${row.time} ${row.what} ${row.note ?? ''}`).join(' ');
        const check = rows.find((row) => row.id === 'bloodPressure')!;

        expect(check.what).toContain(formatClinicValue(config, 'bloodPressure.restBeforeReading', EN.ui).text);
        expect(check.note).toContain(formatClinicValue(config, 'bloodPressure.doNotStartAbove', EN.ui).text);
        expect(findMiswordedLevels(text, config.protocol.bloodPressure, EN.ui)).toEqual([]);
      }
    }
  });

  it('words every entry, with the expected end as a range and no driving from the start', () => {
    const rows = timelineRows(
      timelineOf(plan({ startTime: '07:00', place: 'clinic', travelMinutes: 30 })),
      exampleClinic,
      EN,
    );

    expect(rows.map(({ time, what }) => [time, what])).toEqual([
      ['3:00\u00a0AM', 'Last food. After this, do not eat.'],
      ['5:00\u00a0AM', 'Last clear liquids. After this, do not eat or drink.'],
      ['6:15\u00a0AM', 'Leave home for the clinic.'],
      ['6:45\u00a0AM', 'Arrive at the clinic.'],
      ['6:55\u00a0AM', 'Sit quietly for 5 minutes. Then the care team checks your blood pressure.'],
      ['7:00\u00a0AM', 'The session starts. You take the medicine.'],
      ['9:00\u00a0AM to 10:00\u00a0AM', 'The session usually ends.'],
      ['From 7:00\u00a0AM', 'Do not drive until the next day, after a full night’s sleep.'],
    ]);
    expect(rows.find((row) => row.id === 'end')!.note).toBe(
      'Your ride home should be ready. Do not leave on your own.',
    );
  });

  it('leaves no placeholder unfilled and writes nothing Helvetica cannot draw', () => {
    for (const place of [...sessionPlaces, undefined]) {
      for (const row of timelineRows(timelineOf(plan({ place, startTime: '00:15' })), otherClinic, EN)) {
        for (const text of [row.time, row.what, row.note ?? '']) {
          expect(text).not.toMatch(/[{}]/);
          // WinAnsi: printable Latin-1 and a few typographic marks such as ’.
          expect(text, text).toMatch(/^[\u0020-\u007e\u00a0-\u00ff’–—]*$/);
        }
      }
    }
  });
});
