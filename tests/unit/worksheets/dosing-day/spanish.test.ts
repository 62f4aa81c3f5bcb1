import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatClinicValue } from '../../../../src/clinic/values';
import { createTranslator } from '../../../../src/i18n/translator';
import { dosingDayCalendar } from '../../../../src/worksheets/dosing-day/calendar';
import dosingDayWorksheet from '../../../../src/worksheets/dosing-day/definition';
import {
  dosingDayTimeline,
  sessionPlaces,
  timelineRows,
  type DosingDayTimeline,
  type TimelineInput,
} from '../../../../src/worksheets/dosing-day/timeline';
import { findMiswordedLevels } from '../../../fixtures/blood-pressure-wording';
import { exampleClinic } from '../../../fixtures/example-clinic';
import { one, parseIcs, unescapeText, type IcsComponent } from './ics-parser';
import { EN, ES } from './translators';

/**
 * The dosing-day timeline and calendar file on a Spanish page: the times and dates as Spanish
 * writes them, the plan's words from the Spanish definition, and the clinic values in Spanish.
 */

const timelineOf = (input: Partial<TimelineInput> = {}): DosingDayTimeline => {
  const timeline = dosingDayTimeline(
    { date: '2026-06-13', startTime: '09:00', place: 'home', timeZone: 'America/New_York', ...input },
    exampleClinic,
  );
  if (!timeline) throw new Error(`No timeline for ${JSON.stringify(input)}`);
  return timeline;
};

describe('the timeline in Spanish', () => {
  it('words every entry in Spanish, with Spanish times', () => {
    const rows = timelineRows(
      timelineOf({ startTime: '07:00', place: 'clinic', travelMinutes: 30 }),
      exampleClinic,
      ES,
    );

    expect(rows.map(({ time, what }) => [time, what])).toEqual([
      ['3:00', 'Última comida. Después de esto, no comas nada.'],
      ['5:00', 'Últimos líquidos claros. Después de esto, no comas ni bebas nada.'],
      ['6:15', 'Sal de casa hacia la clínica.'],
      ['6:45', 'Llega a la clínica.'],
      ['6:55', 'Siéntate en calma durante 5 minutos. Luego el equipo de atención te mide la presión arterial.'],
      ['7:00', 'Empieza la sesión. Tomas el medicamento.'],
      ['De 9:00 a 10:00', 'La sesión suele terminar.'],
      ['Desde 7:00', 'No manejes hasta el día siguiente, después de dormir toda la noche.'],
    ]);
    expect(rows.find((row) => row.id === 'end')!.note).toBe(
      'Quien te lleve a casa ya debe estar esperando. No te vayas a solas.',
    );
  });

  it('writes a moment on another day with its Spanish day, and a 24-hour clock', () => {
    const early = timelineRows(timelineOf({ startTime: '01:30' }), exampleClinic, ES);
    const late = timelineRows(timelineOf({ startTime: '23:30' }), exampleClinic, ES);

    expect(early.find((row) => row.id === 'lastFood')!.time).toBe('21:30 del viernes, 12 de junio');
    expect(early.find((row) => row.id === 'start')!.time).toBe('1:30');
    expect(late.find((row) => row.id === 'end')!.time).toBe(
      'De 1:30 del domingo, 14 de junio a 2:30 del domingo, 14 de junio',
    );
  });

  it('says in Spanish when the clocks skip the start time', () => {
    const start = timelineRows(timelineOf({ date: '2026-03-08', startTime: '02:30' }), exampleClinic, ES).find(
      (row) => row.id === 'start',
    )!;

    expect(start.time).toBe('3:30');
    expect(start.note).toBe('Esa noche se cambia el reloj, así que la hora 2:30 no existe. Este plan usa 3:30.');
  });

  it('names the blood-pressure level with the Spanish clinic value and its comparison', () => {
    const home = timelineRows(timelineOf(), exampleClinic, ES).find((row) => row.id === 'bloodPressure')!;
    const level = formatClinicValue(exampleClinic, 'bloodPressure.doNotStartAbove', ES.ui).text;

    expect(level).toMatch(/^por encima de \d+\/\d+ mm Hg$/);
    expect(home.note).toBe(`Si está ${level}, no tomes el medicamento. Avísale al equipo de atención.`);
    expect(home.what).toBe('Siéntate en calma durante 5 minutos y luego mídete la presión arterial.');
    for (const place of sessionPlaces) {
      const text = timelineRows(timelineOf({ place }), exampleClinic, ES)
        .map((row) => `${row.time} ${row.what} ${row.note ?? ''}`)
        .join(' ');
      expect(findMiswordedLevels(text, exampleClinic.protocol.bloodPressure, ES.ui), place).toEqual([]);
    }
  });

  it('takes its words from the translators it is given, and its times from their language', () => {
    const standIns = Object.fromEntries(
      Object.entries(dosingDayWorksheet.words!).map(([key, text]) => [
        key,
        `«${key}» ${text.match(/\{\w+\}/g)?.join(' ') ?? ''}`.trim(),
      ]),
    );
    const timeline = timelineOf({ startTime: '07:00' });

    expect(timelineRows(timeline, exampleClinic, { ui: ES.ui, words: createTranslator(standIns, 'es') })[0]).toEqual({
      id: 'lastFood',
      time: '3:00',
      what: '«dosingDay.timeline.lastFood»',
    });
    expect(timelineRows(timeline, exampleClinic, { ui: EN.ui, words: createTranslator(standIns, 'en') })[0]!.time).toBe(
      '3:00\u00a0AM',
    );
    // Words it does not have are never made up (nor taken from English): the key is named.
    expect(() => timelineRows(timeline, exampleClinic, { ui: ES.ui, words: createTranslator({}, 'es') })).toThrow(
      /"dosingDay\.timeline\.lastFood" is missing/,
    );
  });

  it('leaves no placeholder unfilled and writes nothing Helvetica cannot draw', () => {
    for (const place of [...sessionPlaces, undefined]) {
      for (const row of timelineRows(timelineOf({ place, startTime: '00:15' }), exampleClinic, ES)) {
        for (const text of [row.time, row.what, row.note ?? '']) {
          expect(text).not.toMatch(/[{}]/);
          expect(text, text).toMatch(/^[\u0020-\u007e\u00a0-\u00ff’–—]*$/);
        }
      }
    }
  });
});

describe('the calendar file in Spanish', () => {
  const NOW = new Date(Date.UTC(2026, 2, 1, 12, 0));
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterAll(() => vi.useRealTimers());

  const eventOf = (timeline: DosingDayTimeline) => {
    const file = dosingDayCalendar(timeline, exampleClinic, ES, {
      numbers: [{ label: 'Línea de la clínica', number: '+1 201 555 0100' }],
    });
    return parseIcs(file.text).components.find((component) => component.name === 'VEVENT')!;
  };
  const text = (component: IcsComponent, name: string) => unescapeText(one(component, name).value);

  it('is titled and described in Spanish, ending with the emergency number and the Spanish crisis line', () => {
    const timeline = timelineOf();
    const event = eventOf(timeline);
    const lines = text(event, 'DESCRIPTION').split('\n');
    const crisis = formatClinicValue(exampleClinic, 'crisis.line', ES.ui).text;

    expect(text(event, 'SUMMARY')).toBe('Sesión con el medicamento');
    expect(lines[0]).toBe('Tu plan para el día:');
    for (const row of timelineRows(timeline, exampleClinic, ES))
      expect(lines).toContain(`${row.time}: ${row.what}${row.note ? ` ${row.note}` : ''}`);
    expect(lines).toContain('Las horas son de la zona horaria America/New_York.');
    expect(crisis).toContain('Línea 988');
    expect(lines.slice(lines.indexOf('Números para llamar:'))).toEqual([
      'Números para llamar:',
      'Línea de la clínica: +1 201 555 0100',
      `Emergencias: ${exampleClinic.emergency.number}`,
      `Si tienes pensamientos suicidas o estás en crisis: ${crisis}`,
    ]);
  });

  it('reminds in Spanish', () => {
    const alarms = eventOf(timelineOf())
      .components.filter((component) => component.name === 'VALARM')
      .map((alarm) => text(alarm, 'DESCRIPTION'));

    expect(alarms).toContain('Última comida. Después de esto, no comas nada.');
    expect(alarms).toContain(`Hora de llegada de tu acompañante: 8:30.`);
  });
});
