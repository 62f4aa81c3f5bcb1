import type { Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Steps shared by the browser tests that use the worksheets: opening one, filling in what it
 * requires, drawing a signature and downloading the PDF.
 */

/** Opens a page and waits until its first island is interactive (Astro drops `ssr` on hydration). */
export async function openIsland(page: Page, url: string) {
  await page.goto(url);
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
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
  await page.getByLabel('What are your intentions for this kind of therapy?').fill(intentionAnswers.intentions);
  await page.getByLabel('Why now?').fill(intentionAnswers.whyNow);
  await page.getByLabel('What fears do you have going into this experience?').fill(intentionAnswers.fears);
  await page.getByLabel('Your therapist or provider').fill(intentionAnswers.providerName);
  await page.getByLabel('Slow breathing').check();
  await page.getByLabel('Remote, at home with a chaperone').check();
}

/** A date `days` from today on this machine, as the date input wants it. */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Fills in every required answer of the chaperone agreement (/worksheets/chaperone/). */
export async function fillChaperone(page: Page) {
  await page.getByLabel('Patient’s name').fill('Robin Park');
  await page.getByLabel('Chaperone’s name').fill('Sam Lee');
  await page.getByLabel('Chaperone’s phone number').fill('(201) 555-0123 ext. 4');
  await page.getByLabel('Date of the session').fill(dayFromToday(7));
  await page.getByLabel('Start time').fill('10:30');
  await page.getByLabel('Address where the session happens').fill('12 Elm Street, Flat 3\nSpringfield');
  for (const box of await page.locator('#agreements').getByRole('checkbox').all()) await box.check();
  await page.getByLabel('Patient: full name').fill('Robin Park');
  await page.getByLabel('Patient: date signed').fill(dayFromToday(0));
  await page.getByLabel('Chaperone: full name').fill('Sam Lee');
  await page.getByLabel('Chaperone: date signed').fill(dayFromToday(0));
}

/** Draws a short stroke with the mouse on the patient's or the chaperone's signature pad. */
export async function drawSignature(page: Page, who: 'patient' | 'chaperone') {
  const pad = page.getByRole('img', { name: 'Signature drawing area' }).nth(who === 'patient' ? 0 : 1);
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 60, { steps: 8 });
  await page.mouse.move(box.x + 200, box.y + 25, { steps: 8 });
  await page.mouse.up();
}

/**
 * Clicks `button` (by default "Download PDF") and saves the file in the temp folder.
 * @returns where it was saved and the name the page suggested
 */
export async function downloadPdf(page: Page, button = 'Download PDF') {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  const path = join(tmpdir(), `kap-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  await download.saveAs(path);
  return { path, name: download.suggestedFilename() };
}
