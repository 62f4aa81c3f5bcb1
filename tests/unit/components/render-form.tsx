import { cleanup, render, waitFor } from '@testing-library/react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { afterEach, vi } from 'vitest';
import clinic from '../../../clinic.config';
import { clinicValueTexts } from '../../../src/clinic/values';
import { pdfSettings } from '../../../src/components/forms/use-pdf-download';
import WorksheetForm from '../../../src/components/forms/WorksheetForm';
import { siteLanguage } from '../../../src/i18n/t';
import { emptyAnswers, initialAnswers } from '../../../src/worksheets/answers';
import { inputFor } from '../../../src/worksheets/kinds/inputs';
import { withClinicValues } from '../../../src/worksheets/clinic-text';
import type { WorksheetAnswers, WorksheetDefinition, WorksheetField } from '../../../src/worksheets/types';

/**
 * What the component tests share: the worksheet form rendered as its page renders it (clinic
 * values filled in, clinic defaults as answers), or one field's input on its own in a real
 * react-hook-form; unmounted, with storage emptied and the title reset after each test (Vitest
 * has no globals here, so Testing Library cannot clean up by itself).
 */

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.title = '';
});

/**
 * jsdom has no canvas, so signature_pad cannot draw: a minimal stand-in with the calls the
 * signature input makes, holding strokes as a list. A drawing put back from a `data:` URL (as
 * after resume or a draft) is one stroke.
 */
vi.mock('signature_pad', () => ({
  default: class {
    strokes: unknown[] = [];
    addEventListener() {}
    off() {}
    clear() {
      this.strokes = [];
    }
    isEmpty() {
      return this.strokes.length === 0;
    }
    toDataURL() {
      return `data:image/png;base64,${btoa(JSON.stringify(this.strokes))}`;
    }
    fromDataURL(url: string) {
      this.strokes = [url];
      return Promise.resolve();
    }
    toData() {
      return [...this.strokes];
    }
    fromData(strokes: unknown[]) {
      this.strokes = [...strokes];
    }
  },
}));

// jsdom has no 2D canvas either (it says so on every call); the pad's set-up copes with none.
HTMLCanvasElement.prototype.getContext = () => null;

const clinicValues = clinicValueTexts(clinic, siteLanguage);

/** A definition with clinic values filled in, as the page gives it to the form. */
export const filledDefinition = (definition: WorksheetDefinition) => withClinicValues(definition, (name) => clinicValues[name]);

/**
 * Renders the worksheet form for `definition` with the example clinic's settings.
 * @returns Testing Library's result, plus the definition as shown and the answers it started with
 */
export function renderWorksheet(definition: WorksheetDefinition, fromLink?: Record<string, string>) {
  const filled = filledDefinition(definition);
  const initial = initialAnswers(definition, (name) => clinicValues[name]);
  const result = render(<WorksheetForm definition={filled} initial={initial} pdf={pdfSettings(clinic, siteLanguage)} fromLink={fromLink} />);
  return { ...result, filled, initial };
}

/**
 * {@link renderWorksheet}, once every repeated section's entries are on the page: in the browser
 * their code loads on its own (src/components/forms/FormSection.tsx), so they come a moment after
 * the rest of the form.
 */
export async function renderWorksheetLoaded(definition: WorksheetDefinition, fromLink?: Record<string, string>) {
  const rendered = renderWorksheet(definition, fromLink);
  const repeated = definition.sections.filter((section) => section.repeat);
  await waitFor(() => {
    for (const section of repeated) if (!document.getElementById(`${section.id}-entry-1`)) throw new Error(`Entries of "${section.id}" not drawn yet.`);
  });
  return rendered;
}

/** A one-field worksheet around `field`, so its answers have their slots. */
const around = (field: WorksheetField): WorksheetDefinition => ({
  id: 'intention',
  version: 1,
  order: 100,
  title: 'One field',
  description: 'A worksheet of one field.',
  fileName: 'one-field',
  sections: [{ id: 'only', title: 'Only', fields: [field] }],
});

/**
 * Renders the input of `field`'s kind (from the kinds table) alone, in a react-hook-form form
 * holding `answers` (blank by default), with `errors` as the form would pass them.
 * @returns Testing Library's result and the form, to read the answers back
 */
export function renderInput(field: WorksheetField, errors: Record<string, string> = {}, answers?: WorksheetAnswers) {
  const Input = inputFor<WorksheetField>(field.kind);
  let form!: UseFormReturn<WorksheetAnswers>;
  function OneField() {
    form = useForm<WorksheetAnswers>({ defaultValues: answers ?? emptyAnswers(around(field)) });
    return <Input field={field} form={form} errors={errors} />;
  }
  const result = render(<OneField />);
  return { ...result, form: () => form };
}
