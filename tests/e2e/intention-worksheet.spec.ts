import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expectNoViolations } from './axe';
import {
  downloadLoadingPdfLibOnlyThen,
  downloadPdf,
  fillIntention as fillAnswers,
  intentionAnswers as answers,
  offerSavedPdf,
  openWorksheet,
  scratchFile,
} from './worksheets';

const PAGE = '/worksheets/intention/';

const open = (page: Page) => openWorksheet(page, 'intention');

test('nothing is required: “I don’t know yet” is a fine answer, and an empty worksheet downloads', async ({ page }) => {
  await open(page);
  const field = page.getByLabel('What do you hope this therapy can help with? (optional)');
  await expect(field).toHaveAccessibleDescription(/It is fine to write “I don’t know yet”/);
  const path = await downloadPdf(page);
  expect(basename(path)).toMatch(/^intention-worksheet-/);
});

test('an answer over its limit shows a focused error summary and downloads nothing', async ({ page }) => {
  await open(page);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  const field = page.getByLabel('What do you hope this therapy can help with?');
  await field.fill('x'.repeat(2001));
  await page.getByRole('button', { name: 'Download PDF' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  const message = 'What do you hope this therapy can help with must be 2,000 characters or fewer';
  const link = summary.getByRole('link', { name: message });
  await expect(link).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);

  // Same words inline, joined to the field by aria-describedby.
  await expect(field).toHaveAccessibleDescription(new RegExp(message));
  await link.click();
  await expect(field).toBeFocused();
  expect(downloaded).toBe(false);
  await expectNoViolations(page);
});

test('a failed submit keeps everything typed', async ({ page }) => {
  await open(page);
  await page.getByLabel('What do you hope this therapy can help with?').fill('x'.repeat(2001));
  await page.getByLabel('Why now?').fill(answers.whyNow);
  await page.getByLabel('Music', { exact: true }).check();
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Why now?')).toHaveValue(answers.whyNow);
  await expect(page.getByLabel('Music', { exact: true })).toBeChecked();
});

test('the character count never blocks typing and the limit is explained on submit', async ({ page }) => {
  await open(page);
  const field = page.getByLabel('What do you hope this therapy can help with?');
  await field.fill('x'.repeat(1990));
  await expect(page.getByText('You have 10 characters remaining')).toBeVisible();
  await field.fill('x'.repeat(2003));
  await expect(field).toHaveValue('x'.repeat(2003));
  await expect(page.getByText('You have 3 characters too many')).toBeVisible();
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'What do you hope this therapy can help with must be 2,000 characters or fewer',
  ]);
});

test('validation loads on the first focus in the form; if it cannot load, Download says so, keeps every answer and tries again', async ({
  page,
}) => {
  const validation: string[] = [];
  page.on('request', (request) => {
    if (/\/answers-resolver\.[\w-]+\.js$/.test(request.url())) validation.push(request.url());
  });
  await page.route(/\/answers-resolver\.[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
  await open(page);
  await page.waitForLoadState('networkidle');
  expect(validation).toEqual([]);

  await page.getByLabel('Why now?').fill(answers.whyNow);
  await expect.poll(() => validation.length).toBe(1);
  // Over the limit, so the second try has something to say.
  await page.getByLabel('What do you hope this therapy can help with?').fill('x'.repeat(2001));
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The PDF could not be made on this device' })).toBeVisible();
  await expect(page.getByLabel('Why now?')).toHaveValue(answers.whyNow);

  await page.unroute(/\/answers-resolver\.[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  await expect(page.getByLabel('Why now?')).toHaveValue(answers.whyNow);
});

test('"Other" reveals a box that must be filled in', async ({ page }) => {
  await open(page);
  await page.getByLabel('What do you hope this therapy can help with?').fill(answers.intentions);
  await expect(page.getByLabel('What else might help')).toBeHidden();
  await page
    .getByRole('group', { name: 'Which of these might help you? (optional)' })
    .getByLabel('Something else')
    .check();
  await expect(page.getByLabel('What else might help')).toBeVisible();
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText(['Enter what else might help you']);
});

test('a filled worksheet downloads a fillable PDF holding every answer, and pdf-lib loads only then', async ({
  page,
}) => {
  const path = await downloadLoadingPdfLibOnlyThen(page, 'intention', async () => {
    await fillAnswers(page);
    await expectNoViolations(page);
  });
  expect(basename(path)).toMatch(/^intention-worksheet-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: 'is ready' })).toBeVisible();

  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const answer of Object.values(answers)) expect(text).toContain(answer);
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Form:\s+AcroForm/);
  execFileSync('qpdf', ['--check', path]);
});

test('characters the PDF cannot draw are named before the download, and kept in the file', async ({ page }) => {
  await open(page);
  const fear = 'Losing control 失控 and 🙂';
  await page.getByLabel('What do you hope this therapy can help with?').fill(answers.intentions);
  await page.getByLabel('What worries you about the session?').fill(fear);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'cannot be shown in the printed PDF' });
  await expect(notice).toContainText('失 控 🙂');
  expect(downloaded).toBe(false);

  const path = await downloadPdf(page, 'Download PDF anyway');
  await open(page);
  await offerSavedPdf(page, path);
  await expect(page.getByLabel('What worries you about the session?')).toHaveValue(fear);
});

test('a saved PDF brings the answers back into the form', async ({ page }) => {
  await open(page);
  await fillAnswers(page);
  const path = await downloadPdf(page);

  await open(page);
  await offerSavedPdf(page, path);
  await expect(page.getByText(/are back in the form/)).toBeVisible();
  await expect(page.getByLabel('What do you hope this therapy can help with?')).toHaveValue(answers.intentions);
  await expect(page.getByLabel('Your therapist or provider')).toHaveValue(answers.providerName);
  await expect(page.getByLabel('Slow breathing')).toBeChecked();
  await expect(page.getByLabel('Remote, at home with a chaperone')).toBeChecked();
});

test('pressing the button before the form is ready sends nothing anywhere', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  // Block the island's scripts so the form stays as the server sent it.
  await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
  await page.goto(PAGE);
  await page.getByLabel('Why now?').fill('a private answer');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await page.waitForTimeout(300);
  expect(page.url()).not.toContain('private');
  expect(urls.filter((url) => url.includes('private'))).toEqual([]);
});

test('a file that is not a worksheet PDF is refused and changes nothing typed', async ({ page }) => {
  await open(page);
  await page.getByLabel('Why now?').fill(answers.whyNow);
  const fake = scratchFile('not-a-pdf.pdf', 'This is a text file with a .pdf name.');
  await offerSavedPdf(page, fake);
  await expect(page.getByText('The selected file is not a PDF.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Why now?')).toHaveValue(answers.whyNow);
  expect(readFileSync(fake, 'utf8')).toContain('text file');
});

test('the worksheet can be completed and downloaded with the keyboard alone', async ({ page }) => {
  await open(page);
  await page.getByLabel('What do you hope this therapy can help with?').fill('x'.repeat(2001));
  await page.getByRole('button', { name: 'Download PDF' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('What do you hope this therapy can help with?')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(answers.intentions);
  await page.getByRole('button', { name: 'Download PDF' }).focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/^intention-worksheet-/);
});
