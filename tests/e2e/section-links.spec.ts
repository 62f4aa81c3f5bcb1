import { expect, test, type Locator, type Page } from '@playwright/test';

const MODULE = '/modules/blood-pressure-monitoring/';
const HEADING = 'What the numbers mean';
const ID = 'what-the-numbers-mean';

/** The "copy link" control of the heading named `heading`, found by its accessible name. */
const sectionLink = (page: Page, heading: string) =>
  page.getByRole('link', { name: `Copy link to section: ${heading}`, exact: true });

/**
 * Fails unless `heading` is in the viewport with nothing fixed or sticky (a header, a banner)
 * drawn over it, so a reader who follows a section link actually sees the section's title.
 */
async function expectUncovered(heading: Locator) {
  await expect(heading).toBeInViewport();
  const covered = await heading.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return [...document.querySelectorAll('body *')]
      .filter((other) => !other.contains(element) && /fixed|sticky/.test(getComputedStyle(other).position))
      .map((other) => other.getBoundingClientRect())
      .filter(
        (r) =>
          r.width > 0 &&
          r.height > 0 &&
          r.top < box.bottom &&
          r.bottom > box.top &&
          r.left < box.right &&
          r.right > box.left,
      )
      .map((r) => `${r.top},${r.left},${r.width}x${r.height}`);
  });
  expect(covered).toEqual([]);
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(0);
}

/** Presses Tab (at most 80 times) until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 80; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'Tab never reached it').toBeFocused({ timeout: 1 });
}

test.describe('with clipboard permission', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Tab reaches the first section link; Enter copies the section address and says so', async ({
    page,
    baseURL,
  }) => {
    await page.goto(MODULE);
    await tabTo(page, page.locator('.prose [data-section-link]').first());
    // Move on by keyboard to the link of a known h3 and use it.
    await tabTo(page, sectionLink(page, HEADING));
    await page.keyboard.press('Enter');

    const status = page.getByRole('status').filter({ hasText: 'Link copied' });
    await expect(status).toHaveCount(1);
    await expect(status).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${MODULE}#${ID}`);
    // The heading keeps its own text as its name; the control does not add to it, here or in the contents.
    await expect(page.getByRole('heading', { level: 3, name: HEADING, exact: true })).toHaveCount(1);
    await expect(
      page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: HEADING, exact: true }),
    ).toHaveAttribute('href', `#${ID}`);
  });

  test('using a second link moves the message there, and using it again announces it again', async ({ page }) => {
    await page.goto(MODULE);
    await sectionLink(page, HEADING).click();
    const second = sectionLink(page, 'Get ready');
    await second.click();
    const messages = page.getByRole('status').filter({ hasText: /./ });
    await expect(messages).toHaveCount(1);
    await expect(page.locator('#get-ready + .section-link').getByRole('status')).toHaveText('Link copied');

    // A live region only speaks when its text changes: it must be emptied and filled again.
    const changes = await page
      .locator('#get-ready + .section-link')
      .getByRole('status')
      .evaluate(async (status) => {
        const seen: string[] = [];
        new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
        (status.previousElementSibling as HTMLElement).click();
        await new Promise((resolve) => setTimeout(resolve, 500));
        return seen;
      });
    expect(changes).toEqual(['', 'Link copied']);
  });
});

test('a copied section address opens with the heading in view and uncovered, on a phone and a desktop', async ({
  page,
}) => {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`${MODULE}#${ID}`);
    await expectUncovered(page.getByRole('heading', { name: HEADING, exact: true }));
    await page.goto(`/privacy/#questions`);
    await expectUncovered(page.getByRole('heading', { name: 'Questions', exact: true }));
  }
});

for (const [problem, stub] of [
  [
    'refuses to write',
    () => (navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'))),
  ],
  // Browsers have no navigator.clipboard on pages served over plain http from another machine.
  ['is missing', () => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })],
] as const) {
  test(`when the clipboard ${problem}, the link goes to the section and says to copy the address bar`, async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript(stub);
    await page.goto(MODULE);
    await sectionLink(page, HEADING).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /./ })).toHaveText('Copy the link from the address bar');
    await expect(page).toHaveURL(`${baseURL}${MODULE}#${ID}`);
    await expectUncovered(page.getByRole('heading', { name: HEADING, exact: true }));
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a section link is an ordinary link to the section', async ({ page, baseURL }) => {
    await page.goto(MODULE);
    await sectionLink(page, HEADING).click();
    await expect(page).toHaveURL(`${baseURL}${MODULE}#${ID}`);
    await expect(page.getByRole('heading', { name: HEADING, exact: true })).toBeInViewport();
  });
});

test('section links are at least 24 by 24 pixels, show focus, and are not printed', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(MODULE);
  const links = page.locator('.prose [data-section-link]');
  expect(await links.count()).toBeGreaterThan(1);
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  const link = sectionLink(page, HEADING);
  await tabTo(page, link);
  const focus = await link.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(focus).toBe('rgb(255, 191, 71)'); // --focus, the site-wide yellow
  await page.emulateMedia({ media: 'print' });
  await expect(links.first()).toBeHidden();
  await expect(page.getByRole('heading', { name: HEADING, exact: true })).toBeVisible();
});
