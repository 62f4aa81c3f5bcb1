import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { writeProviderLink } from '../../src/links/write-link';
import { longestOverrides } from '../fixtures/longest-overrides';
import { moduleFiles } from '../unit/content/modules-on-disk';
import { shippedWorksheets } from './shipped-worksheets';
import { expectNoViolations } from './axe';

const PAGE = '/providers/link-builder/';

// zxing-wasm fetches its .wasm from a CDN by default; there is no network here, so hand it the
// copy in node_modules.
const require = createRequire(import.meta.url);
prepareZXingModule({
  overrides: {
    wasmBinary: new Uint8Array(readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'))).buffer,
  },
});

/** Every published module in reading order, as the builder lists them (and "Choose all" chooses them). */
const ALL_MODULES = moduleFiles()
  .filter((module) => module.frontmatter['draft'] !== true)
  .sort((a, b) => Number(a.frontmatter['order']) - Number(b.frontmatter['order']))
  .map((module) => module.slug);

/** Opens the builder and waits until the island is interactive (Astro drops `ssr` on hydration). */
async function open(page: Page) {
  await page.goto(PAGE);
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
}

/** Presses Tab until `target` has focus, as a keyboard user would (fails after 80 presses). */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 80; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The text of every QR code found in a screenshot of `element`. */
async function decodeQr(element: Locator): Promise<string[]> {
  const png = await element.screenshot();
  return decodePng(png);
}

async function decodePng(png: Buffer): Promise<string[]> {
  const results = await readBarcodes(new Uint8Array(png), { formats: ['QRCode'], tryHarder: true });
  return results.filter((result) => result.isValid).map((result) => result.text);
}

const planUrl = (page: Page, fragment: string) => `${new URL(page.url()).origin}/plan/#${fragment}`;

const linkField = (page: Page) => page.getByRole('textbox', { name: 'Plan link' });
const screenQr = (page: Page) => page.locator('.builder__qr');

/** Names at their length limit, for the "full plan" figures. */
const longName = 'Dr Maria Anna Example '.repeat(6).slice(0, 120).trim();
const longPractice = 'Riverside Wellness Clinic '.repeat(5).slice(0, 120).trim();

/** A blood-pressure level as a provider types it: `150/95`. */
const reading = ({ systolic, diastolic }: { systolic: number; diastolic: number }) => `${systolic}/${diastolic}`;

/** Fills in a full plan: every module, the intention worksheet, every prefill and every override. */
async function fillFullPlan(page: Page) {
  await page.getByRole('button', { name: 'Choose all, in the recommended order' }).click();
  await page.getByLabel('Intention worksheet').check();
  await page.getByLabel('Planned date of your first dosing session').fill('2027-12-31');
  await page.getByLabel('Your therapist or provider').fill(longName);
  await page.getByLabel('Their practice or clinic').fill(longPractice);
  await page
    .getByLabel('How will your dosing session happen?')
    .selectOption({ label: 'Remote, at home with a chaperone' });
  await page.getByLabel('Care team’s phone number').fill(longestOverrides['clinic.phone']!);
  await page.getByLabel('Stop eating, hours before dosing').fill('12.25');
  await page.getByLabel('Stop clear liquids, hours before dosing').fill('10.75');
  // The labels take their comparison from the blood-pressure model: "above" only for not starting.
  await page
    .getByLabel('Before the dose, do not start above (mm Hg)')
    .fill(reading(longestOverrides['bloodPressure.doNotStartAbove']!));
  await page
    .getByLabel('During or after the session, call the care team at or above (mm Hg)')
    .fill(reading(longestOverrides['bloodPressure.callCareTeamAt']!));
  await page
    .getByLabel('Seek emergency care at or above (mm Hg)')
    .fill(reading(longestOverrides['bloodPressure.seekEmergencyCareAt']!));
  await page.getByLabel('Chaperone looks in every (minutes)').fill('45');
  return planUrl(
    page,
    writeProviderLink({
      readingList: ALL_MODULES,
      worksheet: 'intention',
      prefill: { dosingDate: '2027-12-31', providerName: longName, practice: longPractice, modality: 'remote' },
      overrides: longestOverrides,
    }),
  );
}

test.describe('with the clipboard allowed', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a provider builds a plan with the keyboard alone; the link, the copy and the QR code all carry it', async ({
    page,
  }) => {
    await open(page);

    // Three modules, ticked in reading order.
    for (const title of ['Why preparation matters', 'Setting intentions', 'Your safety protocol']) {
      await tabTo(page, page.getByRole('checkbox', { name: title }));
      await page.keyboard.press('Space');
    }
    const order = page.getByRole('list', { name: 'Order your patient will read them' });
    await expect(order.getByRole('listitem')).toHaveText([
      /Why preparation matters/,
      /Setting intentions/,
      /Your safety protocol/,
    ]);
    await expect(page.getByText('Total reading time: about 21 minutes')).toBeVisible();

    // Move the safety protocol up one place: focus stays on its button and the move is announced.
    const moveUp = page.getByRole('button', { name: 'Move up Your safety protocol' });
    await tabTo(page, moveUp);
    await page.keyboard.press('Enter');
    await expect(order.getByRole('listitem')).toHaveText([
      /Why preparation matters/,
      /Your safety protocol/,
      /Setting intentions/,
    ]);
    await expect(moveUp).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Moved' })).toHaveText(
      'Moved Your safety protocol to position 2 of 3',
    );

    // The intention worksheet: Tab into the radio group, arrows to choose.
    // The worksheets come after "None" in the registry's order.
    await tabTo(page, page.getByRole('radio', { name: 'None' }));
    for (let step = 0; step <= shippedWorksheets.findIndex((definition) => definition.id === 'intention'); step++)
      await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Intention worksheet' })).toBeChecked();

    // Care-team answers: only the worksheet's prefillable fields are offered.
    const prefill = page.getByRole('group', { name: 'Answers to fill in for your patient' });
    await expect(prefill.locator('label')).toHaveText([
      'Planned date of your first dosing session',
      'Your therapist or provider',
      'Their practice or clinic',
      'How will your dosing session happen?',
    ]);
    await expect(prefill.locator('input, select, textarea')).toHaveCount(4);
    await tabTo(page, page.getByLabel('Planned date of your first dosing session'));
    await page.keyboard.type('01152027');
    await tabTo(page, page.getByLabel('Your therapist or provider'));
    await page.keyboard.type('Dr Ada Lee');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Riverside Clinic');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('How will your dosing session happen?')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('How will your dosing session happen?')).toHaveValue('remote');

    // Two clinic numbers for this patient.
    await tabTo(page, page.getByLabel('Stop eating, hours before dosing'));
    await page.keyboard.type('6');
    await tabTo(page, page.getByLabel('Chaperone looks in every (minutes)'));
    await page.keyboard.type('20');
    await page.keyboard.press('Tab');

    const expected = planUrl(
      page,
      writeProviderLink({
        readingList: ['why-preparation-matters', 'safety-protocol', 'setting-intentions'],
        worksheet: 'intention',
        prefill: {
          dosingDate: '2027-01-15',
          providerName: 'Dr Ada Lee',
          practice: 'Riverside Clinic',
          modality: 'remote',
        },
        overrides: { 'fasting.food': 6, 'lookIn.interval': 20 },
      }),
    );
    await expect(linkField(page)).toHaveValue(expected);
    await expect(page.getByText(`${expected.length} characters`)).toBeVisible();
    console.info(`plan link from the keyboard test: ${expected.length} characters`);

    await tabTo(page, page.getByRole('button', { name: 'Copy link' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

    await expect.poll(() => decodeQr(screenQr(page))).toEqual([expected]);
    const openPlan = page.getByRole('link', { name: /Open plan/ });
    await expect(openPlan).toHaveAttribute('href', expected);
    await expect(openPlan).toHaveAttribute('target', '_blank');
  });
});

test('copying falls back to selecting the link when the browser refuses', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await open(page);
  await page.getByRole('checkbox', { name: 'Setting intentions' }).check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'press Ctrl+C' })).toContainText('(or ⌘C on a Mac)');
  await expect(linkField(page)).toBeFocused();
  const selected = await page.evaluate(() => {
    const field = document.activeElement as HTMLTextAreaElement;
    return field.value.slice(field.selectionStart, field.selectionEnd);
  });
  expect(selected).toBe(planUrl(page, 'v=1&r=setting-intentions'));
});

test('an invalid value is shown inline once the field is left, and is left out of the link', async ({ page }) => {
  await open(page);
  await page.getByRole('checkbox', { name: 'Setting intentions' }).check();
  const fasting = page.getByLabel('Stop eating, hours before dosing');
  await fasting.fill('30');
  const message =
    'The hours to stop eating in your link must be a number from 0 to 24, so the clinic’s hours are shown.';
  // Not while typing…
  await expect(page.getByText(message)).toHaveCount(0);
  await expect(fasting).not.toHaveAttribute('aria-invalid');
  // …but as soon as the field is left.
  await page.keyboard.press('Tab');
  await expect(page.getByText(message)).toBeVisible();
  await expect(fasting).toHaveAttribute('aria-invalid', 'true');
  await expect(fasting).toHaveAccessibleDescription(
    /Leave empty to use the clinic’s: 4 hours.*must be a number from 0 to 24/,
  );
  await expect(fasting).toHaveValue('30');
  await expect(linkField(page)).toHaveValue(planUrl(page, 'v=1&r=setting-intentions'));
  await expect(page.getByText('Not in the link until corrected: Stop eating, hours before dosing.')).toBeVisible();

  // Putting it right clears the error at once and puts the value in the link.
  await fasting.fill('6');
  await expect(page.getByText(message)).toHaveCount(0);
  await expect(linkField(page)).toHaveValue(planUrl(page, 'v=1&r=setting-intentions&o.fasting.food=6'));
});

test('removing a module keeps focus in the list and says what happened', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Choose all, in the recommended order' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'guides chosen' })).toHaveText(
    `All ${ALL_MODULES.length} guides chosen, in the recommended order`,
  );
  await page.getByRole('button', { name: 'Remove Music and sound' }).click();
  await expect(page.getByRole('button', { name: 'Remove Your safety protocol' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toHaveText(
    'Removed Music and sound from the reading list',
  );
  await expect(page.getByRole('checkbox', { name: 'Music and sound' })).not.toBeChecked();
  // At the top, Move up stays where it is and keeps focus.
  const top = page.getByRole('button', { name: 'Move up What is a preparation session?' });
  await expect(top).toHaveAttribute('aria-disabled', 'true');
  await top.focus();
  await page.keyboard.press('Enter');
  await expect(top).toBeFocused();
  await expect(
    page.getByRole('list', { name: 'Order your patient will read them' }).getByRole('listitem').first(),
  ).toContainText('What is a preparation session?');
});

test('a link over 2,000 characters is flagged next to the link', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Choose all, in the recommended order' }).click();
  await page.getByLabel('Intention worksheet').check();
  // Names in a script escaped to 9 characters a letter, near the 120-letter limit.
  await page.getByLabel('Your therapist or provider').fill('王'.repeat(120));
  await expect(page.getByText('This link is over 2,000 characters.')).toHaveCount(0);
  await page.getByLabel('Their practice or clinic').fill('診'.repeat(70));
  await expect(page.getByText('This link is over 2,000 characters.')).toBeVisible();
  await expect(linkField(page)).toHaveAccessibleDescription(/^2,\d{3} characters This link is over 2,000 characters/);
  // Still a QR code: percent-escapes are upper-case hex, which QR codes pack densely.
  await expect(screenQr(page)).toHaveAttribute('data-qr-version', /^\d+$/);
});

test('a plan for a patient who reads Spanish links to the Spanish plan, with its handout in Spanish', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('checkbox', { name: 'Setting intentions' }).check();
  // Each language is named in its own words.
  await page.getByRole('radio', { name: 'Español' }).check();
  const expected = `${new URL(page.url()).origin}/es/plan/#v=1&r=setting-intentions`;
  await expect(linkField(page)).toHaveValue(expected);
  await expect.poll(() => decodeQr(screenQr(page))).toEqual([expected]);
  const handout = page.locator('.handout');
  await expect(handout).toHaveAttribute('lang', 'es');
  await expect(handout).toContainText(expected);
  // The builder itself stays in the page's language.
  await expect(page.getByRole('heading', { name: 'Link to send' })).toBeVisible();

  await page.getByRole('radio', { name: 'English' }).check();
  await expect(linkField(page)).toHaveValue(planUrl(page, 'v=1&r=setting-intentions'));
  await expect(handout).toHaveAttribute('lang', 'en');
  await expect(handout).toContainText('Read these guides in this order:');
});

test('the built page holds no plan link until it runs, and loads the QR encoder only when needed', async ({ page }) => {
  const html = await (await page.request.get(PAGE)).text();
  expect(html).not.toMatch(/href="[^"]*\/plan\//);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await open(page);
  await expect(screenQr(page)).toBeVisible();
  expect(scripts.filter((url) => /qr-code/.test(url))).toHaveLength(1);
});

test.describe('a full plan', () => {
  // Twice the pixels, so a screenshot of the on-screen code has several pixels a module.
  test.use({ deviceScaleFactor: 2 });

  test('makes a link and QR code that carry it all, and a handout that prints on one page', async ({ page }) => {
    await open(page);
    const expected = await fillFullPlan(page);
    await expect(linkField(page)).toHaveValue(expected);
    await expect.poll(() => decodeQr(screenQr(page))).toEqual([expected]);
    const version = await screenQr(page).getAttribute('data-qr-version');
    console.info(`full plan link: ${expected.length} characters, QR version ${version}`);
    expect(expected.length).toBeLessThan(2000);
    await expect(page.getByText('over 2,000 characters')).toHaveCount(0);

    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.handout');
    await expect(handout).toBeVisible();
    for (const hidden of [
      'h1',
      '.builder__step >> nth=0',
      '.handout-preview__actions',
      '.site-header',
      '.site-footer',
    ]) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    await expect(handout.getByRole('img', { name: 'QR code for the plan link' })).toBeVisible();
    await expect(handout.getByRole('listitem')).toHaveCount(ALL_MODULES.length);
    await expect(handout).toContainText(expected);
    await expect(handout).toContainText('Then fill in the worksheet: Intention worksheet.');

    for (const format of ['Letter', 'A4'] as const) {
      const margin = { top: '0.5in', right: '0.5in', bottom: '0.5in', left: '0.5in' };
      const path = join(tmpdir(), `handout-${format}-${Date.now()}.pdf`);
      writeFileSync(path, await page.pdf({ format, margin, printBackground: false }));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
      expect(pages, format).toBe(1);
      // The printed page itself: the link written out in full, the reading list, and a code that scans.
      const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      expect(text.replace(/\s+/g, ''), format).toContain(expected);
      expect(text, format).toContain('What to expect on dosing day');
      execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', path, path.replace(/\.pdf$/, '')]);
      expect(await decodePng(readFileSync(path.replace(/\.pdf$/, '.png'))), format).toEqual([expected]);
    }
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the filled builder has no WCAG 2.2 AA violations in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      await fillFullPlan(page);
      // One error showing, too: its colours and its ties to the input are checked as well.
      await page.getByLabel('Chaperone looks in every (minutes)').fill('90');
      await page.keyboard.press('Tab');
      await expect(page.locator('.field__error')).toHaveCount(1);
      await expect(screenQr(page)).toBeVisible();
      await expectNoViolations(page);
    });
  }

  test('the handout has no violations when printed', async ({ page }) => {
    await open(page);
    await fillFullPlan(page);
    await expect(screenQr(page)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expectNoViolations(page);
  });
});
