import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, isLocale, localeIds } from '../i18n/locales';
import { redirectedHref } from '../lib/hidden-module-links';
import { checkLinks, decode, normalizeBase, pageUrlOf, type BrokenLink } from './broken-links';
import { sourceOfPage } from './page-sources';

export { checkLinks, findBrokenLinks, type BrokenLink, type LinkCheck, type LinkProblem } from './broken-links';

/** `/modules/<slug>/` or `/<locale>/modules/<slug>/` below the base: a link to a module's page (the slug is group 1). */
const MODULE_PATH = new RegExp(`^(?:(?:${localeIds.join('|')})/)?modules/([^/]+)/?$`);

/** One entry of the clinic's `modules.hide`, as the settings give it. */
interface HiddenModule {
  slug: string;
  linksGoTo?: string | undefined;
}

/** What the messages need to know besides the link: where the site is, and what the clinic hides. */
export interface DescribeOptions {
  /** The site's base path. */
  base?: string;
  /** The project folder, to name the page's source file. */
  root?: string;
  /** The clinic's `modules.hide`, so a link to a hidden module says so and how to fix it. */
  hide?: readonly HiddenModule[];
  /** The file the clinic's settings are in, as messages name it. */
  settingsFile?: string;
}

/** The built file a site path (with the base) is served from, for naming its source: `/kap/modules/a/` → `modules/a/index.html`. */
const builtPageOf = (path: string, base: string) =>
  `${path.slice(base.length)}${path.endsWith('/') ? 'index.html' : ''}`;

/** Where a broken link leads, then why that is nowhere, as the end of a sentence. */
function whatIsWrong(
  link: BrokenLink,
  options: DescribeOptions & { base: string },
  rewrittenFrom?: RewrittenLink,
): string {
  const { base, hide = [], settingsFile = 'clinic/config.ts' } = options;
  const [path = '', anchor = ''] = link.target.split('#');
  const slug = MODULE_PATH.exec(path.slice(base.length))?.[1];
  const hiddenAt = slug === undefined ? -1 : hide.findIndex((entry) => entry.slug === decode(slug));
  if (rewrittenFrom) {
    const entry = hide[rewrittenFrom.index]!;
    const sent = `which ${settingsFile} sends to ${path} (modules.hide[${rewrittenFrom.index}].linksGoTo: "${entry.linksGoTo}")`;
    // The English file: a translation's headings take the English ids (src/lib/heading-ids.ts).
    const file =
      options.root === undefined
        ? undefined
        : sourceOfPage(options.root, pageInLocale(builtPageOf(path, base))[0], '')?.file;
    const fix = file?.startsWith('clinic/')
      ? `Give ${file} a heading that makes that id (and its translations the same heading in their words), or send the links to a module that has the section.`
      : `Send the links to a module that has the section, such as one of the clinic's own (clinic/modules/) with a heading that makes that id.`;
    return `links to ${rewrittenFrom.target} (written "${rewrittenFrom.href}"), ${sent}, but ${path} has no element with id="${decode(anchor)}". ${fix}`;
  }
  const written = link.href === link.target ? '' : ` (written "${link.href}")`;
  const leadsTo = `links to ${link.target}${written}`;
  if (link.problem === 'outside base') {
    return `${leadsTo}, which is outside the site's base path ${base}: a link from the site root must start with ${base}, or be written relative to the page.`;
  }
  if (link.problem === 'no anchor') {
    // A kit module replaced by the clinic's: the kit's pages still link to the sections it had.
    const { root } = options;
    const target =
      root === undefined || slug === undefined ? undefined : sourceOfPage(root, builtPageOf(path, base), '');
    const replaced =
      target?.file.startsWith('clinic/modules/') &&
      existsSync(join(root!, 'src', 'content', 'modules', `${decode(slug!)}.mdx`));
    const keep = replaced
      ? ` It is built from ${target!.file}, the clinic's replacement of the kit's module, and other pages link to this section: keep a heading in it that makes that id.`
      : '';
    return `${leadsTo}, but ${path} has no element with id="${decode(anchor)}" (a heading renamed or removed?).${keep}`;
  }
  if (hiddenAt !== -1) {
    const entry = hide[hiddenAt]!;
    const fix = entry.linksGoTo
      ? `its linksGoTo changes the links written in modules and pages (MDX), not this one`
      : `send every link to it to another module with { slug: "${entry.slug}", linksGoTo: "<another module>" } as modules.hide[${hiddenAt}], or stop hiding it`;
    return `${leadsTo}, which ${settingsFile} hides (modules.hide[${hiddenAt}]): ${fix}.`;
  }
  if (slug !== undefined) return `${leadsTo}, which is not published (draft: true or no such module).`;
  return `${leadsTo}, which is no page of the built site.`;
}

/** A link the file writes to a hidden module, which the page has as a link to its `linksGoTo`. */
interface RewrittenLink {
  /** As the file writes it: `../a/#s`. */
  href: string;
  /** Where that leads, with the base: `/modules/a/#s`. */
  target: string;
  /** Its entry in `modules.hide`. */
  index: number;
}

/**
 * The link as the page's file wrote it, when it was sent elsewhere by a `linksGoTo`: `../b/#s` on
 * the page came from `../a/#s` in the file if `a` is hidden with `linksGoTo: "b"`.
 */
function rewrittenLink(link: BrokenLink, options: DescribeOptions & { base: string }): RewrittenLink | undefined {
  if (options.root === undefined) return undefined;
  const from = pageUrlOf(link.page, options.base);
  for (const [index, entry] of (options.hide ?? []).entries()) {
    if (entry.linksGoTo === undefined) continue;
    const href = redirectedHref(link.href, from, new Map([[entry.linksGoTo, entry.slug]]));
    if (href === undefined || !sourceOfPage(options.root, link.page, href)?.writesLink) continue;
    const url = new URL(href, `https://site.invalid${from}`);
    return { href, target: `${url.pathname}${url.hash}`, index };
  }
  return undefined;
}

/**
 * One line a developer reads for a broken link: the file to fix (where it can be told), the page
 * as served, the link and why it goes nowhere, e.g.
 * `src/content/modules/music-and-sound.mdx (/modules/music-and-sound/) links to /modules/set-and-setting/
 * (written "../set-and-setting/"), which is not published (draft: true or no such module).`
 * A link to a module the clinic hides says so, and how to send its links elsewhere; a link sent
 * elsewhere by `linksGoTo` to a section the other module lacks names the setting.
 * @param link a link {@link checkLinks} found broken
 * @param options `base`: the site's base path; `root`: the project folder, to name the page's
 *   source file; `hide` and `settingsFile`: the clinic's `modules.hide` and where it is written
 */
export function describeBrokenLink(link: BrokenLink, options: DescribeOptions = {}): string {
  const base = normalizeBase(options.base ?? '/');
  const url = pageUrlOf(link.page, base);
  const rewrittenFrom = link.problem === 'no anchor' ? rewrittenLink(link, { ...options, base }) : undefined;
  const source =
    options.root === undefined ? undefined : sourceOfPage(options.root, link.page, rewrittenFrom?.href ?? link.href);
  const where = !source
    ? `The page ${url} (${link.page} in the built site)`
    : source.writesLink
      ? `${source.file} (${url})`
      : `The page ${url} (built from ${source.file}, which does not write this link: a component or layout adds it)`;
  return `${where} ${whatIsWrong(link, { ...options, base }, rewrittenFrom)}`;
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
export function brokenLinksReport(broken: readonly BrokenLink[], options: DescribeOptions = {}): string {
  const count = broken.length === 1 ? '1 link goes' : `${broken.length} links go`;
  const lines = byPageThenLocale(broken).map((link) => `  ${describeBrokenLink(link, options)}`);
  // A clinic cannot edit the kit's pages: the fix for a link to a module it hides is in its settings.
  const settings = options.settingsFile ?? 'clinic/config.ts';
  const hidden = lines.some(
    (line) => line.includes(`${settings} hides (modules.hide[`) || line.includes(`${settings} sends to`),
  );
  return [
    `Link check: ${count} nowhere in the built site.`,
    ...lines,
    'Fix or remove each link, or publish the page it leads to (a module with draft: true has no page).',
    ...(hidden
      ? [
          `The kit's own files stay as the kit ships them: fix links to a module ${settings} hides there, in modules.hide (linksGoTo).`,
        ]
      : []),
  ].join('\n');
}

/**
 * Astro integration: once the site is written, checks every internal link and `#anchor` of every
 * built page (every language, under the base path) and fails the build when any goes nowhere, so
 * hiding a module (`draft: true`) or renaming a heading cannot ship links that 404. Register it
 * after `pagefind()`, so the search page's links to Pagefind's files are checked against the
 * files Pagefind wrote.
 * @param options the clinic's `modules.hide` and the file it is in, for the messages about links
 *   to hidden modules (astro.config.mjs passes the clinic's settings)
 */
export default function linkCheckIntegration(
  options: Pick<DescribeOptions, 'hide' | 'settingsFile'> = {},
): AstroIntegration {
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
        if (broken.length > 0) throw new Error(brokenLinksReport(broken, { ...options, base, root }));
        const took = Math.round(performance.now() - started);
        logger.info(`Link check: all ${links} internal links on ${pages} pages lead somewhere (${took} ms).`);
      },
    },
  };
}
