// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import clinic from '../../../src/clinic/settings';
import { clinicValueTexts } from '../../../src/clinic/values';
import WorksheetPage from '../../../src/components/forms/WorksheetPage';
import { everyKindWorksheet } from '../../fixtures/every-kind-worksheet';
import { fakeStrings, renderWorksheet } from './render-form';

/**
 * The words around the questions — resume from a PDF, the draft box, the download panel — come
 * from the strings the page gives the island, not from English: with words that differ from
 * English (the Spanish files are being written, so they may still be English), every one shows.
 */

const spanish = fakeStrings({
  'form.resume.heading': 'Continuar desde un PDF guardado',
  'form.resume.label': 'PDF guardado de la hoja de trabajo',
  'form.resume.problem.empty': 'El archivo que elegiste está vacío. Elige el PDF que descargaste de este sitio.',
  'draft.keepLabel': 'Guardar un borrador en este dispositivo',
  'form.download': 'Descargar el PDF',
  'worksheet.keepEditing': 'Puedes seguir editando el PDF en cualquier lector de PDF.',
  'form.optional': '(opcional)',
});

describe('the worksheet island in the page’s language', () => {
  it('words resume, drafts and the download with the strings it was given', () => {
    renderWorksheet(everyKindWorksheet, undefined, spanish);
    expect(screen.getByText('Continuar desde un PDF guardado')).toBeTruthy();
    expect(screen.getByLabelText('PDF guardado de la hoja de trabajo')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Guardar un borrador en este dispositivo' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Descargar el PDF' })).toBeTruthy();
    expect(screen.getByText('Puedes seguir editando el PDF en cualquier lector de PDF.')).toBeTruthy();
    expect(screen.getByLabelText('Phone number (opcional)')).toBeTruthy();
  });

  it('is wrapped by the page’s own island root in the strings it is given', () => {
    const written = { clinicValues: clinicValueTexts(clinic, spanish.ui), numbers: {} };
    const links = { targets: { moduleSlugs: [], worksheets: [] }, planHref: '/es/plan/' };
    render(
      <WorksheetPage
        definition={everyKindWorksheet}
        clinic={clinic}
        links={links}
        strings={spanish.strings}
        language={spanish.language}
        written={written}
      />,
    );
    expect(screen.getByRole('button', { name: 'Descargar el PDF' })).toBeTruthy();
    expect(screen.getByLabelText('Phone number (opcional)')).toBeTruthy();
  });

  it('says why a file was refused in the page’s words', async () => {
    const { container } = renderWorksheet(everyKindWorksheet, undefined, spanish);
    const user = userEvent.setup();
    await user.click(screen.getByText('Continuar desde un PDF guardado'));
    await user.upload(
      screen.getByLabelText('PDF guardado de la hoja de trabajo'),
      new File([], 'vacío.pdf', { type: 'application/pdf' }),
    );
    const status = container.querySelector<HTMLElement>('.resume__status')!;
    expect(
      within(status).getByText('El archivo que elegiste está vacío. Elige el PDF que descargaste de este sitio.'),
    ).toBeTruthy();
  });
});
