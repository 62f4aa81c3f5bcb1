// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { FormSection } from '../../../src/components/forms/FormSection';
import { keep } from '../../../src/lib/device-storage';
import { emptyAnswers } from '../../../src/worksheets/answers';
import { draftKey } from '../../../src/worksheets/fit-draft';
import type { WorksheetAnswers } from '../../../src/worksheets/types';
import { repeatedWorksheet } from '../../fixtures/repeated-worksheet';
import { controlOf, expectInlineError, expectQuestion } from './expect-field';
import { fakeStrings, renderWorksheetLoaded, ui, withStrings } from './render-form';

/**
 * A repeated section on the page (GOV.UK "add another"): entry 1 alone to start, each entry a
 * fieldset headed by its title, "Add another" up to the most it holds, "Remove" that moves the
 * later entries up, with focus moved and the change announced; every entry a draft brings back;
 * required answers asked for only in entries in use.
 */

const days = repeatedWorksheet.sections[1]!;
const entry = (n: number) => screen.queryByRole('group', { name: `Day ${n}` });
const addButton = () => screen.queryByRole('button', { name: 'Add another day' });
const removeButton = (n: number) => screen.queryByRole('button', { name: `Remove day ${n}` });
/** The polite live region the section announces its changes in. */
const announced = () => document.querySelector('.repeat__status[aria-live="polite"]')!.textContent;

describe('a repeated section', () => {
  it('starts with entry 1 alone, a fieldset headed by its title, with no remove button', async () => {
    await renderWorksheetLoaded(repeatedWorksheet);
    expect(entry(1)).not.toBeNull();
    expect(within(entry(1)!).getByRole('heading', { level: 3 }).textContent).toBe('Day 1');
    expect(entry(2)).toBeNull();
    expect(removeButton(1)).toBeNull();
    // Each question is still tied to its own label or legend, not to the entry's.
    for (const field of [...days.fields].slice(0, 2)) expectQuestion({ ...field, id: `${field.id}1` });
    expect(controlOf('notes1').closest('fieldset')).toBe(entry(1));
  });

  it('adds entries up to the most it holds, focusing each new one’s first answer and saying so', async () => {
    const user = userEvent.setup();
    await renderWorksheetLoaded(repeatedWorksheet);
    await user.click(addButton()!);
    expect(entry(2)).not.toBeNull();
    expect(document.activeElement).toBe(controlOf('day2'));
    expect(announced()).toBe(ui.t('form.repeat.added', { entry: 'Day 2' }));
    expect(removeButton(1)).not.toBeNull();
    expect(removeButton(2)).not.toBeNull();

    await user.click(addButton()!);
    await user.click(addButton()!);
    expect(entry(4)).not.toBeNull();
    expect(addButton()).toBeNull();
    expect(screen.getByText('You have 4 entries, the most this part of the worksheet can hold.')).toBeTruthy();
  });

  it('removes an entry by moving the later ones up, then focuses what took its place and says what happened', async () => {
    const user = userEvent.setup();
    await renderWorksheetLoaded(repeatedWorksheet);
    await user.click(addButton()!);
    await user.click(addButton()!);
    for (const [n, words] of [
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
    ] as const)
      await user.type(controlOf(`notes${n}`), words);
    await user.click(controlOf('mood3'));

    await user.click(removeButton(2)!);
    expect(entry(3)).toBeNull();
    expect([controlOf('notes1'), controlOf('notes2')].map((control) => (control as HTMLTextAreaElement).value)).toEqual(
      ['one', 'three'],
    );
    expect((controlOf('mood2') as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(within(entry(2)!).getByRole('heading', { name: 'Day 2' }));
    expect(announced()).toBe(ui.t('form.repeat.removedMoved', { entry: 'Day 2' }));

    // The last one: nothing moves up, and focus goes to "Add another".
    await user.click(removeButton(2)!);
    expect(entry(2)).toBeNull();
    expect(document.activeElement).toBe(addButton());
    expect(announced()).toBe(ui.t('form.repeat.removed', { entry: 'Day 2' }));
    expect(removeButton(1)).toBeNull();
    // Adding it again gives a blank entry: the removed answers are gone, as the patient chose.
    await user.click(addButton()!);
    expect((controlOf('notes2') as HTMLTextAreaElement).value).toBe('');
  });

  it('says the same thing again when the same entry is removed twice in a row', async () => {
    const user = userEvent.setup();
    await renderWorksheetLoaded(repeatedWorksheet);
    for (let count = 0; count < 3; count++) await user.click(addButton()!);
    await user.click(removeButton(2)!);
    const first = announced();
    await user.click(removeButton(2)!);
    expect(announced()).not.toBe(first);
    expect(announced()!.trim()).toBe(first!.trim());
  });

  it('asks for required answers only in entries in use, each message naming its entry', async () => {
    const user = userEvent.setup();
    await renderWorksheetLoaded(repeatedWorksheet);
    await user.click(addButton()!);
    await user.click(addButton()!);
    // Entries 2 and 3 were added but left blank: not in use, so nothing in them is asked for.
    await user.type(controlOf('notes1'), 'A note');
    await user.click(within(entry(1)!).getByRole('radio', { name: 'Hard' }));
    await user.click(screen.getByRole('button', { name: ui.t('form.download') }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Day 1: Enter the date of this day', '#field-day1'],
      ['Day 1: Enter what helped', '#field-help1'],
    ]);
    expectInlineError('day1', 'Day 1: Enter the date of this day');
    expectInlineError('day2', undefined);
    expectInlineError('day3', undefined);
  });

  it('names the entry and says what happened in the page’s own words', async () => {
    const user = userEvent.setup();
    const strings = fakeStrings({
      'form.inEntry': '{entry} — {text}',
      'form.repeat.added': 'Se agregó {entry}.',
      'form.download': 'Descargar el PDF',
    });
    await renderWorksheetLoaded(repeatedWorksheet, undefined, strings);
    await user.click(addButton()!);
    expect(announced()).toBe('Se agregó Day 2.');
    await user.type(controlOf('notes1'), 'A note');
    await user.click(screen.getByRole('button', { name: 'Descargar el PDF' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link')[0]!.textContent).toBe('Day 1 — Enter the date of this day');
  });

  it('shows every entry a kept draft brings back', async () => {
    keep(draftKey(repeatedWorksheet.id), {
      version: 1,
      savedAt: '2026-03-14T10:30:00.000Z',
      answers: { notes3: 'From the draft' },
    });
    await renderWorksheetLoaded(repeatedWorksheet);
    await waitFor(() => expect(entry(3)).not.toBeNull());
    expect(entry(4)).toBeNull();
    expect((controlOf('notes3') as HTMLTextAreaElement).value).toBe('From the draft');
    expect(entry(2)).not.toBeNull();
  });
});

describe('removing an entry', () => {
  it('clears the messages of the section’s answers, which would otherwise stay with the wrong entry', async () => {
    const user = userEvent.setup();
    let form!: UseFormReturn<WorksheetAnswers>;
    function Section() {
      form = useForm<WorksheetAnswers>({
        defaultValues: { ...emptyAnswers(repeatedWorksheet), notes1: 'One', notes2: 'Two' },
      });
      const errors = Object.fromEntries(
        Object.entries(form.formState.errors).map(([key, error]) => [key, error?.message as string]),
      );
      return <FormSection section={days} form={form} errors={errors} />;
    }
    render(<Section />, withStrings());
    // Its code loads on its own, as in the browser.
    await waitFor(() => expect(removeButton(1)).not.toBeNull());
    act(() => {
      form.setError('day2', { message: 'Day 2: Enter the date of this day' });
      form.setError('name', { message: 'Not in this section' });
    });
    expectInlineError('day2', 'Day 2: Enter the date of this day');

    await user.click(removeButton(1)!);
    expect(form.getValues('notes1')).toBe('Two');
    expect(Object.keys(form.formState.errors)).toEqual(['name']);
    expectInlineError('day1', undefined);
  });
});
