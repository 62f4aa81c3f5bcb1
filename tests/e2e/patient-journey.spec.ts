import { expect, test, type Page, type Request } from '@playwright/test';
import { builtModulePaths } from './built-site';

/** Records every request the page makes, to check where data goes and when search loads. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

const searchRequests = (requests: Request[]) => requests.filter((request) => request.url().includes('/pagefind/'));

test('a patient goes from the home page to a module and on to the next one', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare for ketamine-assisted psychotherapy');

  const modules = page.locator('#modules');
  const firstModule = modules.getByRole('link').first();
  const firstTitle = await firstModule.textContent();
  await firstModule.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle!);
  await expect(page.getByText('This is education, not medical advice')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();

  const next = page.getByRole('navigation', { name: 'More guides' }).getByRole('link', { name: /Next/ });
  const nextTitle = await next.locator('.pagination__title').textContent();
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle!);
});

test('a reader can go through the whole curriculum in order with the Next links', async ({ page }) => {
  await page.goto('/');
  const inOrder = await page
    .locator('#modules a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  await page.locator('#modules a').first().click();
  const visited = [new URL(page.url()).pathname];
  const next = page.getByRole('navigation', { name: 'More guides' }).getByRole('link', { name: /Next/ });
  while ((await next.count()) > 0 && visited.length <= inOrder.length) {
    await next.click();
    await page.waitForURL((url) => url.pathname !== visited.at(-1));
    visited.push(new URL(page.url()).pathname);
  }
  expect(visited).toEqual(inOrder);
});

test('the table of contents links to headings on the page', async ({ page }) => {
  await page.goto('/modules/blood-pressure-monitoring/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const link = toc.getByRole('link').nth(1);
  const target = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test('search finds the blood-pressure guide from a module page, loading search only when used', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/modules/what-is-a-preparation-session/');
  await page.waitForLoadState('networkidle');
  expect(searchRequests(requests), 'search files are fetched before anyone searches').toEqual([]);

  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('blood pressure');
  const result = dialog.getByRole('link', { name: 'Blood pressure monitoring' }).first();
  await expect(result).toBeVisible();
  expect(searchRequests(requests).length).toBeGreaterThan(0);

  await result.click();
  await expect(page).toHaveURL(/\/modules\/blood-pressure-monitoring\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blood pressure monitoring');
});

test('the search dialog works from the keyboard and gives focus back when closed', async ({ page }) => {
  await page.goto('/modules/blood-pressure-monitoring/');
  const launcher = page.getByRole('banner').getByRole('link', { name: 'Search' });
  await launcher.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('blood pressure');
  await expect(dialog.getByRole('link', { name: 'Blood pressure monitoring' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(launcher).toBeFocused();
});

test('search results can be narrowed by section and audience', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox').fill('blood pressure');
  await expect(page.getByRole('link', { name: 'Blood pressure monitoring' }).first()).toBeVisible();

  await page.locator('summary', { hasText: 'Section' }).click();
  await page.getByRole('checkbox', { name: /Getting ready/ }).check();
  await expect(page.getByRole('link', { name: 'Blood pressure monitoring' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'What is a preparation session?' }).first()).toBeVisible();

  await page.getByRole('checkbox', { name: /Getting ready/ }).uncheck();
  await page.locator('summary', { hasText: 'Audience' }).click();
  await page.getByRole('checkbox', { name: /Chaperones/ }).check();
  await expect(page.getByRole('link', { name: 'Blood pressure monitoring' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'What is a preparation session?' })).toHaveCount(0);
});

test('the search page works on its own, with the search link focusing its input', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await expect(page.getByRole('searchbox')).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('no page asks any other origin for anything', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  for (const path of ['/', '/modules/blood-pressure-monitoring/', '/privacy/', '/search/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.getByRole('searchbox').fill('blood pressure');
  await expect(page.getByRole('link', { name: 'Blood pressure monitoring' }).first()).toBeVisible();
  const origin = new URL(baseURL!).origin;
  const elsewhere = requests
    .map((request) => request.url())
    .filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
  expect(elsewhere).toEqual([]);
});

test('every module is listed on the home page and found by searching for its title', async ({ page }) => {
  // Eleven searches in a row: about 13 s alone, more than the default 30 s on a busy 2-core machine.
  test.setTimeout(90_000);
  const paths = builtModulePaths();
  await page.goto('/');
  const listed = await page
    .locator('#modules a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect([...listed].sort()).toEqual(paths);

  const titles: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    titles.push((await page.getByRole('heading', { level: 1 }).textContent())!);
  }
  await page.goto('/search/');
  const input = page.getByRole('searchbox');
  for (const [index, title] of titles.entries()) {
    await input.fill(title);
    const first = page.locator('pagefind-results a').first();
    await expect(first, title).toHaveAttribute('href', paths[index]!);
  }
});
