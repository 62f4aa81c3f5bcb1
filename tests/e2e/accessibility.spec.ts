import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { builtPagePaths } from './built-site';

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
