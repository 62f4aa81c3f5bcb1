import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { defaultLocale, isLocale, localeIds } from '../i18n/locales';
import { checkLinks, decode, normalizeBase, pageUrlOf, type BrokenLink } from './broken-links';
import { sourceOfPage } from './page-sources';

export { checkLinks, findBrokenLinks, type BrokenLink, type LinkCheck, type LinkProblem } from './broken-links';

/** `/modules/<slug>/` or `/<locale>/modules/<slug>/` below the base: a link to a module's page. */
const MODULE_PATH = new RegExp(`^(?:(?:${localeIds.join('|')})/)?modules/[^/]+/?$`);

/** Where a broken link leads, then why that is nowhere, as the end of a sentence. */
function whatIsWrong(link: BrokenLink, base: string): string {
  const written = link.href === link.target ? '' : ` (written "${link.href}")`;
  const leadsTo = `links to ${link.target}${written}`;
  const [path = '', anchor = ''] = link.target.split('#');
  if (link.problem === 'outside base') {
    return `${leadsTo}, which is outside the site's base path ${base}: a link from the site root must start with ${base}, or be written relative to the page.`;
  }
  if (link.problem === 'no anchor') {
    return `${leadsTo}, but ${path} has no element with id="${decode(anchor)}" (a heading renamed or removed?).`;
  }
  if (MODULE_PATH.test(path.slice(base.length))) return `${leadsTo}, which is not published (draft: true or no such module).`;
  return `${leadsTo}, which is no page of the built site.`;
}

/**
 * One line a developer reads for a broken link: the file to fix (where it can be told), the page
 * as served, the link and why it goes nowhere, e.g.
 * `src/content/modules/music-and-sound.mdx (/modules/music-and-sound/) links to /modules/set-and-setting/
 * (written "../set-and-setting/"), which is not published (draft: true or no such module).`
 * @param link a link {@link checkLinks} found broken
 * @param options `base`: the site's base path; `root`: the project folder, to name the page's source file
 */
export function describeBrokenLink(link: BrokenLink, options: { base?: string; root?: string } = {}): string {
  const base = normalizeBase(options.base ?? '/');
  const url = pageUrlOf(link.page, base);
  const source = options.root === undefined ? undefined : sourceOfPage(options.root, link.page, link.href);
  const where = !source
    ? `The page ${url} (${link.page} in the built site)`
    : source.writesLink
      ? `${source.file} (${url})`
      : `The page ${url} (built from ${source.file}, which does not write this link: a component or layout adds it)`;
  return `${where} ${whatIsWrong(link, base)}`;
}

/** A page's path without its locale folder, and the locale's place: `es/modules/a/index.html` → `["modules/a/index.html", 1]`. */
function pageInLocale(page: string): [string, number] {
  const [first = '', ...rest] = page.split('/');
  return isLocale(first) && first !== defaultLocale ? [rest.join('/'), localeIds.indexOf(first)] : [page, 0];
}

/** Broken links with each page's languages side by side (English, then Spanish…), so one fix is read once. */
function byPageThenLocale(broken: readonly BrokenLink[]): BrokenLink[] {
  return [...broken].sort((a, b) => {
    const [pageA, localeA] = pageInLocale(a.page);
    const [pageB, localeB] = pageInLocale(b.page);
    return pageA === pageB ? localeA - localeB : pageA < pageB ? -1 : 1;
  });
}

/**
 * The error a build fails with: one line per broken link, then what to do.
 * @param broken what {@link checkLinks} found, not empty
 * @param options as for {@link describeBrokenLink}
 */
export function brokenLinksReport(broken: readonly BrokenLink[], options: { base?: string; root?: string } = {}): string {
  const count = broken.length === 1 ? '1 link goes' : `${broken.length} links go`;
  return [
    `Link check: ${count} nowhere in the built site.`,
    ...byPageThenLocale(broken).map((link) => `  ${describeBrokenLink(link, options)}`),
    'Fix or remove each link, or publish the page it leads to (a module with draft: true has no page).',
  ].join('\n');
}

/**
 * Astro integration: once the site is written, checks every internal link and `#anchor` of every
 * built page (every language, under the base path) and fails the build when any goes nowhere, so
 * hiding a module (`draft: true`) or renaming a heading cannot ship links that 404. Register it
 * after `pagefind()`, so the search page's links to Pagefind's files are checked against the
 * files Pagefind wrote.
 */
export default function linkCheckIntegration(): AstroIntegration {
  let root: string | undefined;
  let base = '/';
  return {
    name: 'kap-prep-kit:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, links, broken } = checkLinks(fileURLToPath(dir), base);
        if (broken.length > 0) throw new Error(brokenLinksReport(broken, { base, root }));
        const took = Math.round(performance.now() - started);
        logger.info(`Link check: all ${links} internal links on ${pages} pages lead somewhere (${took} ms).`);
      },
    },
  };
}
