import { expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allFields, offeredOptions, otherKey } from '../../src/worksheets/answers';
import type { WorksheetAnswers, WorksheetDefinition } from '../../src/worksheets/types';
import { watchPdfEngineRequests } from './built-site';

/**
 * What browser tests do on a worksheet page: open it once its island has hydrated, fill in what it
 * requires (by label, as a patient reads it) or answer every field (from the worksheet's
 * definition, by field id, so a new field is covered without editing a list), draw a signature,
 * download the PDF, offer a file to "Continue from a saved PDF", and keep scratch files in one
 * temporary folder.
 */

/** Opens a page and waits until its first island is interactive (Astro drops `ssr` on hydration). */
export async function openIsland(page: Page, url: string) {
  await page.goto(url);
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
}


/** Opens `/worksheets/<id>/` (plus any fragment) and waits until the form is interactive (Astro drops `ssr` on hydration). */
export const openWorksheet = (page: Page, id: string, fragment = '') => openIsland(page, `/worksheets/${id}/${fragment}`);

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
export async function downloadLoadingPdfLibOnlyThen(page: Page, id: string, fill: () => Promise<void>): Promise<string> {
  const pdfEngine = watchPdfEngineRequests(page);
  await openWorksheet(page, id);
  await page.waitForLoadState('networkidle');
  await fill();
  expect(pdfEngine()).toEqual([]);
  const path = await downloadPdf(page);
  expect([...new Set(pdfEngine().map((request) => request.split(' ')[0]))]).toEqual(['pdf-lib']);
  return path;
}

/** Opens "Continue from a saved PDF" (if closed) and offers it the file at `path`. */
export async function offerSavedPdf(page: Page, path: string) {
  const details = page.locator('details.resume');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await page.getByLabel('Saved worksheet PDF').setInputFiles(path);
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

/** What {@link fillEveryField} typed: every answer, and the unique text of each free-text, phone and date answer. */
export interface FilledAnswers {
  answers: WorksheetAnswers;
  /** Answer key → the text that identifies it (free text, phone digits, dates), to look for in requests. */
  markers: Map<string, string>;
}

/**
 * Answers every field of `definition` on its page, each in the way its kind takes: free text is
 * `Mk7x<key>` (unique on the page and in any request), phone numbers and dates are unique too,
 * times valid, every checkbox ticked, the last option offered of each choice picked ("Other",
 * with its text, where there is one) — except that a choice other questions depend on (`showWhen`)
 * gets a value that shows them, so every question is answered — and signatures drawn.
 */
export async function fillEveryField(page: Page, definition: WorksheetDefinition): Promise<FilledAnswers> {
  const answers: WorksheetAnswers = {};
  const showing = new Map(allFields(definition).flatMap((field) => (field.showWhen ? [[field.showWhen.field, field.showWhen.equals[0]!] as const] : [])));
  for (const section of definition.sections) if (section.showWhen) showing.set(section.showWhen.field, section.showWhen.equals[0]!);
  const markers = new Map<string, string>();
  let unique = 0;
  const typeText = async (key: string, text: string) => {
    await page.locator(`#field-${key}`).fill(text);
    answers[key] = text;
  };
  for (const field of allFields(definition)) {
    unique += 1;
    const key = field.id;
    switch (field.kind) {
      case 'text':
      case 'textarea':
      case 'email': {
        const marker = `Mk7x${key}`;
        if (marker.length > field.maxLength) throw new Error(`The marker for ${key} is longer than its ${field.maxLength} characters.`);
        await typeText(key, field.kind === 'email' ? `${marker}@example.org` : marker);
        markers.set(key, marker);
        break;
      }
      case 'tel': {
        const number = `+1201555${String(100 + unique).padStart(4, '0')}`;
        await typeText(key, number);
        markers.set(key, number.slice(2));
        break;
      }
      case 'date': {
        const date = dayFromToday(unique);
        await typeText(key, date);
        markers.set(key, date);
        break;
      }
      case 'time':
        await typeText(key, `${String((3 + unique) % 24).padStart(2, '0')}:${String((7 + 13 * unique) % 60).padStart(2, '0')}`);
        break;
      case 'checkbox':
        await page.locator(`#field-${key}`).check();
        answers[key] = true;
        break;
      case 'signature':
        await drawSignature(page, key);
        break;
      case 'radio':
      case 'select':
      case 'checkbox-group': {
        const options = offeredOptions(field, undefined).map((option) => option.value);
        const pick = showing.get(key) ?? options.at(-1)!;
        if (field.kind === 'select') await page.locator(`#field-${key}`).selectOption(pick);
        else for (const value of field.kind === 'radio' ? [pick] : options) await choiceInput(page, key, options, value).check();
        answers[key] = field.kind === 'checkbox-group' ? options : pick;
        if (field.other) {
          const other = otherKey(field);
          await typeText(other, `Mk7x${other}`);
          markers.set(other, `Mk7x${other}`);
        }
        break;
      }
    }
  }
  return { answers, markers };
}

/** The input of one option of a radio or checkbox group: the first carries the field's own id. */
const choiceInput = (page: Page, key: string, options: string[], value: string) =>
  page.locator(options.indexOf(value) === 0 ? `#field-${key}` : `#field-${key}-${value}`);

/** Checks the form shows exactly `answers` (as {@link fillEveryField} returns them). */
export async function expectAnswers(page: Page, definition: WorksheetDefinition, answers: WorksheetAnswers) {
  for (const field of allFields(definition)) {
    const value = answers[field.id];
    if (field.kind === 'checkbox') await expect(page.locator(`#field-${field.id}`)).toBeChecked({ checked: value === true });
    else if (field.kind === 'radio' || field.kind === 'checkbox-group') {
      const options = offeredOptions(field, value).map((option) => option.value);
      const picked = Array.isArray(value) ? value : [value];
      for (const option of options) await expect(choiceInput(page, field.id, options, option)).toBeChecked({ checked: picked.includes(option) });
    } else if (field.kind !== 'signature') await expect(page.locator(`#field-${field.id}`)).toHaveValue(String(value ?? ''));
    if ((field.kind === 'radio' || field.kind === 'checkbox-group' || field.kind === 'select') && field.other) {
      await expect(page.locator(`#field-${otherKey(field)}`)).toHaveValue(String(answers[otherKey(field)] ?? ''));
    }
  }
}
