import { expect, test, type Page } from '@playwright/test';
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
    for (const name of ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'Segmenter', 'RelativeTimeFormat', 'Collator', 'DisplayNames'] as const) {
      const original = Intl[name] as unknown as new (...args: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
        construct(target, args) {
          made.push(`Intl.${name}`);
          return Reflect.construct(target, args);
        },
      });
    }
    for (const [owner, method] of [[Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleTimeString']] as const) {
      const original = (owner as unknown as Record<string, (...args: unknown[]) => string>)[method]!;
      (owner as unknown as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
        made.push(method);
        return original.apply(this, args);
      };
    }
  });
}

const intlMade = (page: Page) => page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade);

for (const id of ['intention', 'chaperone']) {
  test(`loading the ${id} worksheet makes no Intl formatter; its counts and clinic values still read right`, async ({ page }) => {
    await watchIntl(page);
    await openWorksheet(page, id);
    await page.waitForLoadState('networkidle');
    expect(await intlMade(page)).toEqual([]);

    await expect(page.getByText('You can enter up to 2,000 characters').first()).toBeAttached();
    await expect(page.getByText('You have 2,000 characters remaining').first()).toBeVisible();
    if (id === 'chaperone') await expect(page.getByText(/look in about every \d+ minutes/)).toBeVisible();

    // Typing changes the count, written by a formatter made after the first focus.
    const answer = page.locator('textarea').first();
    await answer.fill('Twelve chars');
    await expect(page.getByText('You have 1,988 characters remaining').first()).toBeVisible();
  });
}
