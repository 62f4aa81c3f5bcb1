import { expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Not from worksheets/answers.ts: it reads the kinds table through `import.meta.glob`, which only
// Vite provides, and Playwright loads these helpers in plain Node.
import { PDFDocument, PDFTextField } from 'pdf-lib';
import { OTHER_VALUE, otherKey } from '../../src/worksheets/kinds/shared/choices';
import { STROKES_PREFIX } from '../../src/worksheets/kinds/signature/kind';
// entries.ts is plain data (no kinds table), so it expands a repeated section here exactly as the site does.
import { allFields, sectionEntries } from '../../src/worksheets/entries';
import type {
  WorksheetAnswers,
  WorksheetDefinition,
  WorksheetField,
  WorksheetSection,
} from '../../src/worksheets/types';
import { watchPdfEngineRequests } from './built-site';

/**
 * What browser tests do on a worksheet page: open it once its island has hydrated, fill in what it
 * requires (by label, as a patient reads it) or answer every field (from the worksheet's
 * definition, by field id, through the control each field's input draws, so a new field or a new
 * kind is covered without editing a list), draw a signature,
 * download the PDF, offer a file to "Continue from a saved PDF", and keep scratch files in one
 * temporary folder.
 */

/** Opens a page and waits until its first island is interactive (Astro drops `ssr` on hydration). */
export async function openIsland(page: Page, url: string) {
  await page.goto(url);
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
}

/** Opens `/worksheets/<id>/` (plus any fragment) and waits until the form is interactive (Astro drops `ssr` on hydration). */
export const openWorksheet = (page: Page, id: string, fragment = '') =>
  openIsland(page, `/worksheets/${id}/${fragment}`);

const scratch = mkdtempSync(join(tmpdir(), 'kap-e2e-'));
let files = 0;

/** A fresh path named `name`, in a folder of its own in the scratch folder (so a download keeps its suggested name). */
export function scratchPath(name: string): string {
  files += 1;
  const folder = join(scratch, `${process.pid}-${files}`);
  mkdirSync(folder);
  return join(folder, name);
}

/** Writes bytes (or text) to a fresh scratch file named `name` and returns its path. */
export function scratchFile(name: string, contents: Uint8Array | string): string {
  const path = scratchPath(name);
  writeFileSync(path, contents);
  return path;
}

/** Clicks `button` ("Download PDF" by default), saves the download and returns its path (named as the site suggested). */
export async function downloadPdf(page: Page, button = 'Download PDF'): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const download = await downloading;
  const path = scratchPath(download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/**
 * Opens worksheet `id`, lets `fill` answer it (typing, drawing, checks), then downloads the PDF,
 * checking that loading the page and filling it fetched no part of the PDF engine and that
 * "Download PDF" fetched pdf-lib only (no fontkit or font: the answers must be Latin text).
 * @returns the downloaded file's path
 */
export async function downloadLoadingPdfLibOnlyThen(
  page: Page,
  id: string,
  fill: () => Promise<void>,
): Promise<string> {
  const pdfEngine = watchPdfEngineRequests(page);
  await openWorksheet(page, id);
  await page.waitForLoadState('networkidle');
  await fill();
  expect(pdfEngine()).toEqual([]);
  const path = await downloadPdf(page);
  expect([...new Set(pdfEngine().map((request) => request.split(' ')[0]))]).toEqual(['pdf-lib']);
  return path;
}

/**
 * Opens "Continue from a saved PDF" (if closed) and offers it the file at `path`.
 * @param label the file input's label in the page's language
 */
export async function offerSavedPdf(page: Page, path: string, label = 'Saved worksheet PDF') {
  const details = page.locator('details.resume');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await page.getByLabel(label).setInputFiles(path);
}

/** The page's uncaught errors from now on (`pageerror`), to assert none happened. */
export function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/** A date `days` from today on this machine (the browser's "today" too), as date inputs take it. */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Draws a stroke with the mouse on the signature pad of answer `key`. */
export async function drawSignature(page: Page, key: string) {
  const pad = page.locator(`#field-${key}`);
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 60, { steps: 8 });
  await page.mouse.move(box.x + 200, box.y + 25, { steps: 8 });
  await page.mouse.up();
}

/**
 * How many drawn signatures a downloaded PDF holds as the pad's strokes: signature fields
 * (`…Signature`) whose hidden value is strokes, drawn as paths (docs/decisions/0004-signature-format.md).
 */
export async function strokeSignaturesIn(path: string): Promise<number> {
  const fields = (await PDFDocument.load(readFileSync(path))).getForm().getFields();
  return fields.filter(
    (field) =>
      field instanceof PDFTextField &&
      field.getName().endsWith('Signature') &&
      (field.getText() ?? '').startsWith(STROKES_PREFIX),
  ).length;
}

/** The intention worksheet's answers used by {@link fillIntention}. */
export const intentionAnswers = {
  intentions: 'I want to understand why I feel stuck, and to be kinder to myself.',
  whyNow: 'Talk therapy helped, but I have reached a plateau.',
  fears: 'Losing control. Feeling sick.',
  providerName: 'Alex Rivera',
};

/** Fills in the intention worksheet (/worksheets/intention/) with {@link intentionAnswers} and two choices. */
export async function fillIntention(page: Page) {
  await page.getByLabel('What do you hope this therapy can help with?').fill(intentionAnswers.intentions);
  await page.getByLabel('Why now?').fill(intentionAnswers.whyNow);
  await page.getByLabel('What worries you about the session?').fill(intentionAnswers.fears);
  await page.getByLabel('Your therapist or provider').fill(intentionAnswers.providerName);
  await page.getByLabel('Slow breathing').check();
  await page.getByLabel('Remote, at home with a chaperone').check();
}

/** Fills in every required answer of the chaperone agreement (/worksheets/chaperone/). */
export async function fillChaperone(page: Page) {
  await page.getByLabel('Patient’s name').fill('Robin Park');
  await page.getByLabel('Chaperone’s name').fill('Sam Lee');
  await page.getByLabel('Chaperone’s phone number').fill('(201) 555-0123 ext. 4');
  await page.getByLabel('Date of the session').fill(dayFromToday(7));
  await page.getByLabel('Start time').fill('10:30');
  await page.getByLabel('Address where the session happens').fill('12 Elm Street, Flat 3\nSpringfield');
  await page.getByLabel('At home, with the care team on a video call').check();
  for (const box of await page.locator('#agreements').getByRole('checkbox').all()) await box.check();
  await page.getByLabel('Patient: full name').fill('Robin Park');
  await page.getByLabel('Patient: date signed').fill(dayFromToday(0));
  await page.getByLabel('Chaperone: full name').fill('Sam Lee');
  await page.getByLabel('Chaperone: date signed').fill(dayFromToday(0));
}

/** Entries of a repeated section that {@link fillEveryField} fills: two, so adding an entry is part of every journey. */
const ENTRIES_FILLED = 2;

/** The "Add another" button of a repeated section (src/components/forms/RepeatedEntries.tsx). */
const addEntryButton = (page: Page, section: WorksheetSection) => page.locator(`#${section.id}-add`);

/** What {@link fillEveryField} typed: every answer, and the unique text of each free-text, phone and date answer. */
export interface FilledAnswers {
  answers: WorksheetAnswers;
  /** Answer key → the text that identifies it (free text, phone digits, dates), to look for in requests. */
  markers: Map<string, string>;
}

/**
 * The kind of control a field's input draws, read from the page: how a patient answers it, and
 * so how these helpers do. Field kinds are not named here: a new kind whose input draws one of
 * these controls is answered with no edit (one that draws a new sort of control needs a case in
 * {@link controlAt}, and a typed one a value in {@link typedValues}).
 */
type ControlShape = 'typed' | 'checkbox' | 'radios' | 'checkboxes' | 'select' | 'drawing';

/** The control of answer `key` (`#field-<key>`) and, for a typed one, its input type (`textarea` for several lines). */
const controlAt = (page: Page, key: string) =>
  page.locator(`#field-${key}`).evaluate((element): { shape: ControlShape; type: string } => {
    if (element instanceof HTMLCanvasElement) return { shape: 'drawing', type: '' };
    if (element instanceof HTMLSelectElement) return { shape: 'select', type: '' };
    if (element instanceof HTMLTextAreaElement) return { shape: 'typed', type: 'textarea' };
    const input = element as HTMLInputElement;
    if (input.type === 'radio') return { shape: 'radios', type: '' };
    // A group's options sit in its fieldset; a lone checkbox (an agreement) does not.
    if (input.type === 'checkbox') return { shape: input.closest('fieldset') ? 'checkboxes' : 'checkbox', type: '' };
    return { shape: 'typed', type: input.type };
  });

/**
 * What to type into each type of input, unique per answer (`n` counts the fields), with the
 * marker to look for in requests: free text is `Mk7x<key>`, phone numbers and dates are unique
 * too, times valid.
 */
const typedValues: Record<string, (key: string, n: number) => { text: string; marker?: string }> = {
  text: (key) => ({ text: `Mk7x${key}`, marker: `Mk7x${key}` }),
  textarea: (key) => ({ text: `Mk7x${key}`, marker: `Mk7x${key}` }),
  email: (key) => ({ text: `Mk7x${key}@example.org`, marker: `Mk7x${key}` }),
  tel: (_key, n) => {
    const number = `+1201555${String(100 + n).padStart(4, '0')}`;
    return { text: number, marker: number.slice(2) };
  },
  date: (_key, n) => ({ text: dayFromToday(n), marker: dayFromToday(n) }),
  time: (_key, n) => ({
    text: `${String((3 + n) % 24).padStart(2, '0')}:${String((7 + 13 * n) % 60).padStart(2, '0')}`,
  }),
};

/** The values of the options a choice shows (`name` is its answer key), in page order. */
const shownOptions = (page: Page, key: string, shape: ControlShape) =>
  shape === 'select'
    ? page
        .locator(`#field-${key} option:not([value=""])`)
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
    : page
        .locator(`input[name="${key}"]`)
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/**
 * For each choice that questions depend on (`showWhen`), the option that shows the most of them:
 * a condition on a section counts each of its fields (a repeated one's once per entry).
 */
function valuesShowingMost(definition: WorksheetDefinition): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const count = (condition: { field: string; equals: readonly string[] }, weight: number) => {
    const byValue = counts.get(condition.field) ?? new Map<string, number>();
    for (const value of condition.equals) byValue.set(value, (byValue.get(value) ?? 0) + weight);
    counts.set(condition.field, byValue);
  };
  for (const field of allFields(definition)) if (field.showWhen) count(field.showWhen, 1);
  for (const section of definition.sections)
    if (section.showWhen) count(section.showWhen, sectionEntries(section).flatMap((entry) => entry.fields).length);
  return new Map([...counts].map(([field, byValue]) => [field, [...byValue].sort(([, a], [, b]) => b - a)[0]![0]]));
}

/**
 * Answers every field of `definition` on its page through the control its kind's input draws:
 * text typed (see {@link typedValues}), every lone checkbox ticked, the last option shown of each
 * choice picked (every option of a group; "Other", with its text, where there is one) — except
 * that a choice other questions depend on (`showWhen`) gets the value that shows the most of them
 * ({@link valuesShowingMost}), and a question it hides is left blank — and drawings drawn. A
 * repeated section gets two entries, the second
 * added with its "Add another" button, each answered in full (`<id>1`, `<id>2`).
 */
export async function fillEveryField(page: Page, definition: WorksheetDefinition): Promise<FilledAnswers> {
  const answers: WorksheetAnswers = {};
  const showing = valuesShowingMost(definition);
  const markers = new Map<string, string>();
  const typeAnswer = async (key: string, type: string, n: number, maxLength: number | undefined) => {
    const value = typedValues[type];
    if (!value)
      throw new Error(
        `No value to type into <input type="${type}"> (${key}): add one to typedValues in tests/e2e/worksheets.ts.`,
      );
    const { text, marker } = value(key, n);
    if (marker && maxLength !== undefined && marker.length > maxLength)
      throw new Error(`The marker for ${key} is longer than its ${maxLength} characters.`);
    await page.locator(`#field-${key}`).fill(text);
    answers[key] = text;
    if (marker) markers.set(key, marker);
  };
  let n = 0;
  // Whether a condition holds for what has been answered so far (conditions name earlier questions): a
  // pick is one of its values, or a group has one of them ticked.
  const holds = (condition: { field: string; equals: readonly string[] } | undefined) => {
    const answer = condition && answers[condition.field];
    return (
      !condition ||
      (Array.isArray(answer)
        ? answer.some((value) => condition.equals.includes(value))
        : condition.equals.includes(answer as string))
    );
  };
  const fieldsToFill = async function* (): AsyncGenerator<WorksheetField> {
    for (const section of definition.sections) {
      // Hidden by the value its condition's question got (another value shows more questions): left blank.
      if (!holds(section.showWhen)) continue;
      const entries = sectionEntries(section).slice(0, section.repeat ? ENTRIES_FILLED : 1);
      for (const [index, entry] of entries.entries()) {
        if (index > 0) await addEntryButton(page, section).click();
        yield* entry.fields;
      }
    }
  };
  for await (const field of fieldsToFill()) {
    n += 1;
    const key = field.id;
    if (!holds(field.showWhen)) continue;
    const { shape, type } = await controlAt(page, key);
    if (shape === 'typed') await typeAnswer(key, type, n, 'maxLength' in field ? field.maxLength : undefined);
    else if (shape === 'checkbox') {
      await page.locator(`#field-${key}`).check();
      answers[key] = true;
    } else if (shape === 'drawing') await drawSignature(page, key);
    else {
      const options = await shownOptions(page, key, shape);
      const pick = showing.get(key) ?? options.at(-1)!;
      if (shape === 'select') await page.locator(`#field-${key}`).selectOption(pick);
      else
        for (const value of shape === 'radios' ? [pick] : options)
          await page.locator(`input[name="${key}"][value="${value}"]`).check();
      answers[key] = shape === 'checkboxes' ? options : pick;
      // The "Other" text, when "Other" is picked (its box is shown then).
      const other = 'other' in field ? field.other : undefined;
      const picksOther = shape === 'checkboxes' ? options.includes(OTHER_VALUE) : pick === OTHER_VALUE;
      if (other && picksOther) await typeAnswer(otherKey(field), 'text', n, other.maxLength);
    }
  }
  return { answers, markers };
}

/**
 * The fields whose answers {@link expectAnswers} checks: every section's, and of a repeated section
 * the entries `answers` holds anything for (entry 1 at least); the entry after them must not be on
 * the page, since a form opened afresh shows the entries in use and no more.
 */
async function fieldsToCheck(
  page: Page,
  definition: WorksheetDefinition,
  answers: WorksheetAnswers,
): Promise<WorksheetField[]> {
  const fields: WorksheetField[] = [];
  for (const section of definition.sections) {
    const entries = sectionEntries(section);
    if (!section.repeat) {
      fields.push(...entries[0]!.fields);
      continue;
    }
    const held = entries.filter((entry) =>
      entry.fields.some((field) => field.id in answers || otherKey(field) in answers),
    );
    const last = Math.max(1, ...held.map((entry) => entry.n!));
    fields.push(...entries.slice(0, last).flatMap((entry) => entry.fields));
    if (last < entries.length) await expect(page.locator(`#${section.id}-entry-${last + 1}`)).toHaveCount(0);
  }
  return fields;
}

/**
 * Checks the form shows exactly `answers` (as {@link fillEveryField} returns them), entries of a
 * repeated section included; drawings are checked elsewhere.
 */
export async function expectAnswers(page: Page, definition: WorksheetDefinition, answers: WorksheetAnswers) {
  for (const field of await fieldsToCheck(page, definition, answers)) {
    const value = answers[field.id];
    const { shape } = await controlAt(page, field.id);
    if (shape === 'checkbox') await expect(page.locator(`#field-${field.id}`)).toBeChecked({ checked: value === true });
    else if (shape === 'radios' || shape === 'checkboxes') {
      const picked = Array.isArray(value) ? value : [value];
      for (const option of await shownOptions(page, field.id, shape)) {
        await expect(page.locator(`input[name="${field.id}"][value="${option}"]`)).toBeChecked({
          checked: picked.includes(option),
        });
      }
    } else if (shape !== 'drawing') await expect(page.locator(`#field-${field.id}`)).toHaveValue(String(value ?? ''));
    if ('other' in field && field.other) {
      await expect(page.locator(`#field-${otherKey(field)}`)).toHaveValue(String(answers[otherKey(field)] ?? ''));
    }
  }
}
