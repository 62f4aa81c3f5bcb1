import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import en from '../../src/i18n/en/ui.json' with { type: 'json' };
import es from '../../src/i18n/es/ui.json' with { type: 'json' };
import { builtPagePaths } from './built-site';

const MODULE = '/modules/blood-pressure-monitoring/';

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto(MODULE);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every page has banner, navigation, main and contentinfo landmarks', async ({ page }) => {
  for (const path of builtPagePaths()) {
    await page.goto(path);
    for (const role of ['banner', 'main', 'contentinfo'] as const) {
      await expect(page.getByRole(role), `${path} ${role}`).toHaveCount(1);
    }
    // The main navigation, named in the page's language; every page but the not-found one also has the language switch.
    const words = path.startsWith('/es/') ? es : en;
    await expect(page.getByRole('navigation', { name: words['nav.label'], exact: true }), path).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: words['language.label'], exact: true }), path).toHaveCount(
      path === '/404.html' ? 0 : 1,
    );
  }
});

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto(MODULE);
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle, shadow: s.boxShadow, background: s.backgroundColor };
    });
    const visible = style.outline !== 'none' || style.shadow !== 'none';
    expect(visible, JSON.stringify(style)).toBe(true);
  }
});

test('navigation and page-level controls are at least 24 by 24 pixels (WCAG 2.5.8)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', MODULE]) {
    await page.goto(path);
    const targets = page.locator('.site-nav a, .site-header__name, .pagination a, .button, .skip-link:focus');
    for (const target of await targets.all()) {
      const box = (await target.boundingBox())!;
      expect(box.height, `${path} ${await target.textContent()}`).toBeGreaterThanOrEqual(24);
      expect(box.width, `${path} ${await target.textContent()}`).toBeGreaterThanOrEqual(24);
    }
  }
});

test('no page scrolls sideways on a 320 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of builtPagePaths()) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('modules print without navigation, with link addresses written out', async ({ page }) => {
  await page.goto(MODULE);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.toc', '.pagination']) {
    await expect(page.locator(selector), selector).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const sourceLink = page.locator('.sources a[href^="https"]').first();
  const after = await sourceLink.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(await sourceLink.getAttribute('href'));
});

test('the dark colour scheme changes the page colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
});

test('the not-found page is served for unknown addresses', async ({ page }) => {
  const response = await page.goto('/modules/no-such-module/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('checklist items can be ticked with the keyboard and nothing is kept after a reload', async ({ page }) => {
  await page.goto('/modules/set-and-setting/');
  const checklist = page.getByRole('group', { name: 'Setting checklist' });
  const first = checklist.getByRole('checkbox').first();
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.reload();
  await expect(checklist.getByRole('checkbox').first()).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
});

test('the guide for chaperones prints on two pages or fewer, on letter and A4', async ({ page }) => {
  await page.goto('/modules/guide-for-chaperones/');
  for (const format of ['Letter', 'A4'] as const) {
    // Half-inch margins: about what browsers use when printing with their default settings.
    const margin = { top: '0.5in', right: '0.5in', bottom: '0.5in', left: '0.5in' };
    const pdf = await page.pdf({ format, margin, printBackground: false });
    const path = join(tmpdir(), `guide-${format}-${Date.now()}.pdf`);
    writeFileSync(path, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
    expect(pages, format).toBeLessThanOrEqual(2);
  }
});
