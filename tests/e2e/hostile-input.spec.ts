import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, truncateSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import en from '../../src/i18n/en/ui.json' with { type: 'json' };
import { createTranslator } from '../../src/i18n/translator';
import { formatList } from '../../src/lib/format';
import { MAX_PDF_BYTES } from '../../src/pdf/limits';
import type { ReadFailureReason } from '../../src/pdf/read';
import { READ_TIME_LIMIT_MS } from '../../src/pdf/read-in-worker';
import { chaperoneWorksheet } from '../../src/worksheets/chaperone/definition';
import { intentionWorksheet } from '../../src/worksheets/intention/definition';
import {
  lyingCrossReferenceStream,
  objectStreamBomb,
  overlappingObjectStream,
  withActiveContent,
  withExtraFields,
  withValue,
} from '../fixtures/pdf/hostile';
import {
  downloadPdf,
  expectAnswers,
  fillEveryField,
  offerSavedPdf,
  openWorksheet,
  pageErrors,
  scratchFile,
  scratchPath,
  type FilledAnswers,
} from './worksheets';

/**
 * Hostile input (issue 7, item 6). Every file offered to "Continue from a saved PDF" gets its own
 * specific message, in bounded time, without an uncaught error, and changes nothing already typed;
 * hostile text typed into the form gets a specific message and is kept exactly.
 *
 * 19 cases, one test each: 17 files — (a) over 20 MB, (b) encrypted, (c) cut in half, (d) a PNG,
 * a text file and another program's PDF, (e) scripts and actions, (f) another worksheet, (g) empty,
 * (h) a 5 MB answer compressed and in full, 20,000 more fields, an object-stream bomb, a lying
 * cross-reference stream, a file slow to parse, 3,000 more fields with crafted names, (i) a file
 * chosen while another is read — and 2 of text: (j) 50,000 characters in a 2,000-character answer,
 * (k) control, bidi and zero-width characters, markup, emoji and lone surrogates.
 */

/** The English page's words (Playwright runs in plain Node: a translator made here, not strings.ts). */
const { t, tPlural } = createTranslator(en, 'en');

/** The message the page shows for `reason` on the intention worksheet. */
const problem = (reason: ReadFailureReason | 'failed') =>
  t(`form.resume.problem.${reason}`, { title: intentionWorksheet.title.toLowerCase() });

/**
 * How long a refusal the structure check makes may take, worker start-up included: measured at
 * 0.1–0.6 s, but this machine may be running another browser test beside this one.
 */
const QUICK_MS = 5_000;

const read = (path: string) => new Uint8Array(readFileSync(path));

/**
 * A worksheet PDF made by the site, every field answered, once per test worker: the base of most
 * hostile files. `id` is `intention`, or `chaperone` for "another worksheet's PDF".
 */
const madePdfs = new Map<string, Promise<string>>();
function madePdf(browser: Browser, baseURL: string, id: 'intention' | 'chaperone'): Promise<string> {
  if (!madePdfs.has(id)) {
    madePdfs.set(
      id,
      (async () => {
        const page = await browser.newPage({ baseURL });
        await openWorksheet(page, id);
        await fillEveryField(page, id === 'intention' ? intentionWorksheet : chaperoneWorksheet);
        const path = await downloadPdf(page);
        await page.close();
        return path;
      })(),
    );
  }
  return madePdfs.get(id)!;
}

/** Opens the intention worksheet with every field answered: what a hostile file must not disturb. */
async function typedWorksheet(page: Page): Promise<{ typed: FilledAnswers; errors: Error[] }> {
  const errors = pageErrors(page);
  await openWorksheet(page, 'intention');
  return { typed: await fillEveryField(page, intentionWorksheet), errors };
}

/** Offers `path`, waits for `message`, and returns how long it took from choosing the file. */
async function offerAndTime(page: Page, path: string, message: string, limit: number): Promise<number> {
  const start = Date.now();
  await offerSavedPdf(page, path);
  await expect(page.locator('.resume__status').getByText(message, { exact: true })).toBeVisible({ timeout: limit });
  return Date.now() - start;
}

/** What every refused file must leave behind: everything typed, no uncaught error, a page that still works. */
async function expectNothingLost(page: Page, typed: FilledAnswers, errors: Error[]) {
  await expectAnswers(page, intentionWorksheet, typed.answers);
  expect(errors).toEqual([]);
  await page.locator('#field-whyNow').press('End');
  await page.locator('#field-whyNow').pressSequentially('!');
  await expect(page.locator('#field-whyNow')).toHaveValue(`${typed.answers.whyNow}!`);
}

interface HostileFile {
  name: string;
  reason: ReadFailureReason;
  /** Writes the file and returns its path; `made` gives a worksheet PDF made by the site. */
  make: (made: (id: 'intention' | 'chaperone') => Promise<string>) => Promise<string>;
  /** Longest the message may take (ms). */
  within?: number;
}

const half = (bytes: Uint8Array) => bytes.slice(0, Math.floor(bytes.length / 2));
/** The first bytes of a real PNG: signature, IHDR. */
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0,
  0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);

const hostileFiles: HostileFile[] = [
  {
    name: '(b) an encrypted copy of a worksheet PDF (qpdf, AES-256, user and owner passwords)',
    reason: 'encrypted',
    make: async (made) => {
      const encrypted = scratchPath('encrypted.pdf');
      execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', await made('intention'), encrypted]);
      return encrypted;
    },
  },
  {
    name: '(c) a worksheet PDF cut in half',
    reason: 'damaged',
    make: async (made) => scratchFile('half.pdf', half(read(await made('intention')))),
  },
  { name: '(d) a PNG image renamed .pdf', reason: 'not-pdf', make: async () => scratchFile('image.pdf', PNG) },
  {
    name: '(d) a plain text file renamed .pdf',
    reason: 'not-pdf',
    make: async () => scratchFile('notes.pdf', 'My intentions, typed in a text editor.\n'),
  },
  {
    name: '(d) a PDF another program made',
    reason: 'not-from-kit',
    make: async () => {
      const doc = await PDFDocument.create();
      doc.addPage().drawText('A letter from the clinic', { font: await doc.embedFont(StandardFonts.Helvetica) });
      return scratchFile('letter.pdf', await doc.save());
    },
  },
  { name: '(f) the chaperone agreement’s PDF', reason: 'other-worksheet', make: async (made) => made('chaperone') },
  { name: '(g) an empty (0-byte) file', reason: 'empty', make: async () => scratchFile('empty.pdf', '') },
  {
    name: '(h) a worksheet PDF with a 5 MB answer, compressed to a small file',
    reason: 'too-complex',
    make: async (made) =>
      scratchFile('huge-answer.pdf', await withValue(read(await made('intention')), 'whyNow', 'x'.repeat(5_000_000))),
  },
  {
    name: '(h) a worksheet PDF with a 5 MB answer, written out in full',
    reason: 'too-complex',
    make: async (made) =>
      scratchFile(
        'huge-answer-plain.pdf',
        await withValue(read(await made('intention')), 'whyNow', 'x'.repeat(5_000_000), false),
      ),
  },
  {
    name: '(h) a worksheet PDF with 20,000 more fields',
    reason: 'too-complex',
    make: async (made) =>
      scratchFile(
        'fields.pdf',
        await withExtraFields(read(await made('intention')), 20_000, (index) => `extra${index}`),
      ),
  },
  {
    name: '(h) 30 KB that inflate to a 30 MB answer (an object-stream bomb)',
    reason: 'too-complex',
    make: async () => scratchFile('bomb.pdf', objectStreamBomb(30_000_000)),
  },
  {
    name: '(h) a cross-reference stream claiming a billion entries',
    reason: 'too-complex',
    make: async () => scratchFile('xref.pdf', lyingCrossReferenceStream(1_000_000_000)),
  },
  {
    name: '(h) a file within every count that would take minutes to parse, stopped by the time limit',
    reason: 'too-complex',
    make: async () => scratchFile('slow.pdf', overlappingObjectStream(5_000, 300_000)),
    within: READ_TIME_LIMIT_MS + QUICK_MS,
  },
];

for (const file of hostileFiles) {
  test(`${file.name} is refused with its own message, quickly, keeping every answer`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const path = await file.make((id) => madePdf(browser, baseURL!, id));
    const { typed, errors } = await typedWorksheet(page);
    const took = await offerAndTime(page, path, problem(file.reason), file.within ?? QUICK_MS);
    test.info().annotations.push({ type: 'refused in', description: `${took} ms` });
    expect(took).toBeLessThan(file.within ?? QUICK_MS);
    await expectNothingLost(page, typed, errors);
  });
}

test('(a) a file over 20 MB is refused by its size in under 2 s, without being read', async ({ page }) => {
  // Sparse: a PDF header, then nothing, to one byte over the limit.
  const path = scratchFile('huge.pdf', '%PDF-1.7\n');
  truncateSync(path, MAX_PDF_BYTES + 1);
  // Any way of reading the file's bytes is counted.
  await page.addInitScript(() => {
    const reads: string[] = [];
    Object.assign(window, { fileReads: reads });
    for (const method of ['arrayBuffer', 'text', 'stream', 'bytes'] as const) {
      const original = Blob.prototype[method as 'arrayBuffer'];
      if (original)
        Blob.prototype[method as 'arrayBuffer'] = function (this: Blob, ...args: []) {
          reads.push(method);
          return original.apply(this, args);
        };
    }
    const readAs = FileReader.prototype.readAsArrayBuffer;
    FileReader.prototype.readAsArrayBuffer = function (this: FileReader, blob: Blob) {
      reads.push('FileReader');
      return readAs.call(this, blob);
    };
  });
  const { typed, errors } = await typedWorksheet(page);
  const took = await offerAndTime(page, path, problem('too-large'), 2_000);
  test.info().annotations.push({ type: '20 MB refused in', description: `${took} ms` });
  console.log(`(a) a ${MAX_PDF_BYTES + 1}-byte file was refused in ${took} ms`);
  expect(took).toBeLessThan(2_000);
  expect(await page.evaluate(() => (window as unknown as { fileReads: string[] }).fileReads)).toEqual([]);
  await expectNothingLost(page, typed, errors);
});

/**
 * (e) A worksheet PDF carrying scripts and actions is READ FOR ITS VALUES ONLY, not refused. The
 * kit never runs, opens or follows anything in a file: it reads the form fields' values as data,
 * shows them as plain text in the form, and the next PDF is built afresh from the answers, so a
 * resume leaves the scripts behind. Refusing such a file would protect nothing, and would strand a
 * patient whose PDF reader added a script (some add formatting scripts to fields) with no way back
 * to their answers. The test proves nothing ran or was followed: no dialog, pop-up, download,
 * navigation or request to the actions' address, and none of it in the next PDF.
 */
test('(e) a worksheet PDF with scripts, actions and links is read for its answers only, and nothing in it runs', async ({
  page,
  baseURL,
}) => {
  const { typed, errors } = await typedWorksheet(page);
  const steal = `${baseURL}steal/`;
  const edited = await withValue(read(await downloadPdf(page)), 'whyNow', 'Read from the file, never run');
  const path = scratchFile('active.pdf', await withActiveContent(edited, 'whyNow', steal));
  const events: string[] = [];
  page.on('dialog', (dialog) => events.push(`dialog: ${dialog.message()}`));
  page.on('popup', () => events.push('popup'));
  page.on('download', () => events.push('download'));
  page.on('framenavigated', (frame) => frame === page.mainFrame() && events.push(`navigated: ${frame.url()}`));
  page.on('request', (request) => request.url().includes('steal') && events.push(`request: ${request.url()}`));

  await offerSavedPdf(page, path);
  // The file has another answer to a question typed here, so the page asks first (issue 14): take the file's.
  await expect(page.getByRole('heading', { name: t('form.resume.choice.heading') })).toBeFocused({ timeout: QUICK_MS });
  await page.getByRole('button', { name: t('form.resume.choice.replace') }).click();
  await expect(page.getByText(/are back in the form/)).toBeVisible({ timeout: QUICK_MS });
  await expectAnswers(page, intentionWorksheet, { ...typed.answers, whyNow: 'Read from the file, never run' });
  await page.waitForTimeout(500);
  expect(events).toEqual([]);
  expect(errors).toEqual([]);

  const again = await downloadPdf(page);
  const expanded = execFileSync('qpdf', ['--qdf', '--object-streams=disable', again, '-'], { encoding: 'latin1' });
  for (const action of ['/JavaScript', '/JS', '/OpenAction', '/AA', '/Launch', '/URI', '/SubmitForm', 'steal'])
    expect(expanded).not.toContain(action);
});

test('(h) a worksheet PDF with 3,000 more fields named by another program is read, naming only a few kit-shaped ones', async ({
  page,
  browser,
  baseURL,
}) => {
  const names = (index: number) =>
    index % 2 === 0 ? `extra${index}` : `Call 555-0100 to confirm your appointment ${index}`;
  const path = scratchFile(
    'many-fields.pdf',
    await withExtraFields(read(await madePdf(browser, baseURL!, 'intention')), 3_000, names),
  );
  const { errors } = await typedWorksheet(page);
  const named = Array.from({ length: 10 }, (_, index) => `“extra${2 * index}”`);
  await offerAndTime(
    page,
    path,
    t('form.resume.ignored', { fields: formatList([...named, tPlural('form.resume.more', 2_990)], 'en') }),
    QUICK_MS,
  );
  await expect(page.locator('.resume__status')).not.toContainText('Call 555-0100');
  expect(errors).toEqual([]);
});

test('(i) a PDF offered while another is still being read: only the last one counts', async ({
  page,
  browser,
  baseURL,
}) => {
  const slow = scratchFile('slow.pdf', overlappingObjectStream(5_000, 300_000));
  const good = await madePdf(browser, baseURL!, 'intention');
  const { errors } = await typedWorksheet(page);
  await offerSavedPdf(page, slow);
  await offerSavedPdf(page, good);
  await expect(page.getByText(/are back in the form/)).toBeVisible({ timeout: QUICK_MS });
  // The slow read is dropped: its time-out never replaces the good result.
  await page.waitForTimeout(READ_TIME_LIMIT_MS + 500);
  await expect(page.getByText(/are back in the form/)).toBeVisible();
  await expect(page.locator('.resume__status .field__error')).toHaveCount(0);
  expect(errors).toEqual([]);
});

/** Puts `text` into answer `key` as a paste would, code unit by code unit (Playwright's own fill would turn a lone surrogate into U+FFFD on the way). */
async function pasteExactly(page: Page, key: string, text: string) {
  const units = Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));
  await page.locator(`#field-${key}`).evaluate((element, codes) => {
    const field = element as HTMLInputElement | HTMLTextAreaElement;
    field.focus();
    field.value = String.fromCharCode(...codes);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, units);
}

/** The value of answer `key` as UTF-16 code units, to compare exactly. */
const unitsOf = (page: Page, key: string) =>
  page.locator(`#field-${key}`).evaluate((element) => {
    const { value } = element as HTMLInputElement;
    return Array.from({ length: value.length }, (_, index) => value.charCodeAt(index));
  });
const units = (text: string) => Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));

test('(j) 50,000 characters pasted into a 2,000-character answer: a specific length error, nothing lost, the download once shortened', async ({
  page,
}) => {
  const { typed, errors } = await typedWorksheet(page);
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  const pasted = 'I want to feel at home in my own life again. '.repeat(1_200).slice(0, 50_000);
  const field = page.locator('#field-intentions');
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(pasted);
  await expect(field).toHaveValue(pasted);
  await expect(page.getByText(tPlural('form.charactersTooMany', 48_000), { exact: true }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Download PDF', exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'What do you hope this therapy can help with must be 2,000 characters or fewer',
  ]);
  await expect(field).toHaveValue(pasted);
  await expectAnswers(page, intentionWorksheet, { ...typed.answers, intentions: pasted });
  expect(downloads).toBe(0);

  await field.fill(pasted.slice(0, 2_000));
  await downloadPdf(page);
  expect(errors).toEqual([]);
});

test('(k) control characters, direction overrides, markup, emoji and lone surrogates are kept exactly, never run, and come back from the PDF', async ({
  page,
}) => {
  const { errors } = await typedWorksheet(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile: Record<string, string> = {
    yourName: 'Robin \u202Etxt.exe\u202C Park',
    providerName: '<script>window.pwned = 1</script>',
    practice: '<img src=x onerror="window.pwned = 2; alert(2)">',
    intentions: 'NUL\u0000 BEL\u0007 ESC\u001b[31m red\u001b[0m BS\u0008 DEL\u007f NEL\u0085 end',
    whyNow: 'Emoji 🙂 👨‍👩‍👧 🏳️‍🌈 👍🏽 and 日本語',
    fears: 'A lone high \uD800 and a lone low \uDFFF surrogate, then \uDBFF\uDFFF at the top',
    hopes: 'Zero\u200Bwidth, BOM\uFEFF, \u2066isolate\u2069, \u061C\u200F עברית and English',
    groundingOptionsOther: '"); alert(1); ("\u2028line separator',
  };
  for (const [key, text] of Object.entries(hostile)) await pasteExactly(page, key, text);
  for (const [key, text] of Object.entries(hostile)) expect(await unitsOf(page, key), key).toEqual(units(text));

  // What the PDF cannot draw is named first; the download then goes ahead.
  await page.getByRole('button', { name: 'Download PDF', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'cannot be shown in the printed PDF' })).toBeVisible();
  const path = await downloadPdf(page, 'Download PDF anyway');
  execFileSync('qpdf', ['--check', path]);

  await openWorksheet(page, 'intention');
  await offerSavedPdf(page, path);
  await expect(page.getByText(/are back in the form/)).toBeVisible();
  for (const [key, text] of Object.entries(hostile)) expect(await unitsOf(page, key), key).toEqual(units(text));
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
