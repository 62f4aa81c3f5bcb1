import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, readBuilt } from './astro-build';

/** A link in the built site that goes nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
  problem: 'no page' | 'no anchor';
}


/** `id="…"` values of a page; Astro writes every attribute double-quoted. */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));

/** The HTML file a site path is served from, or undefined when there is none. */
function fileFor(dir: string, pathname: string): string | undefined {
  const path = decodeURIComponent(pathname).replace(/^\//, '');
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((candidate) => existsSync(join(dir, candidate)));
}

/**
 * Checks every internal `href` in a built site: the target page exists and, when the link has a
 * `#fragment`, that page has an element with that id. External, `mailto:` and `tel:` links are
 * left alone (no network here).
 * @param dir the built site
 * @param base the site's base path, e.g. `/` or `/kap/`
 */
export function findBrokenLinks(dir: string, base = '/'): BrokenLink[] {
  const pages = listFiles(dir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => idCache.get(file) ?? idCache.set(file, idsOf(readBuilt(dir, file))).get(file)!;
  const broken: BrokenLink[] = [];

  for (const page of pages) {
    const html = readBuilt(dir, page);
    const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, 'https://site.invalid');
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
      if (!href || /^(https?:|mailto:|tel:|data:)/i.test(href)) continue;
      const url = new URL(href.replaceAll('&amp;', '&'), pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href, problem: 'no page' });
        continue;
      }
      const target = fileFor(dir, url.pathname.slice(base.length - 1));
      if (!target) {
        broken.push({ page, href, problem: 'no page' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !ids(target).has(anchor)) broken.push({ page, href, problem: 'no anchor' });
    }
  }
  return broken;
}
