import { screen } from '@testing-library/react';
import { expect } from 'vitest';
import { fieldIds } from '../../../src/components/forms/field-ids';
import { translatorFor } from '../../../src/i18n/strings';
import type { WorksheetField } from '../../../src/worksheets/types';

/**
 * Checks the component tests share, read from the page as assistive technology reads it: the
 * question a control is tied to, its hint and its error. They know nothing of field kinds, only
 * of the GOV.UK patterns the shared field wrapper draws, so a new kind is checked the same way.
 */

/** The English words the fields are drawn with (the tests render English unless they say otherwise). */
const ui = translatorFor('en');

/** A field's control by its id (`field-<key>`): what its label points at and the summary links to. */
export function controlOf(key: string): HTMLElement {
  const control = document.getElementById(fieldIds(key).input);
  if (!control) throw new Error(`No control with id ${fieldIds(key).input}.`);
  return control;
}

/**
 * The fieldset of the field's own question (radios, checkboxes, a drawing pad), if it has one: not a
 * fieldset around the whole field, such as a repeated section's entry.
 */
function ownFieldset(control: HTMLElement): HTMLFieldSetElement | null {
  const fieldset = control.closest('fieldset');
  return fieldset && control.closest('.field')?.contains(fieldset) ? fieldset : null;
}

/** The element a field's hint and error describe: the fieldset holding its controls, or the control. */
const described = (control: HTMLElement) => ownFieldset(control) ?? control;

/** The ids in an element's `aria-describedby`. */
const describedByIds = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);

/**
 * The field's question is tied to its control: the legend of the fieldset holding it, else its
 * label, ending "(optional)" when an answer is not required. A lone checkbox's label comes after
 * it and is the statement itself, so it has no "(optional)".
 * @param required whether the field is required, if not as its definition says (a drawn signature never is)
 */
export function expectQuestion(field: WorksheetField, required = field.required) {
  const control = controlOf(field.id);
  const question = required ? field.label : `${field.label} ${ui.t('form.optional')}`;
  const fieldset = ownFieldset(control);
  if (fieldset) {
    // The legend's text rather than the group's computed name: dom-accessibility-api drops the
    // space that starts "(optional)"'s span, which browsers keep.
    expect(fieldset.querySelector(':scope > legend')?.textContent, field.id).toBe(question);
    return;
  }
  const loneCheckbox = control instanceof HTMLInputElement && control.type === 'checkbox';
  expect(screen.getAllByLabelText(loneCheckbox ? field.label : question, { exact: true }), field.id).toContain(control);
}

/** The field shows `hint` under its question, joined to it by `aria-describedby`. */
export function expectHint(key: string, hint: string) {
  const { hint: id } = fieldIds(key);
  expect(document.getElementById(id)?.textContent, key).toBe(hint);
  expect(describedByIds(described(controlOf(key))), key).toContain(id);
}

/**
 * The answer `key` shows `message` inline ("Error: " first for screen readers), joined by
 * `aria-describedby`, its form control marked invalid and its field marked in error; or, with
 * `message` undefined, none of that.
 */
export function expectInlineError(key: string, message: string | undefined) {
  const { error: id } = fieldIds(key);
  const control = controlOf(key);
  if (message === undefined) {
    expect(document.getElementById(id), key).toBeNull();
    expect(control.getAttribute('aria-invalid'), key).toBeNull();
    return;
  }
  expect(document.getElementById(id)?.textContent, key).toBe(`${ui.t('form.errorPrefix')} ${message}`);
  expect(describedByIds(described(control)), key).toContain(id);
  // Form controls only: a drawing pad is an image, which aria-invalid does not apply to.
  if (control.matches('input, select, textarea')) expect(control.getAttribute('aria-invalid'), key).toBe('true');
  expect(control.closest('.field')?.classList.contains('field--error'), key).toBe(true);
}
