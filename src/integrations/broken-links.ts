import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Why a link goes nowhere. */
export type LinkProblem =
  /** No file in the built site is served at the link's path. */
  | 'no page'
  /** The page exists but has no element with the link's `#fragment` as its id. */
  | 'no anchor'
  /** Written from the site root without the base path (`/privacy/` on a site built under `/kap/`). */
  | 'outside base';

/** A link in the built site that goes nowhere. */
export interface BrokenLink {
  /** The page it is on: its file in the built site, e.g. `modules/a/index.html`. */
  page: string;
  /** The link exactly as the page writes it (`../b/`). */
  href: string;
  /** Where it leads, as a path from the host with the base path: `/modules/b/`, `/kap/#step`. */
  target: string;
  problem: LinkProblem;
}

/** What one run of the checker saw. */
export interface LinkCheck {
  /** How many HTML pages were read. */
  pages: number;
  /** How many internal links they hold (each distinct link once per page). */
  links: number;
  /** The links among them that go nowhere, in page order. */
  broken: BrokenLink[];
}

/** Any URL scheme (`https:`, `mailto:`, `tel:`, `data:`…): such a link leaves the site, and there is no network here. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** An origin no link can have, to resolve site paths against. */
const ORIGIN = 'https://site.invalid';

/** `id="…"` values of a page; Astro writes every attribute double-quoted. */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));

/** `href="…"` values of a page, each once, with `&amp;` turned back into `&`. */
const hrefsOf = (html: string) =>
  new Set([...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&')));

/** Decodes `%20` and friends; a malformed escape is kept as written rather than thrown on. */
export function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `/`, `/kap/` from `kap`, `/kap` or `/kap/`: the base as a path that starts and ends with a slash. */
export const normalizeBase = (base: string) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** Every file under `dir`, as `/`-separated paths relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The built file a site path (below the base) is served from, the way a static host finds it. */
function fileFor(files: ReadonlySet<string>, pathname: string): string | undefined {
  const path = decode(pathname).replace(/^\//, '');
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** The site path a built page is served at: `modules/a/index.html` → `/modules/a/` (with the base). */
export const pageUrlOf = (page: string, base = '/') =>
  `${normalizeBase(base)}${page.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Checks every internal link of a built site: the page it leads to exists and, when the link has a
 * `#fragment`, that page has an element with that id. Every page in every language is read (the
 * site is plain folders); Pagefind's own files are not pages and are skipped, though a page's
 * link to them is checked. Links with a scheme (`https:`, `mailto:`, `tel:`…) are left alone.
 * Reads each file once and looks targets up in one listing, so it stays well under a second for a
 * thousand-module site.
 * @param dir the built site (Astro's `outDir`)
 * @param base the site's base path, e.g. `/` or `/kap/`
 */
export function checkLinks(dir: string, base = '/'): LinkCheck {
  const root = normalizeBase(base);
  const files = new Set(listFiles(dir));
  const pages = [...files].filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/')).sort();
  // Each page is read once, keeping only its links and ids (not its HTML: a thousand-module site
  // is a few hundred MB of pages). Non-HTML files have no ids to check.
  const read = new Map(
    pages.map((page) => {
      const html = readFileSync(join(dir, page), 'utf8');
      return [page, { hrefs: hrefsOf(html), ids: idsOf(html) }] as const;
    }),
  );
  // Most links are the same on every page (the header, the footer, the module list) and written
  // from the site root, so each is judged once; a relative one once per page it is on.
  const judged = new Map<string, Omit<BrokenLink, 'page' | 'href'> | 'ok' | 'external'>();
  const judge = (href: string, pageUrl: URL) => {
    const key = href.startsWith('/') && !href.startsWith('//') ? href : `${pageUrl.pathname}\n${href}`;
    let verdict = judged.get(key);
    if (verdict === undefined) judged.set(key, (verdict = judgeLink(href, pageUrl)));
    return verdict;
  };
  /** Whether a link leads to an existing file (and id): 'ok', 'external', or what is wrong. */
  function judgeLink(href: string, pageUrl: URL): Omit<BrokenLink, 'page' | 'href'> | 'ok' | 'external' {
    const url = new URL(href, pageUrl);
    // `//cdn.example/x` has no scheme but leaves the site all the same.
    if (url.origin !== pageUrl.origin) return 'external';
    const target = `${url.pathname}${url.hash}`;
    if (!url.pathname.startsWith(root)) return { target, problem: 'outside base' };
    const file = fileFor(files, url.pathname.slice(root.length - 1));
    if (!file) return { target, problem: 'no page' };
    const anchor = decode(url.hash.slice(1));
    // A text fragment (`#:~:text=…`) names words, not an element.
    const ids = read.get(file)?.ids;
    if (anchor && !anchor.startsWith(':~:') && ids && !ids.has(anchor)) return { target, problem: 'no anchor' };
    return 'ok';
  }

  const broken: BrokenLink[] = [];
  let links = 0;
  for (const [page, { hrefs }] of read) {
    const pageUrl = new URL(pageUrlOf(page, root), ORIGIN);
    for (const href of hrefs) {
      if (!href || HAS_SCHEME.test(href)) continue;
      const verdict = judge(href, pageUrl);
      if (verdict === 'external') continue;
      links += 1;
      if (verdict !== 'ok') broken.push({ page, href, ...verdict });
    }
  }
  return { pages: pages.length, links, broken };
}

/**
 * The links of a built site that go nowhere (see {@link checkLinks}); an empty list when all lead somewhere.
 * @param dir the built site
 * @param base the site's base path, e.g. `/` or `/kap/`
 */
export const findBrokenLinks = (dir: string, base = '/'): BrokenLink[] => checkLinks(dir, base).broken;
