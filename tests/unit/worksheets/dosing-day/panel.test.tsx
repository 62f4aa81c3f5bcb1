// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { UiStringsProvider } from '../../../../src/i18n/react';
import { uiStrings } from '../../../../src/i18n/strings';
import type { Locale } from '../../../../src/i18n/locales';
import { worksheetFor } from '../../../../src/worksheets/definitions';
import DosingDayPanel from '../../../../src/worksheets/dosing-day/Panel';
import type { WorksheetAnswers } from '../../../../src/worksheets/types';
import { exampleClinic } from '../../../fixtures/example-clinic';

/**
 * The dosing-day panel speaks the page's language: its words from the definition the page hands
 * the form (the Spanish one on a Spanish page), its times and clinic values from the island's
 * translator. The panel's loading and following the answers are tested with the form
 * (tests/unit/components/worksheet-panel.test.tsx).
 */

afterEach(cleanup);

/** The panel as a page in `locale` shows it, with these answers. */
function renderPanel(locale: Locale, answers: WorksheetAnswers) {
  const { definition, lang } = worksheetFor('dosing-day', locale);
  function Island() {
    const { control } = useForm<WorksheetAnswers>({ defaultValues: answers });
    return <DosingDayPanel control={control} config={exampleClinic} definition={definition} language={lang} />;
  }
  return render(
    <UiStringsProvider strings={uiStrings(locale)} language={lang}>
      <Island />
    </UiStringsProvider>,
  );
}

const AT_CLINIC = { sessionDate: '2031-05-06', startTime: '10:30', place: 'clinic', travelTime: '30' };

describe('the dosing-day panel', () => {
  it('is in Spanish on a Spanish page: heading, table, times and button', () => {
    renderPanel('es', AT_CLINIC);

    expect(screen.getByRole('heading', { name: 'Tu horario' })).toBeTruthy();
    const table = screen.getByRole('table', { name: /^Tu horario para el día de la sesión/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Hora', 'Qué hacer']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows[0]).toBe('6:30Última comida. Después de esto, no comas nada.');
    expect(rows).toContain('9:45Sal de casa hacia la clínica.');
    expect(screen.getByRole('button', { name: 'Agregar al calendario' })).toBeTruthy();
    expect(screen.getByText(/^Las horas son de la zona horaria /)).toBeTruthy();
  });

  it('asks for the date and time in Spanish before it has them', () => {
    renderPanel('es', {});

    expect(screen.getByText('Escribe la fecha y la hora de inicio de la sesión para ver tu horario.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('is in English on an English page', () => {
    renderPanel('en', AT_CLINIC);

    expect(screen.getByRole('heading', { name: 'Your timeline' })).toBeTruthy();
    expect(screen.getAllByRole('row')[1]!.textContent).toBe('6:30\u00a0AMLast food. After this, do not eat.');
    expect(screen.getByRole('button', { name: 'Add to calendar' })).toBeTruthy();
  });
});
