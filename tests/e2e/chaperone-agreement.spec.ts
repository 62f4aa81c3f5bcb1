import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { expectNoViolations } from './axe';
import {
  dayFromToday,
  downloadLoadingPdfLibOnlyThen,
  downloadPdf as download,
  drawSignature,
  fillChaperone,
  offerSavedPdf,
  openWorksheet,
  strokeSignaturesIn,
} from './worksheets';

const open = (page: Page) => openWorksheet(page, 'chaperone');

const imagesIn = (path: string) =>
  execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2).length;

test('an empty agreement names every missing answer and agreement', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  for (const message of [
    'Enter the patient’s name',
    'Select how the session will happen',
    'Confirm that you are 18 or older',
    'Confirm that you will be sober',
    'Confirm that you will take the safety steps',
    'Confirm that what you see and hear stays private',
  ]) {
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
  }
  await expectNoViolations(page);
});

test('the care team’s numbers start with the clinic’s, and can be changed', async ({ page }) => {
  await open(page);
  await expect(page.getByLabel('Clinic’s medical or after-hours line (optional)', { exact: true })).not.toHaveValue('');
  await expect(page.getByLabel('Emergency number (optional)', { exact: true })).not.toHaveValue('');
  await expect(page.getByText(/look in about every \d+ minutes/)).toBeVisible();
});

test('phone numbers and dates get specific messages, and nothing typed is lost', async ({ page }) => {
  await open(page);
  await fillChaperone(page);
  await page.getByLabel('Chaperone’s phone number').fill('call me');
  await page.getByLabel('Date of the session').fill(dayFromToday(-1));
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'Enter chaperone’s phone number as a phone number you can dial, with the area code',
    'The date of the session must be today or in the future',
  ]);
  await expect(page.getByLabel('Address where the session happens')).toHaveValue('12 Elm Street, Flat 3\nSpringfield');

  await page.getByLabel('Chaperone’s phone number').fill('+1 201-555-0123');
  await page.getByLabel('Date of the session').fill(dayFromToday(400));
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'The date of the session must be within a year from today',
  ]);
});

test('a signed agreement downloads with the drawn signature and a chaperone card, and pdf-lib loads only then', async ({
  page,
}) => {
  const path = await downloadLoadingPdfLibOnlyThen(page, 'chaperone', async () => {
    await fillChaperone(page);
    await drawSignature(page, 'patientSignature');
    await expectNoViolations(page);
  });
  expect(basename(path)).toMatch(/^chaperone-agreement-\d{4}-\d{2}-\d{2}\.pdf$/);
  execFileSync('qpdf', ['--check', path]);
  // Drawn as vector paths from the pad's strokes, not an image.
  expect(await strokeSignaturesIn(path)).toBe(1);
  expect(imagesIn(path)).toBe(0);

  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
  const card = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), path, '-'], { encoding: 'utf8' });
  expect(card).toContain('Chaperone card');
  expect(card).toContain('Recovery position');
  expect(card).toContain('Look-in log');
  const all = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const text of ['Robin Park', 'Sam Lee', '12 Elm Street, Flat 3']) expect(all).toContain(text);
});

test('a signature that is drawn and then undone or cleared is not in the PDF', async ({ page }) => {
  await open(page);
  await fillChaperone(page);
  await drawSignature(page, 'patientSignature');
  await page.getByRole('button', { name: 'Undo last stroke' }).first().click();
  await drawSignature(page, 'chaperoneSignature');
  await page.getByRole('button', { name: 'Clear drawing' }).nth(1).click();
  const path = await download(page);
  expect(await strokeSignaturesIn(path)).toBe(0);
});

test('a saved agreement comes back into the form, drawn signature included', async ({ page }) => {
  await open(page);
  await fillChaperone(page);
  await drawSignature(page, 'chaperoneSignature');
  const path = await download(page);
  await open(page);
  await offerSavedPdf(page, path);
  await expect(page.getByText(/are back in the form/)).toBeVisible();
  await expect(page.getByLabel('Chaperone’s name')).toHaveValue('Sam Lee');
  await expect(page.getByRole('checkbox', { name: 'I am 18 or older.' })).toBeChecked();
  const again = await download(page);
  expect(await strokeSignaturesIn(again)).toBe(1);
});

test('the agreement can be completed and downloaded with the keyboard alone, without drawing', async ({ page }) => {
  await open(page);
  await page.getByLabel('Patient’s name').focus();
  await page.keyboard.type('Robin Park');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sam Lee');
  await page.keyboard.press('Tab'); // relationship (optional)
  await page.keyboard.press('Tab');
  await page.keyboard.type('+1 201 555 0123');
  await page.getByLabel('Date of the session').focus();
  // Date and time pickers take keys in the browser's locale order; the value is what matters here.
  await page.getByLabel('Date of the session').fill(dayFromToday(3));
  await page.getByLabel('Start time').focus();
  await page.getByLabel('Start time').fill('09:00');
  await page.getByLabel('Address where the session happens').focus();
  await page.keyboard.type('12 Elm Street');
  await page.getByLabel('At home, self-led').focus();
  await page.keyboard.press('Space');
  for (const box of await page.locator('#agreements').getByRole('checkbox').all()) {
    await box.focus();
    await page.keyboard.press('Space');
  }
  for (const [label, text] of [
    ['Patient: full name', 'Robin Park'],
    ['Chaperone: full name', 'Sam Lee'],
  ] as const) {
    await page.getByLabel(label).focus();
    await page.keyboard.type(text);
  }
  await page.getByLabel('Patient: date signed').fill(dayFromToday(0));
  await page.getByLabel('Chaperone: date signed').fill(dayFromToday(0));
  await page.getByRole('button', { name: 'Download PDF' }).focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/^chaperone-agreement-/);
});

test('the card shows the care team’s numbers as answered, and a fillable look-in log', async ({ page }) => {
  await open(page);
  const clinicLine = await page
    .getByLabel('Clinic’s medical or after-hours line (optional)', { exact: true })
    .inputValue();
  await fillChaperone(page);
  const path = await download(page);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
  const card = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), path, '-'], { encoding: 'utf8' });
  expect(card).toContain(clinicLine);
  // The log's rows are fillable fields (row count per clinic setting is unit-tested in card.test.ts).
  const fields = execFileSync('qpdf', ['--json', '--json-key=acroform', path], { encoding: 'utf8' });
  const timeCells = new Set([...fields.matchAll(/"fullname": "log(\d+)Time"/g)].map((match) => match[1]));
  expect(timeCells.size).toBeGreaterThan(1);
});

test('a session at the clinic is not offered; the video-call question shows only for a video call and keeps its answer when hidden', async ({
  page,
}) => {
  await open(page);
  await expect(page.getByLabel('In person, at the clinic')).toHaveCount(0);
  const callDrops = page.getByLabel('What will you do if the video call drops?');
  await expect(callDrops).toBeHidden();
  await page.getByLabel('At home, with the care team on a video call').check();
  await expect(callDrops).toBeVisible();
  await callDrops.fill('Call the clinic line, then join the call again.');
  await page.getByLabel('At home, self-led').check();
  await expect(callDrops).toBeHidden();

  // Hidden, it is not printed, and resume brings it back all the same.
  await fillChaperone(page);
  await page.getByLabel('At home, self-led').check();
  const path = await download(page);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).not.toContain('Call the clinic line, then join');
  await open(page);
  await offerSavedPdf(page, path);
  await expect(page.getByText(/are back in the form/)).toBeVisible();
  await expect(page.getByText(/left out/)).toHaveCount(0);
  await page.getByLabel('At home, with the care team on a video call').check();
  await expect(callDrops).toHaveValue('Call the clinic line, then join the call again.');
  await expectNoViolations(page);
});
