// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  answerSlots,
  emptyAnswers,
  entriesShown,
  isInUse,
  isShown,
  sectionEntries,
} from '../../../src/worksheets/answers';
import { worksheetDefinitions } from '../../../src/worksheets/definitions';
import type { WorksheetAnswers, WorksheetDefinition } from '../../../src/worksheets/types';
import { everyKindWorksheet } from '../../fixtures/every-kind-worksheet';
import { expectHint, expectInlineError, expectQuestion } from './expect-field';
import { fakeStrings, renderWorksheetLoaded, ui } from './render-form';

/**
 * The worksheet form as a patient meets it, for every worksheet the kit ships: each question is
 * there with its label, hint and "(optional)"; submitting with required answers missing gives
 * the GOV.UK error summary (focused, with the page title prefixed) and inline errors; and
 * validation never changes what was typed.
 */

const shipped = worksheetDefinitions.map((definition) => [definition.id, definition] as const);

/**
 * The required answers a blank form leaves empty: what submitting it at once must list (an entry of
 * a repeated section not in use asks for nothing).
 */
const missingAtStart = (definition: WorksheetDefinition, initial: WorksheetAnswers) =>
  answerSlots(definition).filter(
    (slot) =>
      slot.field.required &&
      !slot.otherOf &&
      isInUse(slot, initial) &&
      [false, ''].includes(initial[slot.key] as never),
  );

/** The fields on the page as the form starts: every section's, and of a repeated section the entries shown (entry 1 of a blank one). */
const fieldsAtStart = (definition: WorksheetDefinition, initial: WorksheetAnswers) =>
  definition.sections.flatMap((section) =>
    sectionEntries(section)
      .slice(0, section.repeat ? entriesShown(section, initial) : 1)
      .flatMap((entry) => entry.fields),
  );

describe.each(shipped)('the %s worksheet form', (_id, definition) => {
  it('shows every field with its question, its hint joined to it, "(optional)" only on answers not required, and no error yet', async () => {
    const { filled, initial } = await renderWorksheetLoaded(definition);
    for (const field of fieldsAtStart(filled, initial)) {
      expectQuestion(field);
      if (field.hint) expectHint(field.id, field.hint);
      expectInlineError(field.id, undefined);
    }
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps every typed answer exactly as typed when validation refuses it', async () => {
    const user = userEvent.setup();
    const { filled, initial } = await renderWorksheetLoaded(definition);
    // Every text answer shown, one character over its limit: each is refused, none may be cut or blanked.
    const typed = answerSlots(filled).flatMap((slot) => {
      const control = document.getElementById(`field-${slot.key}`);
      if (
        slot.maxLength === undefined ||
        !isShown(slot, initial) ||
        !(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)
      )
        return [];
      return [{ key: slot.key, control, text: `${'Ω'.repeat(slot.maxLength)}😀` }];
    });
    expect(typed.length).toBeGreaterThan(0);
    for (const { control, text } of typed) {
      await user.clear(control);
      control.focus();
      await user.paste(text);
    }

    await user.click(screen.getByRole('button', { name: ui.t('form.download') }));

    const summary = await screen.findByRole('alert');
    const listed = within(summary)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    for (const { key, control, text } of typed) {
      expect(listed, key).toContain(`#field-${key}`);
      expect(control.value, key).toBe(text);
    }
  });
});

/** Shipped worksheets and the every-kind fixture, where a blank form is missing something required. */
const withRequired = [...shipped, ['every-kind fixture', everyKindWorksheet] as const].filter(
  ([, definition]) => missingAtStart(definition, emptyAnswers(definition)).length > 0,
);

it('has worksheets with required answers to submit blank', () =>
  expect(withRequired.map(([id]) => id)).toContain('every-kind fixture'));

describe.each(withRequired)('the %s form, submitted blank', (_id, definition) => {
  it('lists every missing required answer in a focused error summary, next to each field, and in the title', async () => {
    const user = userEvent.setup();
    const { filled, initial } = await renderWorksheetLoaded(definition);
    document.title = filled.title;
    const missing = missingAtStart(filled, initial);

    await user.click(screen.getByRole('button', { name: ui.t('form.download') }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe(ui.t('form.errorSummaryTitle'));
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual(
      missing.map((slot) => [slot.field.requiredMessage, `#field-${slot.key}`]),
    );
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(document.title).toBe(`${ui.t('form.errorPrefix')} ${filled.title}`);
    for (const slot of missing) expectInlineError(slot.key, slot.field.requiredMessage);
  });
});

describe('the form in another language', () => {
  const definition: WorksheetDefinition = {
    id: 'intention',
    version: 1,
    order: 100,
    title: 'Hoja de prueba',
    description: 'Una hoja de trabajo de dos preguntas.',
    fileName: 'hoja-de-prueba',
    sections: [
      {
        id: 'only',
        title: 'Preguntas',
        fields: [
          { id: 'name', kind: 'text', label: '¿Cómo te llamas?', maxLength: 40, required: true },
          { id: 'story', kind: 'textarea', label: 'Tu historia', maxLength: 2000 },
        ],
      },
    ],
  };

  it('writes its messages, the summary and the title with the page’s strings, numbers as the language writes them', async () => {
    const user = userEvent.setup();
    const spanish = fakeStrings({
      'form.download': 'Descargar el PDF',
      'form.errorSummaryTitle': 'Hay un problema',
      'form.errorPrefix': 'Error:',
      'check.required': 'Responde “{label}”',
      'check.tooLong': '{label} debe tener {max} caracteres o menos',
    });
    await renderWorksheetLoaded(definition, undefined, spanish);
    await user.click(screen.getByLabelText(/^Tu historia/));
    await user.paste('x'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Descargar el PDF' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('Hay un problema');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Responde “¿Cómo te llamas?”', 'Tu historia debe tener 2.000 caracteres o menos']);
  });
});
