import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeadersFile } from '../../scripts/headers-file.mjs';
import { builtPagePaths } from './built-site';
import { downloadPdf, drawSignature, fillChaperone, fillIntention, openIsland } from './worksheets';

/**
 * Every page and every feature under the Content Security Policy each page carries in its
 * `<meta http-equiv="content-security-policy">` (astro.config.mjs), served with the headers of
 * public/_headers: nothing may be blocked. A blocked script, style, image, fetch or worker shows up
 * as a `securitypolicyviolation` event (recorded in `window.__cspViolations` by an init script) and
 * as a console error; every test fails on either, including a page it navigated away from.
 */

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

interface PolicyWatch {
  /** Fails if the current page has recorded a violation, or any page logged a CSP error so far. */
  expectNone(): Promise<void>;
}

const test = base.extend<{ policy: PolicyWatch }>({
  policy: [
    async ({ page }, use) => {
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (/content security policy/i.test(message.text())) consoleErrors.push(message.text());
      });
      const expectNone = async () => {
        const recorded = await page.evaluate(() => window.__cspViolations ?? ['(the recorder did not run)']);
        expect({ url: page.url(), recorded, consoleErrors }).toEqual({
          url: page.url(),
          recorded: [],
          consoleErrors: [],
        });
      };
      await use({ expectNone });
      await expectNone();
    },
    { auto: true },
  ],
});

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The first search result for the blood-pressure guide in the dialog or on the search page. */
const searchResult = (within: Page | Locator) =>
  within.getByRole('link', { name: 'Blood pressure monitoring' }).first();

test.describe('every built page loads without a violation', () => {
  for (const path of builtPagePaths()) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    });
  }
});

test('the search dialog loads Pagefind, its worker and WebAssembly, and finds results', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/modules/what-is-a-preparation-session/');
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('blood pressure');
  await expect(searchResult(dialog)).toBeVisible();
  expect(workers.filter((url) => url.endsWith('/pagefind/pagefind-worker.js'))).toHaveLength(1);
});

test('the search page filters results by section', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox').fill('blood pressure');
  await expect(searchResult(page)).toBeVisible();
  await page.locator('summary', { hasText: 'Section' }).click();
  await page.getByRole('checkbox', { name: /Getting ready/ }).check();
  await expect(page.getByRole('link', { name: 'What is a preparation session?' }).first()).toBeVisible();
});

test('search still works where Pagefind cannot start a worker and compiles its WebAssembly in the page', async ({
  page,
}) => {
  // Pagefind falls back to the page's own thread; that needs 'wasm-unsafe-eval' in script-src.
  await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
  await page.goto('/search/');
  await page.getByRole('searchbox').fill('blood pressure');
  await expect(searchResult(page)).toBeVisible();
});

test('the intention worksheet makes a PDF with the Unicode font, and takes it back', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => /\.ttf$/.test(request.url()) && fonts.push(request.url()));
  await openIsland(page, '/worksheets/intention/');
  await fillIntention(page);
  const greekAndCyrillic = 'Φοβάμαι να χάσω τον έλεγχο. Боюсь потерять контроль.';
  await page.getByLabel('What worries you about the session?').fill(greekAndCyrillic);
  const path = await downloadPdf(page);
  expect(fonts).toHaveLength(1);

  await openIsland(page, '/worksheets/intention/');
  await page.getByText('Continue from a saved PDF').click();
  await page.getByLabel('Saved worksheet PDF').setInputFiles(path);
  await expect(page.getByLabel('What worries you about the session?')).toHaveValue(greekAndCyrillic);
});

test('the chaperone agreement is signed with the mouse, downloaded, and resumed with the drawing', async ({ page }) => {
  await openIsland(page, '/worksheets/chaperone/');
  await fillChaperone(page);
  await drawSignature(page, 'patientSignature');
  const path = await downloadPdf(page);

  await openIsland(page, '/worksheets/chaperone/');
  await page.getByText('Continue from a saved PDF').click();
  await page.getByLabel('Saved worksheet PDF').setInputFiles(path);
  await expect(page.getByText(/are back in the form/)).toBeVisible();
  // The saved drawing is put back on the canvas from its strokes (signature_pad's fromData).
  const pad = page.getByRole('img', { name: 'Signature drawing area' }).first();
  await expect
    .poll(() =>
      pad.evaluate((canvas: HTMLCanvasElement) =>
        canvas
          .getContext('2d')!
          .getImageData(0, 0, canvas.width, canvas.height)
          .data.some((v) => v > 0),
      ),
    )
    .toBe(true);
});

test('the link builder makes a link and its QR code, copies it, and shows the handout in print', async ({ page }) => {
  await openIsland(page, '/providers/link-builder/');
  await page.getByRole('checkbox', { name: 'Setting intentions' }).check();
  await page.getByRole('checkbox', { name: 'Your safety protocol' }).check();
  await page.getByLabel('Intention worksheet').check();
  await page.getByLabel('Your therapist or provider').fill('Dr Lee');
  await expect(page.locator('.builder__qr')).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toBeVisible();
});

test('a provider link opens the plan, the prefilled worksheet and a guide with the provider’s numbers', async ({
  page,
  policy,
}) => {
  await openIsland(page, '/plan/#v=1&r=safety-protocol&w=intention&f.providerName=Dr+Lee&o.fasting.food=6');
  await expect(page.getByText('Stop eating before dosing: 6 hours')).toBeVisible();
  await policy.expectNone();
  await page.getByRole('link', { name: 'Open the Intention worksheet' }).click();
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  await expect(page.getByLabel('Your therapist or provider (optional)')).toHaveValue('Dr Lee');
  await policy.expectNone();
  await page.goto('/modules/safety-protocol/#v=1&o.fasting.food=6');
  await expect(page.locator('.prose [data-clinic-value="fasting.food"]').first()).toHaveText('6 hours');
});

test('a section’s "copy link" control copies its address', async ({ page }) => {
  await page.goto('/modules/blood-pressure-monitoring/');
  await page.getByRole('link', { name: 'Copy link to section: What the numbers mean', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
});

test('pages are served with the headers of public/_headers', async ({ page }) => {
  const response = (await page.goto('/modules/safety-protocol/'))!;
  const [rule] = parseHeadersFile(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8'));
  expect(rule?.pattern).toBe('/*');
  const served = await response.allHeaders();
  for (const [name, value] of rule!.headers) expect(served[name.toLowerCase()], name).toBe(value);
  expect(served['content-security-policy']).toBe("frame-ancestors 'none'");
  // The full policy is the page's own meta tag.
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
    'content',
    /default-src 'none'/,
  );
});
