import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SiteFooter from '../../../src/components/SiteFooter.astro';
import clinic from '../../../src/clinic/settings';
import { localeIds, type Locale } from '../../../src/i18n/locales';
import { localePath } from '../../../src/i18n/page-locale';
import { translatorFor } from '../../../src/i18n/strings';
import { withBase } from '../../../src/lib/urls';
import { parseHtml } from './brand-html';

/** The footer with a clinic's own line (`brand.footer`, per language) after the kit's lines. */

/** A line per language, each marked with its language, so a test sees which one a page shows. */
const brandFooter = Object.fromEntries(
  localeIds.map((locale) => [locale, `Example Clinic Ltd (${locale}), registered in England no. 01234567.`]),
);

async function footer(locale: Locale, props: Record<string, unknown>) {
  const container = await AstroContainer.create();
  const url = new URL(withBase(localePath(locale, 'privacy/')), 'https://example.org');
  const html = await container.renderToString(SiteFooter, { props, request: new Request(url) });
  return parseHtml(html).querySelector('footer')!;
}

describe('the footer', () => {
  it.each(localeIds)(
    'shows the clinic’s line in the page’s language, last, after the kit’s lines (%s)',
    async (locale) => {
      const element = await footer(locale, { brandFooter });
      const lines = [...element.querySelectorAll('p')];
      expect(lines.at(-1)!.className).toBe('site-footer__brand');
      expect(lines.at(-1)!.textContent).toBe(brandFooter[locale]);
      // The kit's lines are all still there: emergency, contact, privacy promise.
      const { t } = translatorFor(locale);
      expect(element.textContent).toContain(t('footer.privacy'));
      expect(element.textContent).toContain(t('footer.disclaimer'));
      expect(lines).toHaveLength(4);
    },
  );

  it('has only the kit’s lines without one', async () => {
    const element = await footer(localeIds[0]!, { brandFooter: undefined });
    expect(element.querySelector('.site-footer__brand')).toBeNull();
    expect(element.querySelectorAll('p')).toHaveLength(3);
  });

  it('shows the site’s settings’ line when the page passes none', async () => {
    const element = await footer(localeIds[0]!, {});
    expect(element.querySelector('.site-footer__brand')?.textContent).toBe(clinic.brand.footer?.[localeIds[0]!]);
  });
});
