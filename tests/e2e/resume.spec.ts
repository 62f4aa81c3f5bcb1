import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import en from '../../src/i18n/en/ui.json' with { type: 'json' };
import { createTranslator } from '../../src/i18n/translator';
import { expectNoViolations } from './axe';
import {
  downloadPdf,
  drawSignature,
  fillChaperone,
  fillIntention,
  intentionAnswers as saved,
  offerSavedPdf,
  openWorksheet,
  scratchFile,
  strokeSignaturesIn,
} from './worksheets';

/** The English page's words (Playwright runs in plain Node: a translator made here, not strings.ts). */
const { t, tPlural } = createTranslator(en, 'en');

/**
 * Issue 14: "Continue from a saved PDF" never blanks or replaces an answer silently. When the file
 * would change answers typed here, the page first lists which, and the patient replaces theirs,
 * keeps theirs and fills in only the empty ones, or cancels; Undo then puts the form back exactly as
 * it was. An untouched form takes the file at once. The message counts the answers that came back.
 */

/** Every control of the worksheet's form, as it shows now: ticks for boxes and radios, else the value. */
const formState = (page: Page) =>
  page
    .locator('form.worksheet__form')
    .evaluate((form) =>
      [
        ...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select'),
      ].map((element) =>
        element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')
          ? `${element.id}: ${element.checked}`
          : `${element.id}: ${element.value}`,
      ),
    );

/** Whether the signature pad of `key` shows anything drawn. */
const padHasDrawing = (page: Page, key: string) =>
  page.locator(`#field-${key}`).evaluate((canvas: HTMLCanvasElement) =>
    canvas
      .getContext('2d')!
      .getImageData(0, 0, canvas.width, canvas.height)
      .data.some((value) => value > 0),
  );

const choice = {
  heading: (page: Page) => page.getByRole('heading', { name: t('form.resume.choice.heading') }),
  replace: (page: Page) => page.getByRole('button', { name: t('form.resume.choice.replace') }),
  fillEmpty: (page: Page) => page.getByRole('button', { name: t('form.resume.choice.fillEmpty') }),
  cancel: (page: Page) => page.getByRole('button', { name: t('form.resume.choice.cancel'), exact: true }),
};
const undo = (page: Page) => page.getByRole('button', { name: t('form.resume.undo'), exact: true });
const resumeStatus = (page: Page) => page.locator('.resume__status');

const intentionsField = (page: Page) => page.getByLabel('What do you hope this therapy can help with?');
const music = (page: Page) => page.getByLabel('Music', { exact: true });

/** The intention worksheet saved with {@link saved} (see `fillIntention`): six answers. */
async function savedIntention(page: Page): Promise<string> {
  await openWorksheet(page, 'intention');
  await fillIntention(page);
  return downloadPdf(page);
}

/**
 * A fresh intention worksheet where the patient has typed their own words for the hopes, picked
 * Music (the file: Slow breathing), typed the same fears as the file, and left the rest empty.
 */
async function typeOwnAnswers(page: Page) {
  await openWorksheet(page, 'intention');
  await intentionsField(page).fill('My own words, typed today.');
  await music(page).check();
  await page.getByLabel('What worries you about the session?').fill(saved.fears);
}

test('a file that would change typed answers asks first, lists them, and Cancel changes nothing', async ({ page }) => {
  const path = await savedIntention(page);
  await typeOwnAnswers(page);
  const typed = await formState(page);

  await offerSavedPdf(page, path);
  await expect(choice.heading(page)).toBeFocused();
  const panel = page.locator('.resume__choice');
  await expect(panel).toContainText(t('form.resume.choice.intro', { fileName: basename(path) }));
  // The two answers typed here that the file has otherwise; not the fears (the same), nor what was left empty.
  await expect(panel.getByRole('listitem')).toHaveText([
    '“What do you hope this therapy can help with”',
    '“Which of these might help you”',
  ]);
  await expect(panel).toContainText(t('form.resume.choice.empty'));
  await expect(choice.replace(page)).toBeVisible();
  await expect(choice.fillEmpty(page)).toBeVisible();
  expect(await formState(page)).toEqual(typed);
  await expectNoViolations(page);

  await choice.cancel(page).click();
  await expect(choice.heading(page)).toHaveCount(0);
  await expect(resumeStatus(page)).toHaveText(t('form.resume.cancelled'));
  await expect(page.getByLabel('Saved worksheet PDF')).toBeFocused();
  await expect(undo(page)).toHaveCount(0);
  expect(await formState(page)).toEqual(typed);
});

test('“Keep my answers” fills in only the empty ones, and Undo puts the form back exactly', async ({ page }) => {
  const path = await savedIntention(page);
  await typeOwnAnswers(page);
  const typed = await formState(page);

  await offerSavedPdf(page, path);
  await choice.fillEmpty(page).click();
  // Why now, the provider and how the session happens were empty; the hopes and Music are kept.
  await expect(resumeStatus(page)).toHaveText(tPlural('form.resume.filled', 3, { fileName: basename(path) }));
  await expect(intentionsField(page)).toHaveValue('My own words, typed today.');
  await expect(music(page)).toBeChecked();
  await expect(page.getByLabel('Slow breathing')).not.toBeChecked();
  await expect(page.getByLabel('Why now?')).toHaveValue(saved.whyNow);
  await expect(page.getByLabel('Your therapist or provider')).toHaveValue(saved.providerName);
  await expect(page.getByLabel('Remote, at home with a chaperone')).toBeChecked();
  await expect(undo(page)).toBeFocused();

  await undo(page).click();
  await expect(resumeStatus(page)).toHaveText(t('form.resume.undone', { fileName: basename(path) }));
  await expect(page.getByLabel('Saved worksheet PDF')).toBeFocused();
  await expect(undo(page)).toHaveCount(0);
  expect(await formState(page)).toEqual(typed);
});

test('“Replace my answers” takes the file’s, and Undo puts the form back exactly', async ({ page }) => {
  const path = await savedIntention(page);
  await typeOwnAnswers(page);
  const typed = await formState(page);

  await offerSavedPdf(page, path);
  await choice.replace(page).click();
  await expect(resumeStatus(page)).toHaveText(tPlural('form.resume.done', 6, { fileName: basename(path) }));
  await expect(intentionsField(page)).toHaveValue(saved.intentions);
  await expect(music(page)).not.toBeChecked();
  await expect(page.getByLabel('Slow breathing')).toBeChecked();
  await expect(page.getByLabel('Why now?')).toHaveValue(saved.whyNow);
  await expect(undo(page)).toBeFocused();
  await expectNoViolations(page);

  await undo(page).click();
  expect(await formState(page)).toEqual(typed);
});

test('an untouched form takes the file at once, says how many answers came back, and Undo blanks it again', async ({
  page,
}) => {
  const path = await savedIntention(page);
  await openWorksheet(page, 'intention');
  const blank = await formState(page);

  await offerSavedPdf(page, path);
  await expect(resumeStatus(page)).toHaveText(tPlural('form.resume.done', 6, { fileName: basename(path) }));
  await expect(choice.heading(page)).toHaveCount(0);
  await expect(intentionsField(page)).toHaveValue(saved.intentions);
  await expect(page.getByLabel('Slow breathing')).toBeChecked();

  await undo(page).click();
  expect(await formState(page)).toEqual(blank);
});

test('Undo takes out only what the file put in: an answer typed since stays, and is named', async ({ page }) => {
  const path = await savedIntention(page);
  await openWorksheet(page, 'intention');
  await offerSavedPdf(page, path);
  await expect(page.getByLabel('Why now?')).toHaveValue(saved.whyNow);
  // After the file went in, the patient rewrites one of its answers and types a new one.
  await page.getByLabel('Why now?').fill('Rewritten after loading.');
  await page.getByLabel('Lighting').fill('Typed after loading');

  await undo(page).click();
  await expect(resumeStatus(page)).toHaveText(
    t('form.resume.undoneKept', { fileName: basename(path), fields: '“Why now”' }),
  );
  await expect(page.getByLabel('Why now?')).toHaveValue('Rewritten after loading.');
  await expect(page.getByLabel('Lighting')).toHaveValue('Typed after loading');
  await expect(intentionsField(page)).toHaveValue('');
  await expect(page.getByLabel('Slow breathing')).not.toBeChecked();
});

test('a file that is refused changes nothing typed and offers no Undo', async ({ page }) => {
  await typeOwnAnswers(page);
  const typed = await formState(page);
  await offerSavedPdf(page, scratchFile('notes.pdf', 'Not a PDF at all.'));
  await expect(resumeStatus(page).locator('.field__error')).toHaveText(
    t('form.resume.problem.not-pdf', { title: 'intention worksheet' }),
  );
  await expect(undo(page)).toHaveCount(0);
  await expect(choice.heading(page)).toHaveCount(0);
  expect(await formState(page)).toEqual(typed);
});

for (const [reason, how] of [
  ['flattened', ['--flatten-annotations=all']],
  ['encrypted-no-password', ['--encrypt', '', 'owner', '256', '--']],
] as const) {
  test(`a copy that is ${reason} (qpdf ${how[0]}) gets its own message and changes nothing typed`, async ({ page }) => {
    const path = await savedIntention(page);
    const copy = scratchFile(`${reason}.pdf`, '');
    execFileSync('qpdf', [...how, path, copy]);
    await typeOwnAnswers(page);
    const typed = await formState(page);
    await offerSavedPdf(page, copy);
    await expect(resumeStatus(page).locator('.field__error')).toHaveText(
      t(`form.resume.problem.${reason}`, { title: 'intention worksheet' }),
    );
    await expect(undo(page)).toHaveCount(0);
    expect(await formState(page)).toEqual(typed);
  });
}

test('a kept draft holds what the form holds: the file’s answers after Replace, the typed ones after Undo', async ({
  page,
}) => {
  const path = await savedIntention(page);
  await typeOwnAnswers(page);
  await page.getByRole('checkbox', { name: 'Keep a draft on this device' }).check();
  await offerSavedPdf(page, path);
  await choice.replace(page).click();
  await expect(intentionsField(page)).toHaveValue(saved.intentions);
  // Past the draft's save delay (500 ms).
  await page.waitForTimeout(800);
  await openWorksheet(page, 'intention');
  await expect(intentionsField(page)).toHaveValue(saved.intentions);
  await expect(page.getByLabel('Slow breathing')).toBeChecked();

  // The draft came back, so the form differs from how it starts, but the same file changes nothing
  // in it: no question to ask, and nothing to undo.
  const before = await formState(page);
  await offerSavedPdf(page, path);
  await expect(resumeStatus(page)).toHaveText(tPlural('form.resume.done', 6, { fileName: basename(path) }));
  await expect(choice.heading(page)).toHaveCount(0);
  await expect(undo(page)).toHaveCount(0);
  expect(await formState(page)).toEqual(before);

  await intentionsField(page).fill('Typed after the draft came back.');
  await offerSavedPdf(page, path);
  await choice.replace(page).click();
  await undo(page).click();
  await page.waitForTimeout(800);
  await openWorksheet(page, 'intention');
  await expect(intentionsField(page)).toHaveValue('Typed after the draft came back.');
});

test('the chaperone agreement: Replace clears a drawn signature and an “Other” text the file lacks, Undo brings both back', async ({
  page,
}) => {
  await openWorksheet(page, 'chaperone');
  await fillChaperone(page);
  const path = await downloadPdf(page);

  await openWorksheet(page, 'chaperone');
  await fillChaperone(page);
  await page.getByLabel('Chaperone’s name').fill('Jo Kim');
  await page.getByLabel('Somewhere else').check();
  await page.locator('#field-chaperoneStaysOther').fill('On the sofa in the hall');
  await drawSignature(page, 'patientSignature');
  await expect.poll(() => padHasDrawing(page, 'patientSignature')).toBe(true);
  const typed = await formState(page);

  await offerSavedPdf(page, path);
  await expect(page.locator('.resume__choice').getByRole('listitem')).toHaveText([
    '“Chaperone’s name”',
    '“Where the chaperone stays”',
    '“Patient: drawn signature”',
  ]);
  await choice.replace(page).click();
  await expect(page.getByLabel('Chaperone’s name')).toHaveValue('Sam Lee');
  await expect(page.locator('#field-chaperoneStaysOther')).toHaveValue('');
  await expect.poll(() => padHasDrawing(page, 'patientSignature')).toBe(false);

  await undo(page).click();
  expect(await formState(page)).toEqual(typed);
  await expect.poll(() => padHasDrawing(page, 'patientSignature')).toBe(true);
  // The drawing is back in the answers too: the next PDF carries it.
  const again = await downloadPdf(page);
  expect(await strokeSignaturesIn(again)).toBe(1);
});
