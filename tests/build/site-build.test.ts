import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from './link-check';
import { astroBuild, listFiles, publishedModuleSlugs, readBuilt, removeDir, ROOT, tempDir, type BuildResult } from './astro-build';

describe('building the site', () => {
  let out: string;
  let build: BuildResult;
  let files: string[];

  beforeAll(async () => {
    out = tempDir('site');
    build = await astroBuild(ROOT, out);
    files = build.ok ? listFiles(out) : [];
  });
  afterAll(() => removeDir(out));

  it('succeeds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.ok).toBe(true);
  });

  it('writes a page for every published module at its stable URL', () => {
    const built = files.filter((file) => /^modules\/[^/]+\/index\.html$/.test(file)).map((file) => file.split('/')[1]).sort();
    expect(built).toEqual(publishedModuleSlugs());
  });

  it('writes the home, privacy, search and not-found pages', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'privacy/index.html',
        'search/index.html',
        '404.html',
        'worksheets/intention/index.html',
        'providers/link-builder/index.html',
      ]),
    );
  });

  it('writes a Pagefind index with one entry per module and its Component UI', () => {
    expect(files).toEqual(expect.arrayContaining(['pagefind/pagefind-entry.json', 'pagefind/pagefind-component-ui.js', 'pagefind/pagefind-component-ui.css']));
    const fragments = files.filter((file) => file.startsWith('pagefind/fragment/'));
    expect(fragments).toHaveLength(publishedModuleSlugs().length);
    const entry = JSON.parse(readBuilt(out, 'pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['en']?.page_count).toBe(publishedModuleSlugs().length);
  });

  it('gives every page exactly one h1', () => {
    for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      expect(readBuilt(out, file).match(/<h1[\s>]/g), file).toHaveLength(1);
    }
  });

  it('lists every module on the home page in reading order', () => {
    const home = readBuilt(out, 'index.html');
    const linked = [...home.matchAll(/href="\/modules\/([^/]+)\/"/g)].map((match) => match[1]);
    expect([...linked].sort()).toEqual(publishedModuleSlugs());
    const order = linked.map((slug) => Number(/^order:\s*(\d+)/m.exec(readBuilt(ROOT, `src/content/modules/${slug}.mdx`))?.[1]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('marks only module content as searchable, with section and audience filters', () => {
    for (const slug of publishedModuleSlugs()) {
      const page = readBuilt(out, `modules/${slug}/index.html`);
      expect(page).toContain('data-pagefind-body');
      expect(page).toMatch(/data-pagefind-filter="section"/);
      expect(page).toMatch(/data-pagefind-filter="audience\[content\]"/);
    }
    expect(readBuilt(out, 'index.html')).not.toContain('data-pagefind-body');
  });

  it('has no internal link or #anchor that goes nowhere', () => {
    expect(findBrokenLinks(out)).toEqual([]);
  });

  it('keeps content pages free of framework code, with at most 2 KB (gzip) of script', () => {
    for (const file of ['index.html', ...publishedModuleSlugs().map((slug) => `modules/${slug}/index.html`), 'privacy/index.html']) {
      const html = readBuilt(out, file);
      const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
      const external = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => readBuilt(out, m[1]!.replace(/^\//, '')));
      const js = inline + external.join('');
      expect(js, file).not.toMatch(/react|__astro_island|astro-island/i);
      expect(gzipSync(js).length, file).toBeLessThanOrEqual(2048);
    }
  });

  /** Script a page runs before interaction: inline scripts plus every file its islands import statically. */
  const scriptBeforeInteraction = (file: string) => {
    const page = readBuilt(out, file);
    const entries = [...page.matchAll(/(?:component|renderer)-url="\/([^"]+)"/g), ...page.matchAll(/<script\b[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1]!);
    const graph = staticImportGraph(out, entries);
    const inline = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
    const code = graph.map((graphFile) => readBuilt(out, graphFile)).join('');
    return { graph, code, bytes: gzipSync(inline + code).length };
  };

  it('keeps worksheet pages under 100 KB (gzip) of script before interaction, with no PDF library in it', () => {
    const { graph, code, bytes } = scriptBeforeInteraction('worksheets/intention/index.html');
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
    expect(graph.join(' ')).not.toMatch(/make-pdf|pdf-lib|fontkit|field-names/);
    expect(code).not.toContain('PDFDocument');
  });

  it('keeps the link builder, an island page, under 100 KB (gzip) before interaction, with the QR encoder loaded later', () => {
    const { graph, code, bytes } = scriptBeforeInteraction('providers/link-builder/index.html');
    expect(graph.join(' ')).toMatch(/LinkBuilder/);
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
    expect(graph.join(' ')).not.toMatch(/qr-code|qrcode/);
    // A message only the qrcode package has: the encoder itself is not in the first script.
    expect(code).not.toContain('too big to be stored in a QR Code');
    expect(code).toMatch(/import\(["'`][^"'`]*qr-code[^"'`]*\.js["'`]\)/);
  });

  it('loads no search code on content pages until search is used', () => {
    for (const file of ['index.html', `modules/${publishedModuleSlugs()[0]}/index.html`, 'privacy/index.html']) {
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
      const rootRelative = [...html.matchAll(/(?:href|src|data-bundle|data-base|bundle-path|base-url)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(rootRelative.filter((url) => !url.startsWith('/kap/')), file).toEqual([]);
    }
  });

  it('has no internal link or #anchor that goes nowhere under the base', () => {
    expect(findBrokenLinks(out, '/kap/')).toEqual([]);
  });

  it('writes canonical URLs on the configured site', () => {
    expect(readBuilt(out, 'privacy/index.html')).toContain('<link rel="canonical" href="https://clinic.example/kap/privacy/">');
  });
});

/** Every script a page loads before interaction: the entries plus what they import statically (not `import()`). */
function staticImportGraph(dir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readBuilt(dir, file);
    for (const [, spec] of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      visit(posix.join(posix.dirname(file), spec!));
    }
  };
  entries.forEach(visit);
  return [...seen];
}
