import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import hiddenModuleLinks from '../../../src/integrations/hidden-module-links';
import {
  hiddenModuleLinksPlugin,
  pagePathOfContentFile,
  redirectedHref,
  redirectsOf,
} from '../../../src/lib/hidden-module-links';

/**
 * Links to a hidden module with `linksGoTo` (src/lib/hidden-module-links.ts): every way the kit's
 * content writes a link to a module is rewritten to the other module, written the same way, its
 * `#section` kept; nothing else changes.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ORIGIN = 'https://site.invalid';

/** Every Markdown link of the kit's content that leads to a module page, with the file's page path. */
function kitModuleLinks(): { file: string; from: string; href: string; slug: string }[] {
  const folder = join(ROOT, 'src', 'content');
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .flatMap((entry) => {
      const path = join(entry.parentPath, entry.name);
      const file = relative(ROOT, path).split(sep).join('/');
      const from = pagePathOfContentFile(file)!;
      return [...readFileSync(path, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)].flatMap(([, href = '']) => {
        if (/^[a-z]+:/.test(href)) return [];
        const slug = /\/modules\/([^/]+)\/?$/.exec(new URL(href, `${ORIGIN}${from}`).pathname)?.[1];
        return slug ? [{ file, from, href, slug }] : [];
      });
    });
}

describe('the page a content file’s links are read from', () => {
  it('is its page’s path, in its language', () => {
    expect(pagePathOfContentFile('src/content/modules/set-and-setting.mdx')).toBe('/modules/set-and-setting/');
    expect(pagePathOfContentFile('/site/src/content/modules/es/set-and-setting.mdx')).toBe(
      '/es/modules/set-and-setting/',
    );
    expect(pagePathOfContentFile('/site/clinic/modules/getting-here.mdx')).toBe('/modules/getting-here/');
    expect(pagePathOfContentFile('C:\\site\\src\\content\\pages\\providers.mdx')).toBe('/providers/');
    expect(pagePathOfContentFile('/site/clinic/pages/es/parking.mdx')).toBe('/es/parking/');
    expect(pagePathOfContentFile('/site/src/components/Thing.astro')).toBeUndefined();
  });
});

describe('a link to a hidden module with linksGoTo', () => {
  const links = kitModuleLinks();

  it('is tested on every form the kit writes: between modules, from pages, with a #section, in each language', () => {
    expect(links.some(({ href }) => href.startsWith('../') && !href.includes('modules/'))).toBe(true);
    expect(links.some(({ href }) => href.includes('../modules/'))).toBe(true);
    expect(links.some(({ href }) => href.includes('#'))).toBe(true);
    expect(links.some(({ from }) => from.startsWith('/es/'))).toBe(true);
  });

  it('goes to the other module, written the same way, with its #section kept', () => {
    for (const { file, from, href, slug } of links) {
      const rewritten = redirectedHref(href, from, new Map([[slug, 'our-module']]));
      expect(rewritten, `${file}: ${href}`).toBeDefined();
      const before = new URL(href, `${ORIGIN}${from}`);
      const after = new URL(rewritten!, `${ORIGIN}${from}`);
      expect(after.pathname).toBe(before.pathname.replace(`/modules/${slug}/`, '/modules/our-module/'));
      expect(after.hash).toBe(before.hash);
      // Relative stays relative.
      expect(rewritten!.startsWith('/')).toBe(href.startsWith('/'));
    }
  });

  it('is left alone when it leads to a module that is not hidden', () => {
    for (const { from, href, slug } of links)
      expect(redirectedHref(href, from, new Map([[`not-${slug}`, 'our-module']]))).toBeUndefined();
  });

  it('from the site root, under a base path or a locale, with a query, is rewritten too', () => {
    const redirects = new Map([['a', 'b']]);
    expect(redirectedHref('/modules/a/', undefined, redirects)).toBe('/modules/b/');
    expect(redirectedHref('/kap/es/modules/a/?x=1#s', '/kap/', redirects)).toBe('/kap/es/modules/b/?x=1#s');
    expect(redirectedHref('../a', '/modules/c/', redirects)).toBe('../b');
  });

  it('that is no link to a module page is left alone', () => {
    const redirects = new Map([['a', 'b']]);
    for (const href of [
      'https://example.org/modules/a/',
      'mailto:a@example.org',
      '//cdn.example/modules/a/',
      '#a',
      '',
      '../../worksheets/a/',
      '../a/other/',
    ]) {
      expect(redirectedHref(href, '/modules/c/', redirects), href).toBeUndefined();
    }
    // A relative link in a file whose page is unknown cannot be read.
    expect(redirectedHref('../a/', undefined, redirects)).toBeUndefined();
  });
});

describe('the Markdown processor plugin', () => {
  /** Runs the plugin's visitor for one node, as the processor would, recording what it sets. */
  function visit(
    file: string,
    node: {
      type: string;
      properties?: Record<string, unknown>;
      attributes?: { type: string; name: string; value: unknown }[];
    },
  ) {
    const factory = hiddenModuleLinksPlugin([
      { slug: 'set-and-setting', linksGoTo: 'our-setting' },
      { slug: 'music-and-sound' },
    ])!;
    const plugin = factory({ fileURL: pathToFileURL(join(ROOT, file)) });
    const set: Record<string, unknown> = {};
    const visitor = plugin[node.type as 'element' | 'mdxJsxTextElement' | 'mdxJsxFlowElement'];
    expect(visitor.filter).toEqual(['a']);
    visitor.visit(node, { setProperty: (_node: unknown, key: string, value: unknown) => (set[key] = value) });
    return set;
  }

  it('rewrites Markdown links and JSX <a href> in modules and pages, and nothing else', () => {
    expect(
      visit('src/content/modules/music-and-sound.mdx', {
        type: 'element',
        properties: { href: '../set-and-setting/#space' },
      }),
    ).toEqual({ href: '../our-setting/#space' });
    expect(
      visit('src/content/pages/es/providers.mdx', {
        type: 'element',
        properties: { href: '../modules/set-and-setting/' },
      }),
    ).toEqual({ href: '../modules/our-setting/' });
    expect(
      visit('clinic/modules/getting-here.mdx', {
        type: 'mdxJsxTextElement',
        attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '../set-and-setting/' }],
      }),
    ).toEqual({
      href: '../our-setting/',
    });
    // A hidden module without linksGoTo keeps its links (the link check names them).
    expect(
      visit('src/content/modules/set-and-setting.mdx', {
        type: 'element',
        properties: { href: '../music-and-sound/' },
      }),
    ).toEqual({});
  });

  it('is not added when no hidden module has a linksGoTo', () => {
    expect(hiddenModuleLinksPlugin([{ slug: 'music-and-sound' }])).toBeUndefined();
    expect(redirectsOf([{ slug: 'a' }, { slug: 'b', linksGoTo: 'c' }])).toEqual(new Map([['b', 'c']]));
  });
});

describe('the integration that adds the plugin', () => {
  const setUp = (
    processor: { name: string; options?: { hastPlugins?: unknown[] } },
    hide: { slug: string; linksGoTo?: string }[],
  ) => {
    const hook = hiddenModuleLinks({ hide }).hooks['astro:config:setup']!;
    return () => (hook as (options: unknown) => void)({ config: { markdown: { processor } } });
  };

  it('adds it to the Sätteri processor’s hast plugins, once, and only when links go elsewhere', () => {
    const processor = { name: 'satteri', options: { hastPlugins: [] as unknown[] } };
    setUp(processor, [{ slug: 'a', linksGoTo: 'b' }])();
    expect(processor.options.hastPlugins).toHaveLength(1);
    setUp(processor, [{ slug: 'a' }])();
    expect(processor.options.hastPlugins).toHaveLength(1);
  });

  it('stops the build rather than leave links unchanged on another processor', () => {
    expect(setUp({ name: 'unified', options: {} }, [{ slug: 'a', linksGoTo: 'b' }])).toThrow(
      /^clinic\/config\.ts: modules\.hide sends links elsewhere \(linksGoTo\), which needs Astro's Sätteri Markdown processor/,
    );
    expect(setUp({ name: 'unified', options: {} }, [{ slug: 'a' }])).not.toThrow();
  });
});
