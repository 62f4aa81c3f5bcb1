import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import enLinks from '../../src/i18n/en/links.json' with { type: 'json' };
import en from '../../src/i18n/en/ui.json' with { type: 'json' };
import esLinks from '../../src/i18n/es/links.json' with { type: 'json' };
import es from '../../src/i18n/es/ui.json' with { type: 'json' };
import { formattingLanguage } from '../../src/i18n/region';
import { builtPagePaths } from './built-site';
import { shippedClinic } from './shipped-clinic';
import { shippedWorksheetsIn } from './shipped-worksheets';
import { downloadPdf, expectAnswers, fillEveryField, openIsland, pageErrors } from './worksheets';

/** How the site formats Spanish for its clinic's country (`es-US` for the example clinic). */
const SPANISH_FORMAT = formattingLanguage('es', shippedClinic.clinic.country);

/**
 * The whole journey in Spanish — read, search, fill, download, resume, follow a provider's link —
 * with no English on the way: every Spanish page is checked for the English UI strings, and each
 * step is taken on the Spanish pages with the Spanish words.
 */

/**
 * English a Spanish page must never show: each English UI string whose Spanish differs, cut at its
 * `{placeholders}` into the literal runs, keeping runs of three words or more (short ones, such as
 * "PDF" or a name, are the same in both languages).
 */
const englishRuns = (english: Record<string, string>, spanish: Record<string, string>) =>
  Object.entries(english)
    .filter(([key, text]) => spanish[key as keyof typeof spanish] !== text)
    .flatMap(([, text]) => text.split(/\{\w+(?:\.\w+)*\}/))
    .map((run) => run.trim())
    .filter((run) => run.split(/\s+/).length >= 3);
const ENGLISH = [...new Set([...englishRuns(en, es), ...englishRuns(enLinks, esLinks)])];

const spanishPages = builtPagePaths().filter((path) => path.startsWith('/es/'));

test('the Spanish site has every page type, and no Spanish page shows an English UI string', async ({ page }) => {
  test.setTimeout(120_000);
  expect(ENGLISH.length).toBeGreaterThan(100);
  expect(spanishPages).toEqual(
    expect.arrayContaining([
      '/es/',
      '/es/plan/',
      '/es/search/',
      '/es/privacy/',
      '/es/providers/link-builder/',
      '/es/worksheets/intention/',
    ]),
  );
  for (const path of spanishPages) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    // After hydration, so the islands' own words count too.
    await page.waitForLoadState('networkidle');
    // Not counted: sources, which keep the names their publishers gave them, and anything marked as
    // English (a guide not translated yet, which says so).
    const text = await page.evaluate(() => {
      for (const element of document.querySelectorAll('.sources ol, [lang="en"]')) element.remove();
      return document.body.innerText;
    });
    expect(
      ENGLISH.filter((run) => text.includes(run)),
      path,
    ).toEqual([]);
  }
});

test('a Spanish reader goes from the home page to a guide and on to the next, all in Spanish', async ({ page }) => {
  await page.goto('/es/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(es['home.title']);
  const first = page.locator('#modules').getByRole('link').first();
  const title = await first.textContent();
  await first.click();
  await expect(page).toHaveURL(/\/es\/modules\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect(page.getByRole('heading', { name: es['module.sources'] })).toBeVisible();
  const next = page
    .getByRole('navigation', { name: es['module.pagination'] })
    .getByRole('link', { name: new RegExp(es['module.next']) });
  await next.click();
  await expect(page).toHaveURL(/\/es\/modules\//);
});

test('the language switch keeps the page and its section, both ways', async ({ page }) => {
  await page.goto('/modules/blood-pressure-monitoring/');
  const section = await page.locator('.prose h2').nth(1).getAttribute('id');
  await page.goto(`/modules/blood-pressure-monitoring/#${section}`);
  await page.getByRole('navigation', { name: en['language.label'] }).getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(`/es/modules/blood-pressure-monitoring/#${section}`);
  await expect(page.locator(`[id="${section}"]`)).toBeInViewport();
  await page.getByRole('navigation', { name: es['language.label'] }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/modules/blood-pressure-monitoring/#${section}`);
});

test('search in Spanish finds Spanish guides, and only Spanish ones', async ({ page }) => {
  await page.goto('/es/search/');
  // Plural and accented: Pagefind stems Spanish on the Spanish pages.
  await page.getByRole('searchbox').fill('acompañantes');
  const results = page.locator('pagefind-results a');
  await expect(results.first()).toHaveAttribute('href', /^\/es\/modules\//);
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(1);
  expect(hrefs.filter((href) => !href?.startsWith('/es/'))).toEqual([]);

  // And English search never shows a Spanish page.
  await page.goto('/search/');
  await page.getByRole('searchbox').fill('blood pressure');
  await expect(page.locator('pagefind-results a').first()).toHaveAttribute('href', /^\/modules\//);
  const english = await page
    .locator('pagefind-results a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(english.filter((href) => href?.startsWith('/es/'))).toEqual([]);
});

for (const definition of shippedWorksheetsIn('es')) {
  test(`the ${definition.id} worksheet in Spanish: Spanish errors, a Spanish PDF that resumes into the English form`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const errors = pageErrors(page);
    await openIsland(page, `/es/worksheets/${definition.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(definition.title);

    // A first answer far over its limit: the message is Spanish, and what was typed stays.
    const long = definition.sections
      .filter((section) => !section.repeat && !section.showWhen)
      .flatMap((section) => section.fields)
      .find((field) => field.kind === 'text' && !field.showWhen && !('defaultFrom' in field && field.defaultFrom));
    if (long && 'maxLength' in long && long.maxLength) {
      const typed = 'x'.repeat(long.maxLength + 5);
      await page.locator(`#field-${long.id}`).fill(typed);
      await page.locator(`#field-${long.id}`).blur();
      await page.getByRole('button', { name: es['form.download'], exact: true }).click();
      await expect(page.getByRole('heading', { name: es['form.errorSummaryTitle'] })).toBeVisible();
      await expect(page.locator(`#field-${long.id}`)).toHaveValue(typed);
    }

    const { answers } = await fillEveryField(page, definition);
    const path = await downloadPdf(page, es['form.download']);
    const pdf = await PDFDocument.load(readFileSync(path));
    // Spanish, formatted as the clinic's country writes it (src/i18n/region.ts).
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe(SPANISH_FORMAT);
    expect(pdf.getTitle()).toBe(definition.title);

    // The Spanish PDF, offered to the English form, brings every answer back.
    const english = shippedWorksheetsIn('en').find((candidate) => candidate.id === definition.id)!;
    await openIsland(page, `/worksheets/${definition.id}/`);
    const details = page.locator('details.resume');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await page.getByLabel(en['form.resume.label']).setInputFiles(path);
    await expect(page.getByText(/are back in the form/)).toBeVisible();
    await expectAnswers(page, english, answers);
    expect(errors).toEqual([]);
  });
}

test('50,000 characters pasted into a Spanish 2,000-character answer: a Spanish length error, nothing lost', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await openIsland(page, '/es/worksheets/intention/');
  const pasted = 'Quiero volver a sentirme en casa en mi propia vida. '.repeat(1_000).slice(0, 50_000);
  const field = page.locator('#field-intentions');
  await field.focus();
  await page.keyboard.insertText(pasted);
  await expect(field).toHaveValue(pasted);

  await page.getByRole('button', { name: es['form.download'], exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  // The message is the Spanish one, its limit written as Spanish writes numbers in the clinic's
  // country ("2,000" in the US, "2.000" in Spain).
  const [, after] = es['check.tooLong'].split('{label}');
  const limit = new Intl.NumberFormat(SPANISH_FORMAT, { useGrouping: 'always' }).format(2000).replace(/[.]/g, '\\.');
  await expect(summary.getByRole('link')).toHaveText([new RegExp(`${after!.replace('{max}', limit)}$`)]);
  await expect(field).toHaveValue(pasted);
  expect(errors).toEqual([]);
});
