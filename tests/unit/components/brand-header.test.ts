import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import SiteHeader from '../../../src/components/SiteHeader.astro';
import clinic from '../../../src/clinic/settings';
import { localeIds } from '../../../src/i18n/locales';
import { localePath } from '../../../src/i18n/page-locale';
import { uiStrings } from '../../../src/i18n/strings';
import { withBase } from '../../../src/lib/urls';
import { parseHtml } from './brand-html';

/**
 * The site header with a clinic's brand (src/components/SiteHeader.astro): the logo beside the
 * site's name in the home link, decorative, with its own size when the file says it; and the kit's
 * header, unchanged, without one. The logo's size comes from the clinic folder, which these tests
 * do not have, so it is stood in for by the size a file of that name would give.
 */
const sizes = vi.hoisted(() => new Map<string, { width: number; height: number }>());
vi.mock('../../../src/components/brand/clinic-image-size', () => ({
  clinicImageSize: async (path: string) => sizes.get(path),
  warnOfLargeLogo: () => undefined,
}));

beforeEach(() => sizes.clear());

const LOGO = { logo: 'brand/logo.png', logoSrc: '/_astro/logo.Ab12Cd34.png' };

/** The header as a page in `locale` renders it, parsed; its home link. */
async function homeLink(brand: Record<string, unknown> | undefined, locale = localeIds[0]!) {
  const container = await AstroContainer.create();
  const url = new URL(withBase(localePath(locale, '')), 'https://example.org');
  const html = await container.renderToString(SiteHeader, { props: brand ? { brand } : {}, request: new Request(url) });
  return parseHtml(html).querySelector<HTMLAnchorElement>('.site-header__name')!;
}

describe('the header’s home link', () => {
  it.each(localeIds)('is the site’s name and nothing else without a logo (%s)', async (locale) => {
    const link = await homeLink({}, locale);
    expect(link.textContent?.trim()).toBe(uiStrings(locale)['site.name']);
    expect(link.querySelector('img')).toBeNull();
    expect(link.className).toBe('site-header__name');
  });

  it('shows the logo beside the name, as decoration: the link’s name is the site’s name', async () => {
    const link = await homeLink(LOGO);
    const logo = link.querySelector('img')!;
    expect(logo.getAttribute('src')).toBe(LOGO.logoSrc);
    expect(logo.getAttribute('alt')).toBe('');
    expect(logo.className).toBe('site-header__logo');
    expect(link.classList.contains('site-header__name--logo')).toBe(true);
    expect(link.textContent?.trim()).toBe(uiStrings(localeIds[0]!)['site.name']);
  });

  it('gives the logo its own width and height when the file says them, so the page does not jump', async () => {
    sizes.set(LOGO.logo, { width: 480, height: 120 });
    const logo = (await homeLink(LOGO)).querySelector('img')!;
    expect([logo.getAttribute('width'), logo.getAttribute('height')]).toEqual(['480', '120']);
  });

  it('leaves width and height out when the size is unknown, rather than guessing', async () => {
    const logo = (await homeLink(LOGO)).querySelector('img')!;
    expect(logo.hasAttribute('width')).toBe(false);
    expect(logo.hasAttribute('height')).toBe(false);
  });

  it('shows no logo for a logo file the build has no URL for', async () => {
    const link = await homeLink({ logo: 'brand/logo.png' });
    expect(link.querySelector('img')).toBeNull();
  });

  it('follows the site’s settings when the page passes no brand', async () => {
    const link = await homeLink(undefined);
    expect(link.querySelector('img')?.getAttribute('src')).toBe(clinic.brand.logoSrc);
  });
});
