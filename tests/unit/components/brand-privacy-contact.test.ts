import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import PrivacyContact from '../../../src/components/privacy/PrivacyContact.astro';
import clinic from '../../../src/clinic/settings';
import { defaultLocale, localeIds, type Locale } from '../../../src/i18n/locales';
import { localePath } from '../../../src/i18n/page-locale';
import { withBase } from '../../../src/lib/urls';
import { parseHtml } from './brand-html';

/**
 * The privacy page's "Who is responsible for this site" section (PrivacyContact.astro), with the
 * words each language's privacy page gives it, read from the page's own MDX.
 */

const PAGES = join(import.meta.dirname, '..', '..', '..', 'src', 'content', 'pages');

/** The props one language's privacy page writes on `<PrivacyContact … />`. */
function wordsOf(locale: Locale): Record<string, string> {
  const file = locale === defaultLocale ? join(PAGES, 'privacy.mdx') : join(PAGES, locale, 'privacy.mdx');
  const tag = /<PrivacyContact\b([^>]*)\/>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]));
}

const PRIVACY = {
  dataController: 'Example Clinic Ltd, 1 High Street, Reading RG1 1AA',
  contact: 'privacy@example.org',
  registration: 'ICO registration ZA123456',
};

async function section(locale: Locale, props: Record<string, unknown>) {
  const container = await AstroContainer.create();
  const url = new URL(withBase(localePath(locale, 'privacy/')), 'https://example.org');
  const html = await container.renderToString(PrivacyContact, {
    props: { ...wordsOf(locale), ...props },
    request: new Request(url),
  });
  return parseHtml(`<main>${html}</main>`).querySelector('main')!;
}

describe('the privacy page’s “who is responsible” section', () => {
  it.each(localeIds)('is written in the %s privacy page, with every sentence’s placeholder', (locale) => {
    const words = wordsOf(locale);
    expect(Object.keys(words).sort()).toEqual(['contact', 'controller', 'heading', 'registration']);
    expect(words['controller']).toContain('{dataController}');
    expect(words['registration']).toContain('{registration}');
    expect(words['contact']).toContain('{contact}');
  });

  it.each(localeIds)(
    'names the data controller, the registration and the privacy email as a link (%s)',
    async (locale) => {
      const words = wordsOf(locale);
      const element = await section(locale, { privacy: PRIVACY });
      const heading = element.querySelector('h2')!;
      expect(heading.textContent).toBe(words['heading']);
      expect(heading.id).toBe('who-is-responsible');
      expect(element.querySelector('[data-privacy="controller"]')!.textContent).toBe(
        words['controller']!.replace('{dataController}', PRIVACY.dataController),
      );
      expect(element.querySelector('[data-privacy="registration"]')!.textContent).toBe(
        words['registration']!.replace('{registration}', PRIVACY.registration),
      );
      const contact = element.querySelector('[data-privacy="contact"]')!;
      expect(contact.textContent).toBe(words['contact']!.replace('{contact}', PRIVACY.contact));
      expect(contact.querySelector('a')!.getAttribute('href')).toBe('mailto:privacy@example.org');
    },
  );

  it('leaves the registration out when the clinic gives none', async () => {
    const element = await section(defaultLocale, {
      privacy: { dataController: PRIVACY.dataController, contact: PRIVACY.contact },
    });
    expect(element.querySelector('[data-privacy="registration"]')).toBeNull();
    expect(element.querySelector('[data-privacy="contact"]')).not.toBeNull();
  });

  it('shows nothing without `privacy` (the page’s Questions section names the care team)', async () => {
    const element = await section(defaultLocale, { privacy: undefined });
    expect(element.innerHTML.trim()).toBe('');
  });

  it('follows the site’s settings when the page passes none', async () => {
    const element = await section(defaultLocale, {});
    expect(element.querySelector('[data-privacy="contact"] a')?.textContent).toBe(clinic.privacy?.contact);
  });

  it('stops the build when a sentence lost its placeholder, naming it', async () => {
    await expect(section(defaultLocale, { privacy: PRIVACY, contact: 'Email us.' })).rejects.toThrow(
      '<PrivacyContact contact="…">: the sentence needs {contact} where the clinic\'s contact goes (it has "Email us.").',
    );
  });
});

describe('the privacy page without `privacy`', () => {
  it.each(localeIds)('still tells the reader to ask the care team, by name and phone (%s)', (locale) => {
    const file = locale === defaultLocale ? join(PAGES, 'privacy.mdx') : join(PAGES, locale, 'privacy.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('<ClinicValue name="clinic.name" />, <ClinicValue name="clinic.phone" />.');
  });
});
