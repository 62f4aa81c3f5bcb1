import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePage, measurePageWeight, pdfEnginePart, siteFiles } from '../../bench/lib/page-weight.mjs';
import { defaultLocale, isLocale, localeIds, type Locale } from '../../src/i18n/locales';
import { translatorFor } from '../../src/i18n/strings';
import { formatMinutes } from '../../src/lib/format';
import { countWords, readingMinutes } from '../../src/lib/reading-time';
import shippedConfig from '../../src/clinic/settings';
import { formatClinicValue } from '../../src/clinic/values';
import { findMiswordedLevels, visibleText } from '../fixtures/blood-pressure-wording';
import { findPolicyProblems, findStringEval } from './csp-check';
import { findBrokenLinks } from './link-check';
import {
  astroBuild,
  listFiles,
  publishedModuleSlugs,
  readBuilt,
  removeDir,
  ROOT,
  tempDir,
  type BuildResult,
} from './astro-build';

const { t } = translatorFor(defaultLocale);

/** A locale's pages' folder in the build: `""` for the default locale, `"es/"` for Spanish. */
const prefix = (locale: Locale) => (locale === defaultLocale ? '' : `${locale}/`);
/** Where a module's words are written in a locale (its translation, or the English file). */
const moduleSource = (locale: Locale, slug: string) => `src/content/modules/${prefix(locale)}${slug}.mdx`;
/** Where a standalone page's words are written in a locale. */
const pageSource = (locale: Locale, id: string) => `src/content/pages/${prefix(locale)}${id}.mdx`;
/** The published modules translated into a locale (every one in the default locale). */
const translatedSlugs = (locale: Locale) =>
  publishedModuleSlugs().filter((slug) => existsSync(join(ROOT, moduleSource(locale, slug))));
/** The locale a built file is in, from its folder. */
const localeOfFile = (file: string): Locale => {
  const first = file.split('/')[0];
  return isLocale(first) ? first : defaultLocale;
};
/** How a locale spells out KAP before it first says it. */
const KAP_SPELLED_OUT: Record<Locale, RegExp> = {
  en: /ketamine-assisted psychotherapy \($/i,
  es: /psicoterapia asistida con ketamina \($/i,
};

describe('building the site', () => {
  let out: string;
  let build: BuildResult;
  let files: string[];
  let builtFiles: ReturnType<typeof siteFiles>;

  beforeAll(async () => {
    out = tempDir('site');
    build = await astroBuild(ROOT, out);
    files = build.ok ? listFiles(out) : [];
    builtFiles = siteFiles(out);
  });
  afterAll(() => removeDir(out));

  it('succeeds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    // Only the on-demand PDF chunks are allowed past Vite's size warning (astro.config.mjs says which).
    expect(build.output).not.toContain('Some chunks are larger than');
    expect(build.ok).toBe(true);
  });

  it.each(localeIds)('writes a page for every published module at its stable URL, in %s', (locale) => {
    const pattern = new RegExp(`^${prefix(locale)}modules/[^/]+/index\\.html$`);
    const built = files
      .filter((file) => pattern.test(file))
      .map((file) => file.split('/').at(-2))
      .sort();
    expect(built).toEqual(publishedModuleSlugs());
  });

  it.each(localeIds)(
    'writes the home, privacy, providers, search, plan and worksheet pages in %s, and one not-found page',
    (locale) => {
      expect(files).toContain('404.html');
      expect(files).toEqual(
        expect.arrayContaining(
          [
            'index.html',
            'privacy/index.html',
            'providers/index.html',
            'search/index.html',
            'worksheets/intention/index.html',
            'providers/link-builder/index.html',
            'plan/index.html',
          ].map((file) => `${prefix(locale)}${file}`),
        ),
      );
      expect(readBuilt(out, `${prefix(locale)}index.html`)).toContain(`<html lang="${locale}" dir="ltr">`);
    },
  );

  it.each(localeIds)(
    'links the providers page to every module by its title, and to the link builder, the plan and privacy, in %s',
    (locale) => {
      const here = `/${prefix(locale)}`;
      const links = linksInMain(readBuilt(out, `${prefix(locale)}providers/index.html`), `${here}providers/`);
      for (const slug of publishedModuleSlugs()) {
        const source = existsSync(join(ROOT, moduleSource(locale, slug)))
          ? moduleSource(locale, slug)
          : moduleSource(defaultLocale, slug);
        const title = /^title:\s*"?(.*?)"?\s*$/m.exec(readBuilt(ROOT, source))?.[1]?.replaceAll('’', "'");
        expect(links, slug).toContainEqual({ path: `${here}modules/${slug}/`, text: title });
      }
      const paths = links.map((link) => link.path);
      expect(paths).toEqual(
        expect.arrayContaining(
          ['providers/link-builder/', 'plan/', 'privacy/', 'worksheets/intention/', 'worksheets/chaperone/'].map(
            (path) => `${here}${path}`,
          ),
        ),
      );
    },
  );

  it.each(localeIds)('puts the providers page in the main navigation, in %s', (locale) => {
    const label = translatorFor(locale).t('nav.providers');
    for (const file of ['index.html', 'privacy/index.html', `modules/${publishedModuleSlugs()[0]}/index.html`].map(
      (path) => `${prefix(locale)}${path}`,
    )) {
      expect(readBuilt(out, file), file).toMatch(
        new RegExp(
          `<nav class="site-nav"[\\s\\S]*<a href="/${prefix(locale)}providers/"[^>]*>${label}</a>[\\s\\S]*</nav>`,
        ),
      );
    }
  });

  it('links every page to the same page in the other languages, in their own words, and says which are translations', () => {
    for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && f !== '404.html')) {
      const html = readBuilt(out, file);
      const locale = localeOfFile(file);
      const path = file.slice(prefix(locale).length).replace(/index\.html$/, '');
      for (const other of localeIds.filter((id) => id !== locale)) {
        expect(html, file).toContain(
          `href="/${prefix(other)}${path}" lang="${other}" hreflang="${other}" data-language-switch`,
        );
      }
    }
    // hreflang: each module names its translations, the English as x-default.
    const slug = translatedSlugs('es')[0]!;
    for (const file of [`modules/${slug}/index.html`, `es/modules/${slug}/index.html`]) {
      const html = readBuilt(out, file);
      expect(html, file).toContain(`<link rel="alternate" hreflang="en" href="/modules/${slug}/">`);
      expect(html, file).toContain(`<link rel="alternate" hreflang="es" href="/es/modules/${slug}/">`);
      expect(html, file).toContain(`<link rel="alternate" hreflang="x-default" href="/modules/${slug}/">`);
    }
    expect(readBuilt(out, '404.html')).not.toContain('data-language-switch');
  });

  it('gives each section the same id in every language, so a section link opens it in either', () => {
    const sectionIds = (file: string) =>
      [...proseOf(readBuilt(out, file)).matchAll(/<h([23])\b[^>]*\sid="([^"]+)"/g)].map(
        ([, level, id]) => `${level} ${id}`,
      );
    for (const locale of localeIds.filter((id) => id !== defaultLocale)) {
      for (const slug of translatedSlugs(locale)) {
        const english = sectionIds(`modules/${slug}/index.html`);
        expect(english.length, slug).toBeGreaterThan(2);
        expect(sectionIds(`${prefix(locale)}modules/${slug}/index.html`), `${locale}/${slug}`).toEqual(english);
      }
      expect(sectionIds(`${prefix(locale)}privacy/index.html`)).toEqual(sectionIds('privacy/index.html'));
    }
  });

  it('writes a Pagefind index with one entry per module and its Component UI', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'pagefind/pagefind-entry.json',
        'pagefind/pagefind-component-ui.js',
        'pagefind/pagefind-component-ui.css',
      ]),
    );
    const fragments = files.filter((file) => file.startsWith('pagefind/fragment/'));
    expect(fragments).toHaveLength(localeIds.reduce((sum, locale) => sum + translatedSlugs(locale).length, 0));
    const entry = JSON.parse(readBuilt(out, 'pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    // One index per language, with only that language's pages: results never mix languages.
    for (const locale of localeIds)
      expect(entry.languages[locale]?.page_count, locale).toBe(translatedSlugs(locale).length);
    expect(Object.keys(entry.languages).sort()).toEqual([...localeIds].sort());
  });

  it('words every blood-pressure level on every page as the blood-pressure model does', () => {
    const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
    const misworded = pages.flatMap((file) =>
      findMiswordedLevels(
        visibleText(readBuilt(out, file)),
        shippedConfig.protocol.bloodPressure,
        translatorFor(localeOfFile(file)),
      ).map((problem) => ({ file, ...problem })),
    );
    expect(misworded).toEqual([]);
    // Not vacuous: the levels are on the pages that teach them.
    expect(visibleText(readBuilt(out, 'modules/blood-pressure-monitoring/index.html'))).toMatch(/above 140\/90 mm Hg/);
    expect(visibleText(readBuilt(out, 'es/modules/blood-pressure-monitoring/index.html'))).toMatch(
      /por encima de 140\/90 mm Hg/,
    );
  });

  it('shows the crisis line beside the emergency number on every page, and in every module’s notice, in the page’s language', () => {
    const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
    for (const file of pages) {
      const ui = translatorFor(localeOfFile(file));
      const crisis = formatClinicValue(shippedConfig, 'crisis.line', ui).text;
      const footer = visibleText(/<footer\b[\s\S]*<\/footer>/.exec(readBuilt(out, file))?.[0] ?? '');
      expect(footer, file).toContain(
        ui.t('footer.emergency', { emergency: formatClinicValue(shippedConfig, 'emergency.call', ui).text }),
      );
      expect(footer, file).toContain(ui.t('footer.crisis', { crisis }));
    }
    for (const locale of localeIds) {
      const ui = translatorFor(locale);
      const crisis = formatClinicValue(shippedConfig, 'crisis.line', ui).text;
      for (const slug of publishedModuleSlugs()) {
        const html = readBuilt(out, `${prefix(locale)}modules/${slug}/index.html`);
        const notice = visibleText(
          html.slice(html.indexOf('<div class="notice" data-pagefind-ignore>')).replace(/<\/div>[\s\S]*/, ''),
        );
        expect(notice, slug).toContain(ui.t('module.crisis', { crisis }));
      }
    }
  });

  it('spells out "ketamine-assisted psychotherapy (KAP)" before a page first says KAP (patients land on any page from a link)', () => {
    const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
    const unexplained = pages.filter((file) => {
      const main = /<main\b[\s\S]*<\/main>/.exec(readBuilt(out, file))?.[0] ?? '';
      // The kit's own name is a name, not a use of the abbreviation.
      const text = visibleText(main).replaceAll(t('site.name'), '');
      const first = /\bKAP\b/.exec(text);
      return first !== null && !KAP_SPELLED_OUT[localeOfFile(file)].test(text.slice(0, first.index));
    });
    expect(unexplained).toEqual([]);
  });

  it('gives every page exactly one h1', () => {
    for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      expect(readBuilt(out, file).match(/<h1[\s>]/g), file).toHaveLength(1);
    }
  });

  it.each(localeIds)('lists every module on the home page in reading order, in %s', (locale) => {
    const home = readBuilt(out, `${prefix(locale)}index.html`);
    const linked = [...home.matchAll(new RegExp(`href="/${prefix(locale)}modules/([^/]+)/"`, 'g'))].map(
      (match) => match[1]!,
    );
    expect([...linked].sort()).toEqual(publishedModuleSlugs());
    // The place is the English module's, in every language.
    const order = linked.map((slug) =>
      Number(/^order:\s*(\d+)/m.exec(readBuilt(ROOT, moduleSource(defaultLocale, slug)))?.[1]),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it.each(localeIds)(
    "shows each module's reading time, counted from the body it shows, alike on the home page and the module page, in %s",
    (locale) => {
      const ui = translatorFor(locale);
      const home = readBuilt(out, `${prefix(locale)}index.html`);
      const slugs = publishedModuleSlugs();
      const href = (slug: string) => `href="/${prefix(locale)}modules/${slug}/"`;
      for (const slug of slugs) {
        const source = existsSync(join(ROOT, moduleSource(locale, slug)))
          ? moduleSource(locale, slug)
          : moduleSource(defaultLocale, slug);
        const body = readBuilt(ROOT, source).replace(/^---\n[\s\S]*?\n---\n/, '');
        const expected = ui.t('module.readingTime', {
          duration: formatMinutes(readingMinutes(countWords(body)), ui.language),
        });
        expect(readBuilt(out, `${prefix(locale)}modules/${slug}/index.html`), slug).toContain(expected);
        const start = home.indexOf(href(slug));
        const nextCard = slugs
          .map((other) => (other === slug ? -1 : home.indexOf(href(other), start)))
          .filter((at) => at > start);
        const card = home.slice(start, Math.min(home.length, ...nextCard));
        expect(card, slug).toContain(expected);
      }
    },
  );

  it.each(localeIds)('marks only module content in %s as searchable, with section and audience filters', (locale) => {
    for (const slug of translatedSlugs(locale)) {
      const page = readBuilt(out, `${prefix(locale)}modules/${slug}/index.html`);
      expect(page).toContain('data-pagefind-body');
      expect(page).not.toContain('data-not-translated');
      expect(page).toMatch(/data-pagefind-filter="section"/);
      expect(page).toMatch(/data-pagefind-filter="audience\[content\]"/);
    }
    expect(readBuilt(out, `${prefix(locale)}index.html`)).not.toContain('data-pagefind-body');
  });

  it('has no internal link or #anchor that goes nowhere', () => {
    expect(findBrokenLinks(out)).toEqual([]);
  });

  it('gives every prose heading a unique id and exactly one "copy link" control pointing at it', () => {
    const pages = localeIds.flatMap((locale) => [
      ...translatedSlugs(locale).map(
        (slug) => [`${prefix(locale)}modules/${slug}/index.html`, moduleSource(locale, slug)] as const,
      ),
      ...(existsSync(join(ROOT, pageSource(locale, 'privacy')))
        ? [[`${prefix(locale)}privacy/index.html`, pageSource(locale, 'privacy')] as const]
        : []),
    ]);
    for (const [file, source] of pages) {
      const html = readBuilt(out, file);
      const prose = proseOf(html);
      const headings = [...prose.matchAll(/<h([23])\b([^>]*)>([\s\S]*?)<\/h\1>/g)];
      // As many as the MDX file has `##` and `###` lines: none lost, none added.
      expect(headings, file).toHaveLength(readBuilt(ROOT, source).match(/^#{2,3} /gm)?.length ?? 0);
      const ids = headings.map(([, , attributes]) => /\sid="([^"]+)"/.exec(attributes!)?.[1]);
      expect(ids.every(Boolean), file).toBe(true);
      const pageIds = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(pageIds.length, `${file}: ids are unique`).toBe(new Set(pageIds).size);
      const links = [...prose.matchAll(/<a\b[^>]*\bdata-section-link\b[^>]*>/g)].map(([tag]) => hrefOf(tag));
      expect(links.sort(), file).toEqual(ids.map((id) => `#${id}`).sort());
      // The control sits beside the heading, not inside it, so the heading's name stays its text.
      for (const [, , , content] of headings) expect(content, file).not.toMatch(/<a\b|data-section-link/);
    }
  });

  it('keeps the "copy link" labels out of the search index', () => {
    const labels = localeIds.map((locale) => translatorFor(locale).t('sectionLink.label', { heading: '' }).trim());
    const fragments = files.filter((file) => file.startsWith('pagefind/fragment/'));
    expect(fragments.length).toBeGreaterThan(0);
    for (const file of fragments) {
      const text = gunzipSync(readFileSync(join(out, file))).toString('utf8');
      expect(text, file).toMatch(/"anchors":\[\{"element":"h2"/);
      for (const label of labels) expect(text, file).not.toContain(label);
    }
  });

  /**
   * What a built page loads before interaction, measured as `npm run bench` measures it
   * (bench/lib/page-weight.mjs): inline scripts, `<script src>`, modulepreloads and each island's
   * component and renderer, with everything they import statically (not `import()`); linked
   * stylesheets with their `@import`s plus inline `<style>`.
   */
  const weigh = (file: string) =>
    measurePage(builtFiles, { id: file, url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, file });
  const htmlPages = () => files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));

  it('keeps content pages free of framework code, with at most 2 KB (gzip) of script', async () => {
    const content = localeIds.flatMap((locale) =>
      ['index.html', ...publishedModuleSlugs().map((slug) => `modules/${slug}/index.html`), 'privacy/index.html'].map(
        (file) => `${prefix(locale)}${file}`,
      ),
    );
    for (const file of content) {
      const { js, code } = await weigh(file);
      expect(code, file).not.toMatch(/react|__astro_island|astro-island/i);
      expect(js.gzip, file).toBeLessThanOrEqual(2048);
    }
  });

  it('keeps worksheet pages under 100 KB (gzip) of script before interaction, with no PDF library or validation in it', async () => {
    const worksheets = htmlPages().filter((file) => /^(?:[a-z]{2}(?:-[a-z]+)?\/)?worksheets\//.test(file));
    expect(worksheets).toEqual(
      expect.arrayContaining([
        'worksheets/intention/index.html',
        'worksheets/chaperone/index.html',
        'es/worksheets/intention/index.html',
        'es/worksheets/dosing-day/index.html',
      ]),
    );
    for (const file of worksheets) {
      const { js, jsUrls, code } = await weigh(file);
      expect(js.gzip, file).toBeLessThanOrEqual(100 * 1024);
      expect(jsUrls.join(' '), file).not.toMatch(/make-pdf|pdf-lib|fontkit|field-names/);
      expect(code, file).not.toContain('PDFDocument');
      // Validation (zod) loads on the first focus in the form (intention-worksheet.spec.ts).
      expect(code, file).not.toMatch(/ZodMini/);
    }
    // The check can see zod: the link builder validates as the provider types, so it loads it at once.
    expect((await weigh('providers/link-builder/index.html')).code).toMatch(/ZodMini/);
  });

  it('loads pdf-lib, fontkit and the font on no page before interaction: only making a PDF fetches them', async () => {
    for (const file of htmlPages()) {
      const { jsUrls, fontUrls } = await weigh(file);
      const engine = await Promise.all(
        jsUrls.map(async (url) => [url, pdfEnginePart(url, (await builtFiles.get(url)).text)] as const),
      );
      expect(
        engine.filter(([, part]) => part !== undefined),
        file,
      ).toEqual([]);
      expect(fontUrls, file).toEqual([]);
    }
    // The check can see them: the worksheet's on-demand chunks are pdf-lib and fontkit, and the font is in the build.
    const onDemand = (await measurePageWeight(out)).pdfOnDemand;
    expect(onDemand?.pdf.files.map((file) => file.label)).toContain('pdf-lib');
    expect(onDemand?.unicode.files.map((file) => file.label).sort()).toEqual(['font', 'fontkit']);
  });

  it('keeps every page under 30 KB (gzip) of CSS: linked stylesheets and inline <style>', async () => {
    for (const file of htmlPages()) {
      const { css } = await weigh(file);
      expect(css.files.length + css.inline.count, `${file} has styles`).toBeGreaterThan(0);
      expect(css.gzip, file).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it.each(localeIds)(
    'keeps the link builder in %s, an island page, under 100 KB (gzip) before interaction, with the QR encoder loaded later',
    async (locale) => {
      const { js, jsUrls, code } = await weigh(`${prefix(locale)}providers/link-builder/index.html`);
      expect(jsUrls.join(' ')).toMatch(/LinkBuilder/);
      expect(js.gzip).toBeLessThanOrEqual(100 * 1024);
      expect(jsUrls.join(' ')).not.toMatch(/qr-code|qrcode/);
      // A message only the qrcode package has: the encoder itself is not in the first script.
      expect(code).not.toContain('too big to be stored in a QR Code');
      expect(code).toMatch(/import\(["'`][^"'`]*qr-code[^"'`]*\.js["'`]\)/);
    },
  );

  it('writes no sitemap, and links to none, when no public address (KAP_SITE) is set', () => {
    expect(files.filter((file) => /sitemap/i.test(file))).toEqual([]);
    expect(build.output).not.toMatch(/sitemap/i);
    for (const file of ['index.html', `modules/${publishedModuleSlugs()[0]}/index.html`]) {
      expect(readBuilt(out, file)).not.toMatch(/rel="(sitemap|canonical)"/);
    }
  });

  it('gives every page one strict Content Security Policy that covers each of its inline scripts and styles', () => {
    expect(findPolicyProblems(out)).toEqual([]);
  });

  it('ships no script that compiles code from strings, which the policy would block', () => {
    expect(findStringEval(out)).toEqual([]);
  });

  it('loads no search code on content pages until search is used', () => {
    for (const file of [
      'index.html',
      `modules/${publishedModuleSlugs()[0]}/index.html`,
      'privacy/index.html',
      'es/index.html',
      `es/modules/${publishedModuleSlugs()[0]}/index.html`,
    ]) {
      expect(readBuilt(out, file)).not.toMatch(/<script[^>]+src="[^"]*pagefind/);
    }
  });
});

describe('building under a subpath (base)', () => {
  let out: string;
  let build: BuildResult;

  beforeAll(async () => {
    out = tempDir('site-base');
    build = await astroBuild(ROOT, out, { KAP_BASE: '/kap/', KAP_SITE: 'https://clinic.example' });
  });
  afterAll(() => removeDir(out));

  it('keeps every internal link, script, stylesheet and search path inside the base', () => {
    expect(build.ok).toBe(true);
    for (const file of listFiles(out).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      const html = readBuilt(out, file);
      const rootRelative = [
        ...html.matchAll(/(?:href|src|data-bundle|data-base|bundle-path|base-url)="(\/[^"]*)"/g),
      ].map((m) => m[1]!);
      expect(
        rootRelative.filter((url) => !url.startsWith('/kap/')),
        file,
      ).toEqual([]);
    }
  });

  it('has no internal link or #anchor that goes nowhere under the base', () => {
    expect(findBrokenLinks(out, '/kap/')).toEqual([]);
  });

  it('gives every page the same strict Content Security Policy under the base', () => {
    expect(findPolicyProblems(out)).toEqual([]);
  });

  it('writes canonical URLs on the configured site', () => {
    expect(readBuilt(out, 'privacy/index.html')).toContain(
      '<link rel="canonical" href="https://clinic.example/kap/privacy/">',
    );
  });

  it("writes a sitemap of every page but the not-found and plan pages, each URL its page's canonical URL", () => {
    const site = 'https://clinic.example/kap/';
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const sitemaps = locs(readBuilt(out, 'sitemap-index.xml'));
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((sitemap) => {
      expect(sitemap.startsWith(site), sitemap).toBe(true);
      return locs(readBuilt(out, sitemap.slice(site.length)));
    });
    expect(urls).toEqual(expect.arrayContaining(publishedModuleSlugs().map((slug) => `${site}modules/${slug}/`)));
    const pages = listFiles(out)
      .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/') && file !== '404.html')
      .filter((file) => !/^(?:[a-z]{2}(?:-[a-z]+)?\/)?plan\/index\.html$/.test(file))
      .map((file) => `${site}${file.replace(/(^|\/)index\.html$/, '$1')}`);
    expect([...urls].sort()).toEqual(pages.sort());
    // The plan page is empty without a link's fragment: kept out of search engines.
    expect(readBuilt(out, 'plan/index.html')).toContain('<meta name="robots" content="noindex">');
    for (const url of urls) {
      const html = readBuilt(out, `${url.slice(site.length)}index.html`);
      expect(html, url).toContain(`<link rel="canonical" href="${url}">`);
      expect(html, url).toContain('<link rel="sitemap" href="/kap/sitemap-index.xml">');
    }
  });
});

/**
 * The links inside a built page's `main`: each one's target path, resolved against the page as a
 * browser would, and its text with tags removed and the entities Astro writes decoded.
 * @param html the built page
 * @param pagePath where the page is served, e.g. `/providers/`
 */
function linksInMain(html: string, pagePath: string): { path: string; text: string }[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const decode = (text: string) => text.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  // Markdown curls apostrophes in prose ("Clinic’s"); titles are compared with straight ones.
  return [...main.matchAll(/<a\s[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map(([, href, text]) => ({
    path: new URL(decode(href!), `https://site.invalid${pagePath}`).pathname,
    text: decode(text!.replace(/<[^>]+>/g, ''))
      .replaceAll('’', "'")
      .trim(),
  }));
}

/** The `href` of an HTML start tag. */
const hrefOf = (tag: string) => /\shref="([^"]*)"/.exec(tag)?.[1];

/**
 * The HTML of a page's `<div class="prose">` (the rendered MDX), found by matching its `<div>`s:
 * Astro writes tags in lower case, and no prose holds a literal "<div" in its text.
 */
function proseOf(html: string): string {
  const start = html.indexOf('<div class="prose">');
  expect(start).toBeGreaterThanOrEqual(0);
  let depth = 0;
  for (const match of html.slice(start).matchAll(/<(\/?)div\b/g)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, start + match.index);
  }
  throw new Error('The prose <div> is not closed.');
}
