import { expect, test, type Page } from '@playwright/test';
import { intentionWorksheet } from '../../src/worksheets/intention/definition';
import { expectNoViolations } from './axe';

/**
 * Drafts (issue 7): answers stay only in the page unless the patient ticks "Keep a draft on this
 * device"; a kept draft comes back on the next visit, fitted to the worksheet as it is now, before a
 * provider's link fills what it left empty; "Erase my answers from this device" clears every kind
 * of storage a page can use.
 */

const INTENTION = '/worksheets/intention/';
const KEY = 'kap-prep-kit:draft:intention';

const intentions = 'I want to understand why I feel stuck.';
const fears = 'Losing control.';

// Dates in messages are shown in the device's time zone: fix it so the words are known.
test.use({ timezoneId: 'UTC' });

/** Opens a page and waits until its form is interactive (Astro drops `ssr` on hydration). */
async function open(page: Page, url = INTENTION) {
  await page.goto(url);
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
}

async function reload(page: Page) {
  await page.reload();
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
}

/** Everything this origin keeps in the five places a page can keep data. */
const deviceStorage = (page: Page) =>
  page.evaluate(async () => ({
    local: { ...localStorage },
    session: { ...sessionStorage },
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    caches: await caches.keys(),
    cookies: document.cookie,
  }));

const nothingKept = { local: {}, session: {}, indexedDB: [], caches: [], cookies: '' };

/** Plants `draft` under the intention worksheet's key before any of the page's scripts run. */
async function plantDraft(page: Page, draft: unknown) {
  await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
    key: KEY,
    value: JSON.stringify(draft),
  });
}

const keepBox = (page: Page) => page.getByRole('checkbox', { name: 'Keep a draft on this device' });
const intentionsField = (page: Page) => page.getByLabel('What do you hope this therapy can help with?');
const fearsField = (page: Page) => page.getByLabel('What worries you about the session?');
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

test('without the box ticked, answers are kept nowhere and a reload brings nothing back', async ({ page }) => {
  await open(page);
  await expect(keepBox(page)).not.toBeChecked();
  await expect(keepBox(page)).toHaveAccessibleDescription(/Only do this on your own phone or computer/);
  await intentionsField(page).fill(intentions);
  await page.getByLabel('Slow breathing').check();
  // Longer than the save delay: nothing would be waiting to be written.
  await page.waitForTimeout(800);
  expect(await deviceStorage(page)).toEqual(nothingKept);

  await reload(page);
  await expect(intentionsField(page)).toHaveValue('');
  await expect(page.getByLabel('Slow breathing')).not.toBeChecked();
  await expect(page.getByText(/is back in the form/)).toHaveCount(0);
  expect(await deviceStorage(page)).toEqual(nothingKept);
});

test('with the box ticked, answers are saved as they change and come back with the date', async ({ page }) => {
  await open(page);
  await keepBox(page).check();
  await expect(status(page, 'Your draft is kept on this device as you type, until you erase it.')).toBeVisible();
  await intentionsField(page).fill(intentions);
  await page.getByLabel('Slow breathing').check();
  // Saved a moment after typing stops, under the kit's key, with the worksheet's version.
  await expect
    .poll(
      async () =>
        JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}').answers?.intentions,
    )
    .toBe(intentions);
  const kept = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!);
  // Only what differs from how the form started.
  expect(kept).toEqual({
    version: intentionWorksheet.version,
    savedAt: expect.any(String),
    answers: { intentions, groundingOptions: ['slow-breathing'] },
  });
  expect(new Date(kept.savedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  const storage = await deviceStorage(page);
  expect({ ...storage, local: Object.keys(storage.local) }).toEqual({ ...nothingKept, local: [KEY] });

  // Typed just before leaving: saved as the page goes (pagehide), not lost to the delay.
  await fearsField(page).fill(fears);
  await reload(page);
  await expect(intentionsField(page)).toHaveValue(intentions);
  await expect(fearsField(page)).toHaveValue(fears);
  await expect(page.getByLabel('Slow breathing')).toBeChecked();
  await expect(keepBox(page)).toBeChecked();
  await expect(status(page, /^Your draft from \w+ \d+, \d{4}.* is back in the form\.$/)).toBeVisible();
  await expectNoViolations(page);
});

test('erasing clears every kind of storage, unticks the box and leaves the answers on the page', async ({ page }) => {
  await open(page);
  await keepBox(page).check();
  await intentionsField(page).fill(intentions);
  // Things the kit never writes today, and plan ticks: erasing must clear them all the same.
  await page.evaluate(async () => {
    localStorage.setItem('kap-prep-kit:plan-progress:safety-protocol', '{"read":["safety-protocol"]}');
    sessionStorage.setItem('kap-prep-kit:anything', 'x');
    await new Promise((done) => {
      const request = indexedDB.open('kap-prep-kit:answers');
      request.onsuccess = () => {
        request.result.close();
        done(undefined);
      };
    });
    await caches.open('kap-prep-kit:pages');
    document.cookie = 'kapPrepKit=1; path=/';
    document.cookie = 'kapPrepKitHere=1; path=/worksheets/intention/';
  });
  await expect
    .poll(async () => Object.keys((await deviceStorage(page)).local).sort())
    .toEqual([KEY, 'kap-prep-kit:plan-progress:safety-protocol']);

  const erase = page.getByRole('button', { name: 'Erase my answers from this device' });
  await expect(erase).toHaveAccessibleDescription(/drafts of every worksheet and ticks on your plan/);
  await erase.click();
  await expect(
    status(page, 'Your draft was erased from this device. The answers on this page stay until you close it.'),
  ).toBeVisible();
  await expect(keepBox(page)).not.toBeChecked();
  await expect(keepBox(page)).toBeFocused();
  await expect(erase).toBeHidden();
  expect(await deviceStorage(page)).toEqual(nothingKept);
  // What is on the page stays, and changing it now keeps nothing.
  await expect(intentionsField(page)).toHaveValue(intentions);
  await fearsField(page).fill(fears);
  await page.waitForTimeout(800);
  expect(await deviceStorage(page)).toEqual(nothingKept);
  await expectNoViolations(page);

  await reload(page);
  await expect(intentionsField(page)).toHaveValue('');
  await expect(keepBox(page)).not.toBeChecked();
});

test('unticking the box erases this worksheet’s draft', async ({ page }) => {
  await open(page);
  await keepBox(page).check();
  await intentionsField(page).fill(intentions);
  await expect.poll(async () => Object.keys((await deviceStorage(page)).local)).toEqual([KEY]);
  await keepBox(page).uncheck();
  await expect(status(page, 'Your draft was erased from this device.')).toBeVisible();
  expect(await deviceStorage(page)).toEqual(nothingKept);
  await reload(page);
  await expect(intentionsField(page)).toHaveValue('');
});

test('a draft from an older worksheet brings back what fits and names what it left out', async ({ page }) => {
  await plantDraft(page, {
    version: 0,
    savedAt: '2026-03-14T10:30:00.000Z',
    answers: {
      intentions,
      whyNow: 42, // not text
      favouriteColour: 'blue', // a question this worksheet no longer has
      groundingOptions: ['music', 'incense'], // "incense" is no longer offered
      modality: 'boat', // nor is "boat"
      dosingDate: '2026-02-30', // not a real date
      lighting: 'Dim',
    },
  });
  await open(page);
  await expect(intentionsField(page)).toHaveValue(intentions);
  await expect(page.getByLabel('Lighting')).toHaveValue('Dim');
  await expect(page.getByLabel('Music', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Why now?')).toHaveValue('');
  await expect(page.getByRole('radio', { name: 'In a group' })).not.toBeChecked();
  await expect(page.getByLabel('Planned date of your first dosing session')).toHaveValue('');

  await expect(status(page, /^Your draft from March 14, 2026.*10:30.* is back in the form\./)).toBeVisible();
  const left = status(page, 'Some saved answers no longer fit this worksheet and were left out:');
  for (const name of [
    '“favourite colour”',
    '“Planned date of your first dosing session”',
    '“Why now”',
    '“Which of these might help you”',
    '“How will your dosing session happen”',
  ]) {
    await expect(left).toContainText(name);
  }
  await expect(left).not.toContainText('Lighting');
  await expect(keepBox(page)).toBeChecked();
  await expectNoViolations(page);
});

test('something in storage that is not a draft is ignored, and the page works', async ({ page }) => {
  await plantDraft(page, ['not', { a: 'draft' }]);
  await open(page);
  await expect(keepBox(page)).not.toBeChecked();
  await expect(page.getByText(/is back in the form/)).toHaveCount(0);
  await intentionsField(page).fill(intentions);
  await expect(intentionsField(page)).toHaveValue(intentions);
});

test('a provider’s link fills only what the draft left empty, even when the link is read first', async ({ page }) => {
  await plantDraft(page, {
    version: 1,
    savedAt: '2026-03-14T10:30:00.000Z',
    answers: { providerName: 'Dr Draft', practice: '', intentions },
  });
  // Hold the draft code back until the link's code has loaded, so the link is ready first.
  let linkRead!: () => void;
  const linkLoaded = new Promise<void>((resolve) => (linkRead = resolve));
  await page.route(/\/_astro\/worksheet-link[^/]*\.js$/, async (route) => {
    await route.continue();
    linkRead();
  });
  await page.route(/\/_astro\/draft-keeping[^/]*\.js$/, async (route) => {
    await linkLoaded;
    await page.waitForTimeout(300);
    await route.continue();
  });
  await open(page, `${INTENTION}#v=1&f.providerName=Dr+Lee&f.practice=Calm+Clinic`);
  await expect(status(page, /is back in the form/)).toBeVisible();
  await expect(page.getByLabel('Your therapist or provider (optional)')).toHaveValue('Dr Draft');
  await expect(page.getByLabel('Their practice or clinic (optional)')).toHaveValue('Calm Clinic');
  await expect(intentionsField(page)).toHaveValue(intentions);
  // The notice names only what the link did fill in.
  const notice = page.getByRole('region', { name: 'From your provider’s link' });
  await expect(notice).toContainText('These answers came from the link your provider sent: Their practice or clinic');
  await expect(notice).not.toContainText('Your therapist or provider');
});

test('a draft keeps only what differs from how the form starts, so a provider’s link can still set a clinic number', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'kap-prep-kit:draft:chaperone',
      JSON.stringify({ version: 1, savedAt: '2026-03-14T10:30:00.000Z', answers: { patientName: 'Robin Park' } }),
    ),
  );
  await open(page, '/worksheets/chaperone/#v=1&o.clinic.phone=%2B1+201+555+0199');
  await expect(page.getByLabel('Patient’s name')).toHaveValue('Robin Park');
  await expect(page.getByLabel('Clinic’s medical or after-hours line (optional)')).toHaveValue(/555.0199/);
  // The next save holds what was typed and the link's number, but not the clinic's own numbers
  // (emergency number) left as they started.
  await page.getByLabel('Chaperone’s name').fill('Sam Lee');
  await expect
    .poll(
      async () =>
        JSON.parse((await page.evaluate(() => localStorage.getItem('kap-prep-kit:draft:chaperone'))) ?? '{}').answers,
    )
    .toEqual({ patientName: 'Robin Park', chaperoneName: 'Sam Lee', clinicLine: expect.stringMatching(/555.0199/) });
});

test('when the browser refuses to keep the draft (storage full), the page says so and keeps the answers', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('kap-prep-kit:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await open(page);
  await intentionsField(page).fill(intentions);
  await keepBox(page).click();
  await expect(
    status(page, 'This browser did not let the site keep your draft, perhaps because its storage is full.'),
  ).toBeVisible();
  await expect(keepBox(page)).not.toBeChecked();
  await expect(intentionsField(page)).toHaveValue(intentions);
  expect(await deviceStorage(page)).toEqual(nothingKept);
});

test('a drawn signature is kept in the draft and drawn again on the next visit', async ({ page }) => {
  await open(page, '/worksheets/chaperone/');
  await page.getByRole('checkbox', { name: 'Keep a draft on this device' }).check();
  const pad = page.getByRole('img', { name: 'Signature drawing area' }).first();
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 60, { steps: 10 });
  await page.mouse.up();
  await expect
    .poll(
      async () =>
        JSON.parse((await page.evaluate(() => localStorage.getItem('kap-prep-kit:draft:chaperone'))) ?? '{}').answers
          ?.patientSignature,
    )
    .toMatch(/^data:application\/vnd\.kap\.strokes;v=1,/);

  await reload(page);
  await expect(page.getByRole('status').filter({ hasText: /is back in the form/ })).toBeVisible();
  const inked = () =>
    page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.signature__pad')!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      return data.some((value, index) => index % 4 === 3 && value > 0);
    });
  await expect.poll(inked).toBe(true);
});

test('only the patient’s own name may autocomplete; every other answer asks the browser not to', async ({ page }) => {
  for (const [url, own] of [
    [INTENTION, ['field-yourName']],
    ['/worksheets/chaperone/', ['field-patientName', 'field-patientSignedName']],
  ] as const) {
    await open(page, url);
    const fields = await page
      .locator('form input:not([type="checkbox"], [type="radio"], [type="file"]), form textarea, .draft input')
      .evaluateAll((elements) => elements.map((element) => [element.id, element.getAttribute('autocomplete')]));
    expect(fields.length).toBeGreaterThan(5);
    for (const [id, token] of fields)
      expect([id, token]).toEqual([id, (own as readonly string[]).includes(id!) ? 'name' : 'off']);
  }
});
