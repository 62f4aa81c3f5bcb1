// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { allFields, otherKey, OTHER_VALUE } from '../../../src/worksheets/answers';
import { worksheetDefinitions } from '../../../src/worksheets/definitions';
import { fieldInputs, inputFor } from '../../../src/worksheets/kinds/inputs';
import { fieldKindNames } from '../../../src/worksheets/kinds/kind-table';
import type { WorksheetField } from '../../../src/worksheets/types';
import { everyKindWorksheet } from '../../fixtures/every-kind-worksheet';
import { controlOf, expectHint, expectInlineError, expectQuestion } from './expect-field';
import { fakeStrings, renderInput, ui } from './render-form';

/**
 * Every field kind's input from the kinds table (`src/worksheets/kinds/<kind>/Input.tsx`), on its
 * own: each sits in the shared field wrapper, so its question, hint, "(optional)" and inline error
 * follow the same GOV.UK pattern; then what a few kinds add (a count, an "Other" box, a drawing).
 */

/** Every field kind, from the kinds table (the folders with a `kind.ts`). */
const kinds = [...fieldKindNames].sort();

/** Fields of every kind the worksheets and the every-kind fixture use: where each kind's example comes from. */
const knownFields = [...worksheetDefinitions, everyKindWorksheet].flatMap(allFields);

/** A field of `kind`, as a definition writes it. */
function exampleField(kind: string): WorksheetField {
  const field = knownFields.find((candidate) => candidate.kind === kind);
  if (!field) throw new Error(`No worksheet or fixture has a field of kind "${kind}" to test its input with.`);
  // On its own, a field has nothing to be shown only sometimes by.
  const { showWhen: _showWhen, ...alone } = field;
  return alone as WorksheetField;
}

it('has an input for every kind in the kinds table, and none for a folder that is not a kind', () => {
  expect(kinds.length).toBeGreaterThan(0);
  expect(Object.keys(fieldInputs).sort()).toEqual(kinds);
  for (const kind of kinds) expect(fieldInputs[kind], kind).toBeTypeOf('function');
});

it('names the file to add when a kind has no input', () => {
  expect(() => inputFor('drawing' as never)).toThrow('add src/worksheets/kinds/drawing/Input.tsx');
});

describe.each(kinds)('the %s input', (kind) => {
  const example = exampleField(kind);
  // A drawn signature is never required: the typed name is the signature.
  const requirable = kind !== 'signature';

  it('asks a required question without "(optional)", with its hint joined to the control', () => {
    const field = {
      ...example,
      required: true,
      requiredMessage: 'Answer this',
      hint: 'A hint for this question.',
    } as WorksheetField;
    renderInput(field);
    expectQuestion(field, requirable);
    expectHint(field.id, 'A hint for this question.');
    expectInlineError(field.id, undefined);
  });

  it('marks an optional question "(optional)" in words', () => {
    const field = { ...example, required: false } as WorksheetField;
    renderInput(field);
    expectQuestion(field);
  });

  it('shows its error inline after a failed submit, joined to the control and marked invalid', () => {
    renderInput(example, { [example.id]: 'Enter the answer to this question' });
    expectInlineError(example.id, 'Enter the answer to this question');
  });
});

describe('inputs that add to the wrapper', () => {
  it('textarea: counts the characters left and over, and never stops typing past the limit', async () => {
    const field = { ...exampleField('textarea'), maxLength: 5 } as WorksheetField;
    renderInput(field);
    const user = userEvent.setup();
    await user.type(controlOf(field.id), 'abcdefg');
    expect((controlOf(field.id) as HTMLTextAreaElement).value).toBe('abcdefg');
    expect(screen.getByText(ui.tPlural('form.charactersTooMany', 2))).toBeTruthy();
    expect(controlOf(field.id).getAttribute('aria-describedby')).toContain(`field-${field.id}-count`);
    expect(document.getElementById(`field-${field.id}-count`)?.textContent).toBe(ui.tPlural('form.characterLimit', 5));
  });

  it.each(kinds.filter((kind) => 'other' in exampleField(kind) && exampleField(kind).kind !== 'select'))(
    '%s: reveals the "Other" box when "Other" is picked and hides it without emptying it',
    async (kind) => {
      const field = exampleField(kind) as WorksheetField & {
        kind: 'radio' | 'checkbox-group';
        other: { textLabel: string };
      };
      renderInput(field);
      const user = userEvent.setup();
      const box = screen.getByLabelText(field.other.textLabel);
      expect(box.closest('[hidden]')).not.toBeNull();
      await user.click(document.getElementById(`field-${field.id}-${OTHER_VALUE}`)!);
      expect(box.closest('[hidden]')).toBeNull();
      await user.type(box, 'Kept');
      // Unpick "Other" (pick the first option instead, or untick it in a group).
      await user.click(
        field.kind === 'radio' ? controlOf(field.id) : document.getElementById(`field-${field.id}-${OTHER_VALUE}`)!,
      );
      expect(box.closest('[hidden]')).not.toBeNull();
      expect((box as HTMLInputElement).value).toBe('Kept');
      expectInlineError(otherKey(field), undefined);
    },
  );

  it('textarea: writes its limit and count in the page’s language, with its words', async () => {
    const spanish = fakeStrings({
      'form.characterLimit.other': 'Puedes escribir hasta {count} caracteres',
      'form.charactersRemaining.other': 'Te quedan {count} caracteres',
    });
    const field = { ...exampleField('textarea'), maxLength: 2000 } as WorksheetField;
    renderInput(field, {}, undefined, spanish);
    expect(document.getElementById(`field-${field.id}-count`)?.textContent).toBe(
      'Puedes escribir hasta 2.000 caracteres',
    );
    await userEvent.setup().type(controlOf(field.id), 'hola');
    expect(screen.getByText('Te quedan 1.996 caracteres')).toBeTruthy();
  });

  it('says "(optional)" and "Error:" in the page’s language', () => {
    const spanish = fakeStrings({ 'form.optional': '(opcional)', 'form.errorPrefix': 'Falta algo:' });
    const field = { ...exampleField('text'), required: false } as WorksheetField;
    renderInput(field, { [field.id]: 'Escribe tu nombre' }, undefined, spanish);
    expect(screen.getAllByLabelText(`${field.label} (opcional)`, { exact: true })).toContain(controlOf(field.id));
    expect(document.getElementById(`field-${field.id}-error`)?.textContent).toBe('Falta algo: Escribe tu nombre');
  });

  it('signature: says the typed name is the signature, and labels the drawing area', () => {
    const field = exampleField('signature');
    renderInput(field);
    expectHint(field.id, field.hint ?? ui.t('form.signature.hint'));
    expect(screen.getByRole('img', { name: ui.t('form.signature.area') }).id).toBe(`field-${field.id}`);
  });

  it.each(['form.signature.undo', 'form.signature.clear'] as const)(
    'signature: "%s" on a one-stroke drawing that came back empties the answer',
    async (button) => {
      const field = exampleField('signature');
      const { form } = renderInput(field, {}, { [field.id]: 'data:image/png;base64,iVBORw0KGgo=' });
      // The drawing pad loads after the first render (signature_pad, stubbed: jsdom has no canvas).
      await act(() => import('signature_pad'));
      await userEvent.setup().click(screen.getByRole('button', { name: ui.t(button) }));
      expect(form().getValues(field.id)).toBe('');
    },
  );

  it('signature: words its hint, drawing area and buttons in the page’s language', () => {
    const spanish = fakeStrings({
      'form.signature.hint': 'Dibuja con el dedo.',
      'form.signature.area': 'Área para dibujar tu firma',
      'form.signature.undo': 'Deshacer el último trazo',
      'form.signature.clear': 'Borrar el dibujo',
    });
    const { hint: _hint, ...field } = exampleField('signature');
    renderInput(field as WorksheetField, {}, undefined, spanish);
    expectHint(field.id, 'Dibuja con el dedo.');
    expect(screen.getByRole('img', { name: 'Área para dibujar tu firma' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deshacer el último trazo' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Borrar el dibujo' })).toBeTruthy();
  });
});
