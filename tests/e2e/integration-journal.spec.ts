import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { dayFromToday, downloadLoadingPdfLibOnlyThen, downloadPdf, offerSavedPdf, openWorksheet } from './worksheets';

/**
 * The integration journal (/worksheets/integration/) and the repeated section it is built on:
 * entries added and removed with the keyboard alone, focus and announcements; a PDF with three
 * entries resumes into three entries; a kept draft brings its entries back; an entry's required date
 * is asked for only while the entry is in use.
 */

const open = (page: Page) => openWorksheet(page, 'integration');
const entry = (page: Page, n: number) => page.getByRole('group', { name: `Entry ${n}`, exact: true });
const entryDate = (page: Page, n: number) => page.locator(`#field-entryDate${n}`);
const cameUp = (page: Page, n: number) => page.locator(`#field-cameUp${n}`);
const status = (page: Page) => page.locator('.repeat__status');

/** Three dated entries, each with what came up, the last two added with "Add another entry". */
async function fillThreeEntries(page: Page) {
  for (const n of [1, 2, 3]) {
    if (n > 1) await page.getByRole('button', { name: 'Add another entry' }).click();
    await entryDate(page, n).fill(dayFromToday(-4 + n));
    await cameUp(page, n).fill(`Day ${n}: the sea, and my grandmother’s kitchen.`);
  }
}

test('the journal can be filled in with the keyboard alone: entries added and removed, focus where the patient is', async ({
  page,
}) => {
  await open(page);
  await entryDate(page, 1).fill(dayFromToday(-1));
  await page.getByLabel('On and off').focus();
  await page.keyboard.press('Space');
  await cameUp(page, 1).focus();
  await page.keyboard.type('A long, quiet afternoon.');

  // Add: focus moves into the new entry, which is announced.
  await page.getByRole('button', { name: 'Add another entry' }).focus();
  await page.keyboard.press('Enter');
  await expect(entry(page, 2)).toBeVisible();
  await expect(entryDate(page, 2)).toBeFocused();
  await expect(status(page)).toHaveText('Entry 2 added.');

  // Remove entry 1: entry 2 (blank) moves up, focus goes to the heading of the entry now first.
  await page.getByRole('button', { name: 'Remove entry 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(entry(page, 2)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Entry 1', exact: true })).toBeFocused();
  await expect(status(page)).toHaveText('Entry 1 removed. The entries after it have moved up one.');
  await expect(cameUp(page, 1)).toHaveValue('');

  await entryDate(page, 1).fill(dayFromToday(-1));
  await cameUp(page, 1).focus();
  await page.keyboard.type('Written again.');
  await page.getByRole('button', { name: 'Download PDF' }).focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/^integration-journal-\d{4}-\d{2}-\d{2}\.pdf$/);
});

test('an entry in use needs its date, named by its entry; an entry added and left blank needs nothing', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Add another entry' }).click();
  await page.getByRole('button', { name: 'Add another entry' }).click();
  await cameUp(page, 2).fill('Only words, no date yet.');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Entry 1: Enter the date of this entry',
    'Entry 2: Enter the date of this entry',
  ]);
  await summary.getByRole('link', { name: 'Entry 2: Enter the date of this entry' }).click();
  await expect(entryDate(page, 2)).toBeFocused();
  await expect(cameUp(page, 2)).toHaveValue('Only words, no date yet.');
});

test('a PDF with three entries prints them, and one blank, and resumes into three entries', async ({ page }) => {
  const path = await downloadLoadingPdfLibOnlyThen(page, 'integration', () => fillThreeEntries(page));
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toMatch(/Entry 1 .* Entry 2 .* Entry 3 .* Entry 4 .* Your integration session/);
  expect(text).not.toContain('Entry 5');
  expect(text).toContain('When to call');

  await open(page);
  await offerSavedPdf(page, path);
  await expect(page.getByText(/are back in the form/)).toBeVisible();
  for (const n of [1, 2, 3]) {
    await expect(entryDate(page, n)).toHaveValue(dayFromToday(-4 + n));
    await expect(cameUp(page, n)).toHaveValue(`Day ${n}: the sea, and my grandmother’s kitchen.`);
  }
  await expect(entry(page, 4)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Remove entry 3' })).toBeVisible();
});

test('a kept draft brings back every entry it holds', async ({ page }) => {
  await open(page);
  await page.getByLabel('Keep a draft on this device').check();
  await fillThreeEntries(page);
  await page.getByRole('button', { name: 'Remove entry 2' }).click();
  // Saved half a second after the last change.
  await page.waitForTimeout(800);
  await open(page);
  await expect(page.getByText(/is back in the form/)).toBeVisible();
  await expect(entry(page, 2)).toBeVisible();
  await expect(entry(page, 3)).toHaveCount(0);
  await expect(cameUp(page, 2)).toHaveValue('Day 3: the sea, and my grandmother’s kitchen.');
  await page.getByLabel('Keep a draft on this device').uncheck();
});

test('holds seven entries at most, and says so', async ({ page }) => {
  await open(page);
  for (let count = 1; count < 7; count++) await page.getByRole('button', { name: 'Add another entry' }).click();
  await expect(entry(page, 7)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add another entry' })).toHaveCount(0);
  await expect(page.getByText('You have 7 entries, the most this part of the worksheet can hold.')).toBeVisible();
  await expect(downloadPdf(page)).resolves.toMatch(/integration-journal-/);
});
