import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../build/astro-build';
import { findBrokenLinks } from '../build/link-check';
import { brokenLinksReport, checkLinks, describeBrokenLink } from '../../src/integrations/link-check';
import { sourceOfPage } from '../../src/integrations/page-sources';

const made: string[] = [];
afterEach(() => made.splice(0).forEach(removeDir));

/** A folder of files, each path → its text. */
function folder(prefix: string, files: Record<string, string>): string {
  const dir = tempDir(prefix);
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A built site: each page path → its body. */
const site = (pages: Record<string, string>) =>
  folder(
    'links',
    Object.fromEntries(Object.entries(pages).map(([path, body]) => [path, `<html><body>${body}</body></html>`])),
  );

describe('the link checker the build and the build tests share', () => {
  it('accepts links to pages and anchors that exist, relative or absolute', () => {
    const dir = site({
      'index.html':
        '<a href="/modules/a/">A</a> <a href="modules/a/#step-2">step</a> <a href="https://example.org/x">out</a>',
      'modules/a/index.html':
        '<h2 id="step-2">Step</h2><a href="../../">home</a><a href="#step-2">here</a><a href="tel:+1555">call</a>',
    });
    expect(findBrokenLinks(dir)).toEqual([]);
  });

  it('reports a missing page and a missing anchor, with where each leads', () => {
    const dir = site({
      'index.html': '<a href="/modules/gone/">gone</a> <a href="/#nowhere">nowhere</a>',
      'modules/a/index.html': '<a href="../gone/">gone</a>',
    });
    expect(findBrokenLinks(dir)).toEqual([
      { page: 'index.html', href: '/modules/gone/', target: '/modules/gone/', problem: 'no page' },
      { page: 'index.html', href: '/#nowhere', target: '/#nowhere', problem: 'no anchor' },
      { page: 'modules/a/index.html', href: '../gone/', target: '/modules/gone/', problem: 'no page' },
    ]);
  });

  it('reports a root-relative link that escapes the base path, and resolves the rest under it', () => {
    const dir = site({
      'index.html': '<a href="/privacy/">privacy</a> <a href="/kap/privacy/">ok</a> <a href="privacy/">ok</a>',
      'privacy/index.html': '',
    });
    expect(findBrokenLinks(dir, '/kap/')).toEqual([
      { page: 'index.html', href: '/privacy/', target: '/privacy/', problem: 'outside base' },
    ]);
  });

  it('checks every language and links to files, skips Pagefind’s own files, and counts each link once per page', () => {
    const dir = site({
      'index.html':
        '<link href="/_astro/site.css"><link href="/favicon.svg"><a href="/es/">es</a><a href="/es/">es again</a>',
      'es/index.html': '<a href="/es/modules/gone/">gone</a><link href="/pagefind/ui.css">',
      '_astro/site.css': 'body{}',
      'favicon.svg': '<svg/>',
      'pagefind/ui.css': '',
      'pagefind/fragment/x.html': '<a href="/nowhere/">not a page of the site</a>',
    });
    expect(checkLinks(dir)).toEqual({
      pages: 2,
      links: 5,
      broken: [{ page: 'es/index.html', href: '/es/modules/gone/', target: '/es/modules/gone/', problem: 'no page' }],
    });
  });

  it('resolves the same relative link from each page it is on', () => {
    const dir = site({
      'modules/a/index.html': '<a href="../b/">b</a>',
      'modules/b/index.html': '',
      'es/modules/a/index.html': '<a href="../b/">b</a>',
    });
    expect(findBrokenLinks(dir)).toEqual([
      { page: 'es/modules/a/index.html', href: '../b/', target: '/es/modules/b/', problem: 'no page' },
    ]);
  });

  it('leaves links with a scheme or another host alone, and reads &amp; and %-escapes as a browser does', () => {
    const dir = site({
      'index.html':
        '<a href="javascript:void 0">x</a><a href="sms:+1555">x</a><a href="//cdn.example/x">x</a><a href="a%20b/?x=1&amp;y=2#caf%C3%A9">x</a><a href="#:~:text=hello">x</a>',
      'a b/index.html': '<h2 id="café">Café</h2>',
    });
    expect(findBrokenLinks(dir)).toEqual([]);
  });

  it('is fast enough to run on every build: 1,000 pages and 100,000 links in under 2 s', () => {
    const pages: Record<string, string> = {};
    const nav = Array.from({ length: 99 }, (_, at) => `<a href="/modules/m${at}/#s">m${at}</a>`).join('');
    for (let at = 0; at < 1000; at += 1)
      pages[`modules/m${at}/index.html`] = `<h2 id="s">S</h2>${nav}<a href="../m${(at + 1) % 1000}/">next</a>`;
    const dir = site(pages);
    const started = performance.now();
    const result = checkLinks(dir);
    // About 0.1 s alone on a 2-core machine; the margin is for a busy test run, not for slower code.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({ pages: 1000, links: 1000 * 100, broken: [] });
  });
});

describe('the file a broken link is reported in', () => {
  const project = () =>
    folder('sources', {
      'src/content/modules/a.mdx': '---\ntitle: A\n---\nSee [b](../b/).',
      'src/content/modules/es/a.mdx': '---\ntitle: A\n---\nMira [b](../b/).',
      'src/content/modules/c.mdx': '---\ntitle: C\n---\nSee [b](../b/).',
      'src/content/modules/es/c.mdx': '---\ntitle: C\ndraft: true\n---\nMira [b](../b/).',
      'src/content/pages/providers.mdx': 'See [b](../modules/b/).',
      'src/pages/[...locale]/index.astro': '<a href="/x/">x</a>',
      'src/pages/[...locale]/worksheets/[id].astro': '<a href="/y/">y</a>',
    });

  it('is the module or page file that writes the link, in the page’s language', () => {
    const root = project();
    expect(sourceOfPage(root, 'modules/a/index.html', '../b/')).toEqual({
      file: 'src/content/modules/a.mdx',
      writesLink: true,
    });
    expect(sourceOfPage(root, 'es/modules/a/index.html', '../b/')).toEqual({
      file: 'src/content/modules/es/a.mdx',
      writesLink: true,
    });
    expect(sourceOfPage(root, 'es/providers/index.html', '../modules/b/')).toEqual({
      file: 'src/content/pages/providers.mdx',
      writesLink: true,
    });
    expect(sourceOfPage(root, 'es/index.html', '/x/')).toEqual({
      file: 'src/pages/[...locale]/index.astro',
      writesLink: true,
    });
    expect(sourceOfPage(root, 'worksheets/intention/index.html', '/y/')).toEqual({
      file: 'src/pages/[...locale]/worksheets/[id].astro',
      writesLink: true,
    });
  });

  it('is the English module for a translation that is a draft (its page shows the English)', () => {
    expect(sourceOfPage(project(), 'es/modules/c/index.html', '../b/')).toEqual({
      file: 'src/content/modules/c.mdx',
      writesLink: true,
    });
  });

  it('says when the page’s file does not write the link, and gives up on a page made some other way', () => {
    const root = project();
    expect(sourceOfPage(root, 'modules/a/index.html', '/nav/')).toEqual({
      file: 'src/content/modules/a.mdx',
      writesLink: false,
    });
    expect(sourceOfPage(root, 'unknown/index.html', '/x/')).toBeUndefined();
  });
});

describe('the message a broken link fails the build with', () => {
  const root = () =>
    folder('messages', {
      'src/content/modules/music-and-sound.mdx':
        '---\ntitle: Music\n---\nFor the rest of your space, see [set and setting](../set-and-setting/).',
      'src/content/modules/es/music-and-sound.mdx': '---\ntitle: Música\n---\nMira [tu entorno](../set-and-setting/).',
      'src/content/pages/providers.mdx': 'See [set and setting](../modules/set-and-setting/).',
      'src/content/pages/es/providers.mdx': 'Mira [tu entorno](../modules/set-and-setting/).',
    });

  it('names the module file, the page, the link and that the module is not published', () => {
    const link = {
      page: 'modules/music-and-sound/index.html',
      href: '../set-and-setting/',
      target: '/modules/set-and-setting/',
      problem: 'no page',
    } as const;
    expect(describeBrokenLink(link, { root: root() })).toBe(
      'src/content/modules/music-and-sound.mdx (/modules/music-and-sound/) links to /modules/set-and-setting/ (written "../set-and-setting/"), which is not published (draft: true or no such module).',
    );
  });

  it('names the Spanish file for a Spanish page, under the base path', () => {
    const link = {
      page: 'es/modules/music-and-sound/index.html',
      href: '../set-and-setting/',
      target: '/kap/es/modules/set-and-setting/',
      problem: 'no page',
    } as const;
    expect(describeBrokenLink(link, { root: root(), base: '/kap/' })).toBe(
      'src/content/modules/es/music-and-sound.mdx (/kap/es/modules/music-and-sound/) links to /kap/es/modules/set-and-setting/ (written "../set-and-setting/"), which is not published (draft: true or no such module).',
    );
  });

  it('explains a missing anchor, a missing page, a link outside the base, and a link a component adds', () => {
    const dir = root();
    const on = (href: string, target: string, problem: 'no page' | 'no anchor' | 'outside base') => ({
      page: 'modules/music-and-sound/index.html',
      href,
      target,
      problem,
    });
    expect(describeBrokenLink(on('/modules/a/#fasting', '/modules/a/#fasting', 'no anchor'), { root: dir })).toBe(
      'The page /modules/music-and-sound/ (built from src/content/modules/music-and-sound.mdx, which does not write this link: a component or layout adds it) links to /modules/a/#fasting, but /modules/a/ has no element with id="fasting" (a heading renamed or removed?).',
    );
    expect(describeBrokenLink(on('/kap/forms/', '/kap/forms/', 'no page'), { root: dir, base: '/kap/' })).toMatch(
      /links to \/kap\/forms\/, which is no page of the built site\.$/,
    );
    expect(describeBrokenLink(on('/privacy/', '/privacy/', 'outside base'), { base: '/kap/' })).toBe(
      "The page /kap/modules/music-and-sound/ (modules/music-and-sound/index.html in the built site) links to /privacy/, which is outside the site's base path /kap/: a link from the site root must start with /kap/, or be written relative to the page.",
    );
  });

  it('fails the build with one line per broken link, each page’s languages side by side, then what to do', () => {
    // In the order the checker finds them: the built site's folders sorted, so es/ before modules/.
    const links = [
      {
        page: 'es/modules/music-and-sound/index.html',
        href: '../set-and-setting/',
        target: '/es/modules/set-and-setting/',
        problem: 'no page',
      },
      {
        page: 'es/providers/index.html',
        href: '../modules/set-and-setting/',
        target: '/es/modules/set-and-setting/',
        problem: 'no page',
      },
      {
        page: 'modules/music-and-sound/index.html',
        href: '../set-and-setting/',
        target: '/modules/set-and-setting/',
        problem: 'no page',
      },
      {
        page: 'providers/index.html',
        href: '../modules/set-and-setting/',
        target: '/modules/set-and-setting/',
        problem: 'no page',
      },
    ] as const;
    const lines = brokenLinksReport(links, { root: root() }).split('\n');
    expect(lines[0]).toBe('Link check: 4 links go nowhere in the built site.');
    expect(lines.slice(1, -1).map((line) => line.match(/\((\/[^)]*)\) links to/)?.[1])).toEqual([
      '/modules/music-and-sound/',
      '/es/modules/music-and-sound/',
      '/providers/',
      '/es/providers/',
    ]);
    expect(lines[1]).toMatch(
      /^ {2}src\/content\/modules\/music-and-sound\.mdx \(\/modules\/music-and-sound\/\) links to/,
    );
    expect(lines[2]).toMatch(
      /^ {2}src\/content\/modules\/es\/music-and-sound\.mdx \(\/es\/modules\/music-and-sound\/\) links to/,
    );
    expect(lines.at(-1)).toBe(
      'Fix or remove each link, or publish the page it leads to (a module with draft: true has no page).',
    );
    expect(lines).toHaveLength(6);
  });
});
