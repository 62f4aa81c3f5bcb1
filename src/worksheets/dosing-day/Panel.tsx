import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { WorksheetPanelProps } from '../../components/forms/worksheet-panel';
import { saveFile } from '../../components/forms/save-file';
import { useUi } from '../../i18n/react';
import { worksheetWords } from '../worksheet-words';
import { dosingDayTimeline, timelineRows, type TimelineTranslators } from './timeline';
import type { DosingDayWordKey } from './words';
import { deviceTimeZone } from './zoned-time';

/** The answers the timeline and the calendar file are made from. */
const WATCHED = [
  'sessionDate',
  'startTime',
  'place',
  'travelTime',
  'address',
  'clinicLine',
  'chaperonePhone',
  'driverPhone',
] as const;

type CalendarState = { kind: 'idle' } | { kind: 'saved'; fileName: string } | { kind: 'failed' };

/**
 * The dosing-day plan's panel, under "Your session": the day's timeline, worked out on this device
 * as the patient types (timeline.ts), and "Add to calendar", which makes the same timeline into a
 * calendar file here and downloads it (calendar.ts, loaded only on that click). Nothing is sent.
 * Its words are the definition's (`worksheetWords`), so the page's language comes with the
 * definition the page hands the form; times, dates and clinic values follow the site's translator.
 */
export default function DosingDayPanel({ control, config, definition }: WorksheetPanelProps) {
  const ui = useUi();
  const translators = useMemo<TimelineTranslators>(
    () => ({ ui, words: worksheetWords<DosingDayWordKey>(definition, ui.language) }),
    [ui, definition],
  );
  const { t: say } = translators.words;
  const [sessionDate, startTime, place, travelTime, address, clinicLine, chaperonePhone, driverPhone] = useWatch({
    control,
    name: [...WATCHED],
  }).map((value) => (typeof value === 'string' ? value.trim() : '')) as string[];
  const timeZone = useMemo(deviceTimeZone, []);
  const [calendar, setCalendar] = useState<CalendarState>({ kind: 'idle' });
  const timeline = useMemo(
    () =>
      dosingDayTimeline(
        {
          date: sessionDate!,
          startTime: startTime!,
          place,
          travelMinutes: place === 'clinic' && travelTime ? Number(travelTime) : undefined,
          timeZone,
        },
        config,
      ),
    [sessionDate, startTime, place, travelTime, timeZone, config],
  );
  const rows = useMemo(
    () => (timeline ? timelineRows(timeline, config, translators) : []),
    [timeline, config, translators],
  );

  const addToCalendar = async () => {
    if (!timeline) return;
    try {
      const { dosingDayCalendar } = await import('./calendar');
      const atHome = place === 'home' || place === 'remote';
      const numbers = [
        { label: say('dosingDay.panel.number.clinic'), number: clinicLine! },
        { label: say('dosingDay.panel.number.chaperone'), number: atHome ? chaperonePhone! : '' },
        { label: say('dosingDay.panel.number.ride'), number: place === 'clinic' ? driverPhone! : '' },
      ].filter((entry) => entry.number !== '');
      const file = dosingDayCalendar(timeline, config, translators, {
        location: atHome ? address : config.clinic.name,
        numbers,
      });
      saveFile(file.text, file.fileName, 'text/calendar');
      setCalendar({ kind: 'saved', fileName: file.fileName });
    } catch (error) {
      console.error(error);
      setCalendar({ kind: 'failed' });
    }
  };

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{say('dosingDay.panel.title')}</h2>
      {rows.length === 0 ? (
        <p className="timeline__empty">{say('dosingDay.timeline.incomplete')}</p>
      ) : (
        <>
          <table className="timeline__table">
            <caption className="visually-hidden">{say('dosingDay.panel.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{say('dosingDay.timeline.column.time')}</th>
                <th scope="col">{say('dosingDay.timeline.column.what')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.time}</th>
                  <td>
                    {row.what}
                    {row.note && <span className="timeline__note">{row.note}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="timeline__zone">{say('dosingDay.panel.timeZone', { timeZone })}</p>
          <p className="field__hint" id="timeline-calendar-hint">
            {say('dosingDay.panel.calendarHint')}
          </p>
          <button
            type="button"
            className="button button--secondary"
            aria-describedby="timeline-calendar-hint"
            onClick={() => void addToCalendar()}
          >
            {say('dosingDay.panel.calendar')}
          </button>
        </>
      )}
      <div role="status" className="timeline__status">
        {calendar.kind === 'saved' && <p>{say('dosingDay.panel.calendarSaved', { fileName: calendar.fileName })}</p>}
        {calendar.kind === 'failed' && <p>{say('dosingDay.panel.calendarFailed')}</p>}
      </div>
    </section>
  );
}
