import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';

/**
 * A plan as a provider would make it: two guides, the chaperone agreement, care-team answers and two
 * clinic numbers — written out as the builder writes it (tests/unit/links/ checks writer and reader
 * agree; Playwright's loader cannot import the site's JSON strings, so the link is spelled out here).
 */
const fragment = [
  'v=1',
  'r=safety-protocol,remote-sessions-and-your-chaperone',
  'w=chaperone',
  'f.providerName=Dr+Ada+Lee',
  'f.providerPhone=%2B1+201+555+0142',
  'f.modality=remote',
  'f.sessionDate=2027-01-15',
  'o.fasting.food=6',
  'o.lookIn.interval=20',
].join('&');

/** Opens a page and waits for its island (if any) to hydrate. */
async function open(page: Page, url: string) {
  await page.goto(url);
  if ((await page.locator('astro-island').count()) > 0) {
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  }
}

/** Every request the page makes, so a test can check none leaves the site. */
function recordRequests(page: Page): URL[] {
  const requests: URL[] = [];
  page.on('request', (request) => requests.push(new URL(request.url())));
  return requests;
}

test('a plan link opens the plan, then the prefilled worksheet and the guides with the provider’s numbers', async ({
  page,
  baseURL,
}) => {
  const requests = recordRequests(page);
  await open(page, `/plan/#${fragment}`);

  const guides = page.getByRole('region', { name: 'Guides to read' });
  await expect(guides.getByRole('listitem')).toHaveCount(2);
  await expect(guides.getByRole('link')).toHaveText(['Your safety protocol', 'Remote sessions and your chaperone']);
  await expect(page.getByText('Stop eating before dosing: 6 hours')).toBeVisible();
  await expect(page.getByText('Your provider already filled in:')).toContainText('Provider’s name');

  await page.getByRole('link', { name: 'Open the Chaperone agreement' }).click();
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  await expect(page).toHaveURL(/\/worksheets\/chaperone\/#v=1&/);
  await expect(page.getByLabel('Provider’s name (optional)')).toHaveValue('Dr Ada Lee');
  await expect(page.getByLabel('Provider’s phone number (optional)')).toHaveValue('+1 201 555 0142');
  await expect(page.getByLabel('Date of the session')).toHaveValue('2027-01-15');
  await expect(page.getByRole('radio', { name: 'At home, with the care team on a video call' })).toBeChecked();
  // Prefilled answers are ordinary answers: the patient can change them.
  await page.getByLabel('Provider’s name (optional)').fill('Dr Ada Lee-Moss');
  await expect(page.getByLabel('Provider’s name (optional)')).toHaveValue('Dr Ada Lee-Moss');
  const notice = page.getByRole('region', { name: 'From your provider’s link' });
  await expect(notice).toContainText('These answers came from the link your provider sent: Date of the session');
  await expect(notice).toContainText('Chaperone looks in every: 20 minutes');
  // The agreement text itself uses the provider's look-in time.
  await expect(page.getByText('I will look in about every 20 minutes')).toBeVisible();
  // The patient's own details are never filled from a link.
  await expect(page.getByLabel('Patient’s name')).toHaveValue('');

  await notice.getByRole('link', { name: 'Back to your preparation plan' }).click();
  await page.getByRole('link', { name: 'Your safety protocol' }).click();
  await expect(page).toHaveURL(/\/modules\/safety-protocol\/#v=1&/);
  const food = page.locator('.prose [data-clinic-value="fasting.food"]').first();
  await expect(food).toHaveText('6 hours');
  await expect(food.locator('xpath=following-sibling::*[1]')).toHaveText('(set by your provider)');
  await expect(page.getByRole('region', { name: 'From your provider’s link' })).toContainText(
    'Stop eating before dosing: 6 hours',
  );
  // Numbers the link did not set stay the clinic's, unmarked.
  await expect(page.locator('.prose [data-clinic-value="fasting.clearLiquids"]').first()).not.toHaveClass(/from-link/);

  // The plan travels on: the next guide keeps the provider's numbers.
  const next = page.locator('a[rel="next"]');
  await expect(next).toHaveAttribute('href', /#v=1&/);

  // Nothing left the site: every request went to the same origin, and none carried the fragment.
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((url) => url.origin !== origin)).toEqual([]);
  expect(requests.filter((url) => url.href.includes('Ada') || url.search !== '')).toEqual([]);
});

test('a link cannot fill in the patient’s own answers, and says what it left out', async ({ page }) => {
  await open(
    page,
    '/worksheets/intention/#v=1&f.yourName=Jo+Patient&f.intentions=nothing&f.providerName=Dr+Lee&f.dosingDate=2027-02-30',
  );
  await expect(page.getByLabel('Your name (optional)')).toHaveValue('');
  await expect(page.getByLabel('What do you hope this therapy can help with?')).toHaveValue('');
  await expect(page.getByLabel('Your therapist or provider (optional)')).toHaveValue('Dr Lee');
  const notice = page.getByRole('region', { name: 'From your provider’s link' });
  await expect(notice).toContainText('Your link tried to fill in “Your name”.');
  await expect(notice).toContainText('“Planned date of your first dosing session” in your link is not a real date');
  await expectNoViolations(page);
});

test('markup in a link is shown as text, never run or inserted', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const payload = '<img src=x onerror=alert(1)>';
  await open(
    page,
    `/worksheets/intention/#v=1&f.providerName=${encodeURIComponent(payload)}&r=${encodeURIComponent('<script>alert(2)</script>')}`,
  );
  await expect(page.getByLabel('Your therapist or provider (optional)')).toHaveValue(payload);
  await open(
    page,
    `/plan/#v=1&r=safety-protocol,${encodeURIComponent('"><img src=x onerror=alert(3)>')}&w=intention&f.practice=${encodeURIComponent(payload)}`,
  );
  await expect(page.getByText('1 module in your link is not on this site')).toBeVisible();
  await open(
    page,
    `/modules/safety-protocol/#v=1&o.clinic.phone=${encodeURIComponent('<b>555</b>')}&o.fasting.food=${encodeURIComponent('<i>6</i>')}`,
  );
  await expect(page.getByText('The care team’s phone number in your link is not a phone number')).toBeVisible();
  expect(await page.locator('img[src="x"], main b:text("555")').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('ticks stay in memory unless the patient chooses to keep them, and erase removes every trace', async ({
  page,
}) => {
  const storage = () =>
    page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie }));
  await open(page, `/plan/#${fragment}`);
  await page.getByRole('checkbox', { name: 'I have read this guide: Your safety protocol' }).check();
  await expect(page.getByText('1 of 2 read')).toBeVisible();
  expect(await storage()).toEqual({ local: {}, session: {}, cookies: '' });

  await page.reload();
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  await expect(page.getByText('0 of 2 read')).toBeVisible();

  await page.getByRole('checkbox', { name: 'I have read this guide: Your safety protocol' }).check();
  await page.getByRole('checkbox', { name: 'Keep my ticks on this device' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Your ticks are kept on this device' })).toBeVisible();
  await page.reload();
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  await expect(page.getByRole('checkbox', { name: 'I have read this guide: Your safety protocol' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Keep my ticks on this device' })).toBeChecked();
  await expectNoViolations(page);

  await page.getByRole('button', { name: 'Erase my progress from this device' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your progress was erased from this device.' }),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'I have read this guide: Your safety protocol' })).not.toBeChecked();
  expect(await storage()).toEqual({ local: {}, session: {}, cookies: '' });
});

test('a plain section link loads no provider-link code', async ({ page }) => {
  const requests = recordRequests(page);
  await open(page, '/modules/safety-protocol/#before-your-session');
  await open(page, '/worksheets/intention/#about');
  expect(requests.map((url) => url.pathname).filter((path) => /apply-to-page|worksheet-link/.test(path))).toEqual([]);
});

test('the plan page, with a plan and with problems, has no WCAG 2.2 AA violations', async ({ page }) => {
  await open(page, `/plan/#${fragment}&r=safety-protocol,not-a-guide`);
  await expect(page.getByRole('region', { name: 'Guides to read' })).toBeVisible();
  await expectNoViolations(page);
  await open(page, `/modules/safety-protocol/#${fragment}&o.lookIn.interval=99`);
  await expect(page.getByRole('region', { name: 'From your provider’s link' })).toBeVisible();
  await expectNoViolations(page);
});

test('a provider builds a plan, and the patient lands on it with the worksheet prefilled', async ({ page }) => {
  await open(page, '/providers/link-builder/');
  await page.getByRole('checkbox', { name: 'Your safety protocol' }).check();
  await page.getByRole('checkbox', { name: 'Setting intentions' }).check();
  await page
    .getByRole('button', { name: /Move up/ })
    .last()
    .click();
  await page.getByLabel('Intention worksheet').check();
  await page.getByLabel('Your therapist or provider').fill('Dr Ada Lee');
  await page.getByLabel('Stop eating, hours before dosing').fill('6');
  const link = await page.getByRole('textbox', { name: 'Plan link' }).inputValue();
  expect(new URL(link).pathname).toBe('/plan/');

  const requests = recordRequests(page);
  await open(page, link);
  await expect(page.getByRole('region', { name: 'Guides to read' }).getByRole('link')).toHaveText([
    'Setting intentions',
    'Your safety protocol',
  ]);
  await expect(page.getByText('Stop eating before dosing: 6 hours')).toBeVisible();
  await page.getByRole('link', { name: 'Open the Intention worksheet' }).click();
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  await expect(page.getByLabel('Your therapist or provider (optional)')).toHaveValue('Dr Ada Lee');
  // What the provider typed travelled only in the fragment: no request carried it.
  expect(requests.filter((url) => url.href.includes('Ada'))).toEqual([]);
});

test('a link to the Spanish plan keeps the patient on Spanish pages, with the provider’s numbers in Spanish', async ({
  page,
}) => {
  await open(page, `/es/plan/#${fragment}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // The same fragment as the English plan's: only the pages' language differs.
  const guides = page.locator('.plan__list').getByRole('link');
  await expect(guides).toHaveCount(2);
  for (const href of await guides.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^\/es\/modules\/[^/]+\/#v=1&/);
  }
  await expect(page.locator('.link-notice')).toContainText('6 horas');

  await page.locator('a[href^="/es/worksheets/chaperone/"]').click();
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  await expect(page).toHaveURL(/\/es\/worksheets\/chaperone\/#v=1&/);
  const notice = page.locator('.link-notice');
  await expect(notice).toContainText('20 minutos');
  await expect(notice.getByRole('link')).toHaveAttribute('href', /^\/es\/plan\/#v=1&/);

  await notice.getByRole('link').click();
  await page.locator('.plan__list a[href^="/es/modules/safety-protocol/"]').click();
  await expect(page).toHaveURL(/\/es\/modules\/safety-protocol\/#v=1&/);
  await expect(page.locator('.prose [data-clinic-value="fasting.food"]').first()).toHaveText('6 horas');
  await expect(page.locator('[data-link-notice] a')).toHaveAttribute('href', /^\/es\/plan\/#v=1&/);
});
