/**
 * Links to a hidden module go where the clinic says (`modules.hide: [{ slug, linksGoTo }]` in
 * `clinic/config.ts`). A clinic cannot edit the kit's modules, which link to each other
 * (`[set and setting](../set-and-setting/)` between modules, `../modules/set-and-setting/` from a
 * page), so every such link, in the kit's content and the clinic's, in every language, is changed
 * when the MDX is compiled: `../set-and-setting/#water` becomes `../our-setting/#water`, written
 * the same way (relative stays relative). The `#section` is kept: if the module links go to has no
 * such section, the build's link check stops, naming the section and the setting (see
 * src/integrations/link-check.ts), because dropping it silently could hide a link that now opens
 * the wrong part of a page. A hidden module without `linksGoTo` keeps its links, and the link
 * check stops the build naming each page that links to it.
 *
 * Added to the Markdown processor by the integration in src/integrations/hidden-module-links.ts
 * (registered in astro.config.mjs). Typed here with only the fields read, so nothing is imported
 * from the processor's package.
 */

/** Any URL scheme (`https:`, `mailto:`…): such a link leaves the site. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** An origin no link can have, to resolve site paths against. */
const ORIGIN = 'https://site.invalid';

/** A path to a module's page, with anything before it (the base path, a locale): its slug is group 1. */
const MODULE_PAGE = /\/modules\/([^/]+)\/?(?:index\.html)?$/;

/** A content file: `…/src/content/modules/es/a.mdx`, `…/clinic/pages/getting-here.mdx`. */
const CONTENT_FILE = /(?:^|\/)(?:src\/content|clinic)\/(modules|pages)\/(?:([^/]+)\/)?([^/]+)\.mdx?$/;

/** `%20` and friends decoded; a malformed escape is kept as written. */
const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The site path of the page a content file becomes, which its relative links are read from:
 * `src/content/modules/a.mdx` → `/modules/a/`, `clinic/modules/es/a.mdx` → `/es/modules/a/`,
 * `clinic/pages/getting-here.mdx` → `/getting-here/`; undefined for any other file.
 * @param file the file's path, absolute or from the project (either separator)
 */
export function pagePathOfContentFile(file: string | undefined): string | undefined {
  const match = CONTENT_FILE.exec((file ?? '').split('\\').join('/'));
  if (!match) return undefined;
  const [, kind, locale, name] = match;
  const prefix = locale ? `/${locale}` : '';
  return kind === 'modules' ? `${prefix}/modules/${name}/` : `${prefix}/${name}/`;
}

/** Hidden slug → where its links go, from `modules.hide` (entries without `linksGoTo` send nothing anywhere). */
export function redirectsOf(hide: readonly { slug: string; linksGoTo?: string | undefined }[]): Map<string, string> {
  return new Map(hide.flatMap(({ slug, linksGoTo }) => (linksGoTo === undefined ? [] : [[slug, linksGoTo] as const])));
}

/**
 * The link `href` written instead, if it leads to a hidden module's page that has a `linksGoTo`:
 * the same link with the slug changed where it is written (`../a/#s` → `../b/#s`,
 * `/es/modules/a/` → `/es/modules/b/`), its `?query` and `#section` kept. Undefined for any other link.
 * @param href the link as the file writes it
 * @param from the site path of the page the link is on ({@link pagePathOfContentFile}); without it only
 *   links from the site root are read
 * @param redirects hidden slug → the slug links go to ({@link redirectsOf})
 */
export function redirectedHref(
  href: string,
  from: string | undefined,
  redirects: ReadonlyMap<string, string>,
): string | undefined {
  if (redirects.size === 0 || href === '' || HAS_SCHEME.test(href) || href.startsWith('//')) return undefined;
  if (from === undefined && !href.startsWith('/')) return undefined;
  const url = new URL(href, `${ORIGIN}${from ?? '/'}`);
  const slug = MODULE_PAGE.exec(url.pathname)?.[1];
  const to = slug === undefined ? undefined : redirects.get(decode(slug));
  if (slug === undefined || to === undefined) return undefined;
  const end = href.search(/[?#]/);
  const path = end === -1 ? href : href.slice(0, end);
  const rest = end === -1 ? '' : href.slice(end);
  // The slug as the link writes it: the path's last segment (a link to a module from its own page,
  // `./` or `#s`, does not write it; such a page is hidden and never built).
  const renamed = path.replace(new RegExp(`(^|/)${escapeRegExp(slug)}(?=/?(?:index\\.html)?$)`), `$1${to}`);
  return renamed === path ? undefined : `${renamed}${rest}`;
}

/** The parts of a hast element or MDX JSX element the plugin reads. */
interface LinkNode {
  type: string;
  properties?: Record<string, unknown>;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/** What the plugin asks of the Markdown processor's visitor context. */
interface VisitContext {
  setProperty(node: LinkNode, key: string, value: unknown): void;
}

/** The `href` a link element writes: a Markdown link's property, or a JSX `<a href="…">`'s attribute. */
function hrefOf(node: LinkNode): string | undefined {
  if (node.type === 'element') return typeof node.properties?.href === 'string' ? node.properties.href : undefined;
  const attribute = node.attributes?.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'href',
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** A content file's path from the URL the processor compiles it as (its query, if any, left out). */
const pathOfFileUrl = (url: URL | undefined) =>
  url === undefined ? undefined : decode(url.pathname).replace(/\?.*$/, '');

/**
 * The Markdown processor's plugin (Astro's default, Sätteri: a hast plugin, the counterpart of a
 * rehype plugin) that rewrites, in each module and page, every link to a hidden module that has
 * a `linksGoTo`: Markdown links (`a` elements) and `<a href="…">` written as JSX in MDX.
 * @returns a plugin factory (called once per file, with its URL), or `undefined` when no hidden
 *   module has a `linksGoTo` (nothing to add to the pipeline)
 */
export function hiddenModuleLinksPlugin(hide: readonly { slug: string; linksGoTo?: string | undefined }[]) {
  const redirects = redirectsOf(hide);
  if (redirects.size === 0) return undefined;
  return (file: { fileURL?: URL | undefined }) => {
    const from = pagePathOfContentFile(pathOfFileUrl(file.fileURL));
    const visit = (node: LinkNode, context: VisitContext) => {
      const href = hrefOf(node);
      const redirected = href === undefined ? undefined : redirectedHref(href, from, redirects);
      if (redirected !== undefined) context.setProperty(node, 'href', redirected);
    };
    const links = { filter: ['a'], visit };
    return {
      name: 'kap-prep-kit:hidden-module-links',
      element: links,
      mdxJsxFlowElement: links,
      mdxJsxTextElement: links,
    };
  };
}
