import { expect, test, type Page } from '@playwright/test';
import { shippedClinic as clinic } from './shipped-clinic';
import { clinicValueTexts, type ClinicValueName } from '../../src/clinic/values';
import en from '../../src/i18n/en/ui.json' with { type: 'json' };
import { createTranslator } from '../../src/i18n/translator';
import { sectionEntries } from '../../src/worksheets/entries';
import type { WorksheetDefinition } from '../../src/worksheets/types';
import { shippedWorksheets } from './shipped-worksheets';
import { openWorksheet } from './worksheets';

/**
 * What a worksheet page costs while it hydrates. The first Intl formatter a page makes loads ICU's
 * locale data: 40–80 ms here, about four times that on a mid-range phone, all of it blocking the
 * page (src/i18n/numbers.ts). The build writes every number and clinic value the first render
 * shows, so loading a worksheet makes none; the count's formatter is made once the patient moves
 * into the form.
 */

/** Records every costly Intl formatter made and every locale-formatting call, with no change to what they return. */
function watchIntl(page: Page) {
  return page.addInitScript(() => {
    const made: string[] = [];
    (window as unknown as { intlMade: string[] }).intlMade = made;
    for (const name of [
      'NumberFormat',
      'DateTimeFormat',
      'ListFormat',
      'Segmenter',
      'RelativeTimeFormat',
      'Collator',
      'DisplayNames',
    ] as const) {
      const original = Intl[name] as unknown as new (...args: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
        construct(target, args) {
          made.push(`Intl.${name}`);
          return Reflect.construct(target, args);
        },
      });
    }
    for (const [owner, method] of [
      [Number.prototype, 'toLocaleString'],
      [Date.prototype, 'toLocaleString'],
      [Date.prototype, 'toLocaleDateString'],
      [Date.prototype, 'toLocaleTimeString'],
    ] as const) {
      const original = (owner as unknown as Record<string, (...args: unknown[]) => string>)[method]!;
      (owner as unknown as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
        made.push(method);
        return original.apply(this, args);
      };
    }
  });
}

const intlMade = (page: Page) => page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade);

/** The first free-text box a worksheet shows before anything is answered (of a repeated section, in entry 1), if it has one. */
const firstTextarea = (definition: WorksheetDefinition) =>
  definition.sections
    .filter((section) => !section.showWhen)
    .flatMap((section) => sectionEntries(section)[0]!.fields)
    .find((field) => field.kind === 'textarea' && !field.showWhen);

/** Clinic values (`{name}`) the worksheet's words name, written as the example clinic's build writes them. */
const clinicValuesNamed = (definition: WorksheetDefinition) => {
  const texts = clinicValueTexts(clinic, createTranslator(en, 'en'));
  return [
    ...new Set(
      [...JSON.stringify(definition.sections).matchAll(/\{([a-zA-Z.]+)\}/g)].map(
        (match) => match[1] as ClinicValueName,
      ),
    ),
  ].map((name) => texts[name]);
};

for (const definition of shippedWorksheets) {
  test(`loading the ${definition.id} worksheet makes no Intl formatter; its counts and clinic values still read right`, async ({
    page,
  }) => {
    await watchIntl(page);
    await openWorksheet(page, definition.id);
    await page.waitForLoadState('networkidle');
    expect(await intlMade(page)).toEqual([]);

    for (const text of clinicValuesNamed(definition))
      await expect(page.getByText(text, { exact: false }).first()).toBeAttached();
    const textarea = firstTextarea(definition);
    if (!textarea || textarea.kind !== 'textarea') return;
    const limit = textarea.maxLength.toLocaleString('en');
    await expect(page.getByText(`You can enter up to ${limit} characters`).first()).toBeAttached();
    await expect(page.getByText(`You have ${limit} characters remaining`).first()).toBeVisible();

    // Typing changes the count, written by a formatter made after the first focus.
    await page.locator(`#field-${textarea.id}`).fill('Twelve chars');
    await expect(
      page.getByText(`You have ${(textarea.maxLength - 12).toLocaleString('en')} characters remaining`).first(),
    ).toBeVisible();
  });
}
