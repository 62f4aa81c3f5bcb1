import { cleanup, render, waitFor, type RenderOptions } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { afterEach, vi } from 'vitest';
import clinic from '../../../src/clinic/settings';
import { clinicValueTexts } from '../../../src/clinic/values';
import { pdfSettings } from '../../../src/components/forms/use-pdf-download';
import WorksheetForm from '../../../src/components/forms/WorksheetForm';
import { UiStringsProvider } from '../../../src/i18n/react';
import {
  translatorFor,
  uiStrings,
  type UiStringKey,
  type UiStrings,
  type UiTranslator,
} from '../../../src/i18n/strings';
import { createTranslator } from '../../../src/i18n/translator';
import { emptyAnswers, initialAnswers } from '../../../src/worksheets/answers';
import { inputFor } from '../../../src/worksheets/kinds/inputs';
import { withClinicValues } from '../../../src/worksheets/clinic-text';
import type { WorksheetAnswers, WorksheetDefinition, WorksheetField } from '../../../src/worksheets/types';

/**
 * What the component tests share: the worksheet form rendered as its page renders it (clinic
 * values filled in, clinic defaults as answers, inside the island root's strings provider), or one
 * field's input on its own in a real react-hook-form; unmounted, with storage emptied and the title
 * reset after each test (Vitest has no globals here, so Testing Library cannot clean up by itself).
 */

/** The English translator: the words the tests expect on an English page. */
export const ui = translatorFor('en');

/** Which strings an island is rendered with: English unless a test says otherwise. */
export interface IslandStrings {
  strings: UiStrings;
  /** BCP 47, as the page passes it. */
  language: string;
}

const english: IslandStrings = { strings: uiStrings('en'), language: 'en' };

/**
 * Testing Library's options that put a tree inside the strings' provider, as the island's root
 * (`WorksheetPage`) does: `render(<X />, withStrings())`, `renderHook(hook, withStrings())`.
 */
export const withStrings = ({ strings, language }: IslandStrings = english): Pick<RenderOptions, 'wrapper'> => ({
  wrapper: ({ children }: { children: ReactNode }) => (
    <UiStringsProvider strings={strings} language={language}>
      {children}
    </UiStringsProvider>
  ),
});

/**
 * English strings with some words changed, in another language (Spanish by default): a test that
 * the words shown come from the strings given, not from English, can then fail, whatever the
 * Spanish files hold while they are being written.
 * @param changed the keys to change, and their words
 * @param language the strings' language: their plural rules and how numbers are written
 */
export function fakeStrings(
  changed: Partial<Record<UiStringKey, string>>,
  language = 'es',
): IslandStrings & { ui: UiTranslator } {
  const strings: UiStrings = { ...uiStrings('en'), ...changed };
  return { strings, language, ui: createTranslator(strings, language) };
}

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

const clinicValues = clinicValueTexts(clinic, ui);

/** A definition with clinic values filled in, as the page gives it to the form. */
export const filledDefinition = (definition: WorksheetDefinition) =>
  withClinicValues(definition, (name) => clinicValues[name]);

/**
 * Renders the worksheet form for `definition` with the example clinic's settings, in the island's
 * strings provider (English unless `strings` says otherwise).
 * @returns Testing Library's result, plus the definition as shown and the answers it started with
 */
export function renderWorksheet(
  definition: WorksheetDefinition,
  fromLink?: Record<string, string>,
  strings: IslandStrings = english,
) {
  const filled = filledDefinition(definition);
  const initial = initialAnswers(definition, (name) => clinicValues[name]);
  const pdf = pdfSettings(clinic, createTranslator(strings.strings, strings.language));
  const result = render(
    <WorksheetForm definition={filled} initial={initial} pdf={pdf} fromLink={fromLink} />,
    withStrings(strings),
  );
  return { ...result, filled, initial };
}

/**
 * {@link renderWorksheet}, once every repeated section's entries are on the page: in the browser
 * their code loads on its own (src/components/forms/FormSection.tsx), so they come a moment after
 * the rest of the form.
 */
export async function renderWorksheetLoaded(
  definition: WorksheetDefinition,
  fromLink?: Record<string, string>,
  strings?: IslandStrings,
) {
  const rendered = renderWorksheet(definition, fromLink, strings);
  const repeated = definition.sections.filter((section) => section.repeat);
  await waitFor(() => {
    for (const section of repeated)
      if (!document.getElementById(`${section.id}-entry-1`))
        throw new Error(`Entries of "${section.id}" not drawn yet.`);
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
 * holding `answers` (blank by default), with `errors` as the form would pass them, in the strings'
 * provider (English unless `strings` says otherwise).
 * @returns Testing Library's result and the form, to read the answers back
 */
export function renderInput(
  field: WorksheetField,
  errors: Record<string, string> = {},
  answers?: WorksheetAnswers,
  strings?: IslandStrings,
) {
  const Input = inputFor<WorksheetField>(field.kind);
  let form!: UseFormReturn<WorksheetAnswers>;
  function OneField() {
    form = useForm<WorksheetAnswers>({ defaultValues: answers ?? emptyAnswers(around(field)) });
    return <Input field={field} form={form} errors={errors} />;
  }
  const result = render(<OneField />, withStrings(strings));
  return { ...result, form: () => form };
}
