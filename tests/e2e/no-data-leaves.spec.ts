import { expect, test, type Page, type Request } from '@playwright/test';
import enLinks from '../../src/i18n/en/links.json' with { type: 'json' };
import en from '../../src/i18n/en/ui.json' with { type: 'json' };
import esLinks from '../../src/i18n/es/links.json' with { type: 'json' };
import es from '../../src/i18n/es/ui.json' with { type: 'json' };
import { defaultLocale, localeIds, type Locale } from '../../src/i18n/locales';
import { shippedWorksheetsIn } from './shipped-worksheets';
import { downloadPdf, expectAnswers, fillEveryField, offerSavedPdf, openIsland } from './worksheets';

/**
 * "Nothing you type leaves your device", tested: every field of every shipped worksheet (each
 * `src/worksheets/<id>/definition.ts`, so a new worksheet is covered without editing this file)
 * gets a unique marker; the PDF is made, downloaded and read back; a search is run for a marker;
 * a provider link brings markers of its own. Every request the browser makes meanwhile — pages,
 * workers, service workers alike (`context.on('request')`) — must be a GET to the site itself,
 * and no URL, header or body may carry any marker, raw, URL-encoded or base64-encoded. Nothing may
 * open a WebSocket, an EventSource or a peer connection, or call `navigator.sendBeacon`.
 * All of it in every language the site is built in, on that language's pages and in its words.
 */

/** The words the test clicks and waits for, per language (a new language adds its files here). */
const WORDS: Record<
  Locale,
  { ui: typeof en; links: typeof enLinks; guide: { search: string; title: string }; noResults: RegExp }
> = {
  en: {
    ui: en,
    links: enLinks,
    guide: { search: 'blood pressure', title: 'Blood pressure monitoring' },
    noResults: /No results|0 results/i,
  },
  es: {
    ui: es,
    links: esLinks,
    guide: { search: 'presión arterial', title: 'Cómo medir la presión arterial' },
    noResults: /No se encontraron resultados|Sin resultados/i,
  },
};

/** Base64 of `bytes` at each of the three alignments it can have inside a longer encoded text, trimmed to the characters that depend on `bytes` alone. */
function base64Forms(bytes: Buffer): string[] {
  return [0, 1, 2].flatMap((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const core = encoded.slice(offset === 0 ? 0 : 4, Math.floor((offset + bytes.length) / 3) * 4);
    return [core, core.replaceAll('+', '-').replaceAll('/', '_')];
  });
}

/** Every way a marker could travel: as it is, URL-encoded (both ways), and base64 (standard and URL-safe, any alignment). */
function encodings(marker: string): string[] {
  return [
    ...new Set([
      marker,
      encodeURIComponent(marker),
      new URLSearchParams({ m: marker }).toString().slice(2),
      ...base64Forms(Buffer.from(marker, 'utf8')),
    ]),
  ];
}

/** Everything a request sends: its URL, every header, its body. */
async function sent(request: Request): Promise<string> {
  const headers = await request.allHeaders().catch(() => request.headers());
  const body = request.postDataBuffer()?.toString('latin1') ?? '';
  return `${request.url()}\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n')}\n${body}`;
}

/** Records, on every page of the context, any use of a channel that could send data without a plain request. */
async function watchSideChannels(page: Page): Promise<string[]> {
  const used: string[] = [];
  await page.context().exposeBinding('reportSideChannel', (_, what: string) => used.push(what));
  await page.context().addInitScript(() => {
    const report = (what: string) =>
      (window as unknown as { reportSideChannel: (what: string) => void }).reportSideChannel(what);
    const beacon = navigator.sendBeacon?.bind(navigator);
    if (beacon)
      navigator.sendBeacon = (...args: Parameters<Navigator['sendBeacon']>) => (
        report(`sendBeacon ${String(args[0])}`),
        beacon(...args)
      );
    for (const name of ['WebSocket', 'EventSource', 'RTCPeerConnection', 'WebTransport'] as const) {
      const Original = (window as unknown as Record<string, (new (...args: unknown[]) => object) | undefined>)[name];
      if (!Original) continue;
      (window as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
        construct(target, args) {
          report(`${name} ${String(args[0])}`);
          return Reflect.construct(target, args);
        },
      });
    }
  });
  page.on('websocket', (socket) => used.push(`websocket ${socket.url()}`));
  return used;
}

for (const locale of localeIds) {
  test(`nothing typed, saved, searched or brought by a link leaves the device, in ${locale}`, async ({
    page,
    context,
    baseURL,
  }) => {
    const { ui, links, guide, noResults } = WORDS[locale];
    const at = (path: string) => `/${locale === defaultLocale ? '' : `${locale}/`}${path}`;
    const definitions = shippedWorksheetsIn(locale);
    test.setTimeout(180_000);
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const sideChannels = await watchSideChannels(page);
    const markers: string[] = [];

    // Every field of every worksheet, its PDF made and read back.
    expect(definitions.length).toBeGreaterThan(0);
    for (const definition of definitions) {
      await openIsland(page, at(`worksheets/${definition.id}/`));
      const filled = await fillEveryField(page, definition);
      markers.push(...filled.markers.values());
      const path = await downloadPdf(page, ui['form.download']);
      await openIsland(page, at(`worksheets/${definition.id}/`));
      await offerSavedPdf(page, path, ui['form.resume.label']);
      await expect(
        page.getByText(new RegExp(ui['form.resume.done.other'].replace(/^\{count\}[^{]*\{fileName\}/, '').trim())),
      ).toBeVisible();
      await expectAnswers(page, definition, filled.answers);
    }
    expect(workers.length, 'the saved PDFs were read in a worker').toBeGreaterThan(0);

    // A search, for words of the patient's own and for a guide.
    await page.goto(at('modules/blood-pressure-monitoring/'));
    await page.getByRole('banner').getByRole('link', { name: ui['search.open'] }).click();
    const searchbox = page.getByRole('dialog').getByRole('searchbox');
    markers.push('Mk7xsearchWords');
    await searchbox.fill('Mk7xsearchWords');
    await expect(page.getByRole('dialog')).toContainText(noResults);
    await searchbox.fill(guide.search);
    await expect(page.getByRole('dialog').getByRole('link', { name: guide.title }).first()).toBeVisible();
    expect(
      requests.some((request) => /\/pagefind\/index\//.test(request.url())),
      'the search index was fetched, and recorded',
    ).toBe(true);

    // A provider's link for each worksheet with free text a link may fill, filling every such field with text of its own.
    let linked = 0;
    for (const definition of definitions) {
      const link = new URLSearchParams({ v: '1', w: definition.id });
      const prefilled: Record<string, string> = {};
      for (const field of definition.sections.flatMap((section) => section.fields)) {
        if (!field.prefillable || (field.kind !== 'text' && field.kind !== 'textarea')) continue;
        prefilled[field.id] = `Mk7xlink${field.id}`;
        link.set(`f.${field.id}`, prefilled[field.id]!);
        markers.push(prefilled[field.id]!);
      }
      if (Object.keys(prefilled).length === 0) continue;
      linked += 1;
      await page.goto(at(`plan/#${link}`));
      await page
        .getByRole('link', { name: new RegExp(`^${links['plan.worksheetOpen'].replace('{title}', '')}`) })
        .click();
      await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
      for (const [key, value] of Object.entries(prefilled))
        await expect(page.locator(`#field-${key}`)).toHaveValue(value);
    }
    expect(linked).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');

    const origin = new URL(baseURL!).origin;
    const offSite = requests.filter(
      (request) => request.method() !== 'GET' || new URL(request.url()).origin !== origin,
    );
    // Soft, so that one run names every kind of leak at once.
    expect.soft(offSite.map((request) => `${request.method()} ${request.url()}`)).toEqual([]);
    expect(requests.length).toBeGreaterThan(20);
    const leaks: string[] = [];
    for (const request of requests) {
      const text = await sent(request);
      for (const marker of markers) {
        const form = encodings(marker).find((encoded) => text.includes(encoded));
        if (form) leaks.push(`${marker} (as ${form}) in ${request.method()} ${request.url()}`);
      }
    }
    expect.soft(leaks).toEqual([]);
    expect.soft(sideChannels).toEqual([]);
    expect.soft(context.serviceWorkers()).toEqual([]);
  });
}
