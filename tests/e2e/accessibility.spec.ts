import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPagePaths } from './built-site';

/** The WCAG 2.2 AA rule set the kit promises (axe tags). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`every built page in the ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of builtPagePaths()) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        await expectNoViolations(page);
      });
    }
  });
}

test('the open search dialog with results and filters has no violations', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('blood pressure');
  await expect(dialog.getByRole('link', { name: 'Blood pressure monitoring' }).first()).toBeVisible();
  await expectNoViolations(page);
});

test('the search page with a filter ticked has no violations', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox').fill('blood pressure');
  await expect(page.getByRole('link', { name: 'Blood pressure monitoring' }).first()).toBeVisible();
  await page.locator('summary', { hasText: 'Section' }).click();
  await page.getByRole('checkbox', { name: /Safety/ }).check();
  await expectNoViolations(page);
});
