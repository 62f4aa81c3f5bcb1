// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LinkNotice } from '../../../src/components/links/LinkNotice';
import { LinkStringsProvider } from '../../../src/i18n/react';
import { FAKE, fakeLinks, fakeLinkStrings } from './translators';

/** The notice on pages opened from a provider's link, in the words of the provider around it. */

afterEach(cleanup);

describe('the link notice', () => {
  it('speaks the language of the strings it is given, lists included', () => {
    render(
      <LinkStringsProvider strings={fakeLinkStrings} language="es">
        <LinkNotice
          filledLabels={['Fecha de la sesión', 'Tu terapeuta']}
          values={[{ label: 'Deja de comer antes', text: '6 horas' }]}
          problems={['Un problema']}
          planHref="/es/plan/#v=1&r=safety-protocol"
        />
      </LinkStringsProvider>,
    );
    const notice = screen.getByRole('region', { name: fakeLinks.t('link.fromLink.title') });
    // Spanish joins a list with "y": the list is written in the strings' language, not the site's.
    expect(notice.textContent).toContain(
      fakeLinks.t('link.fromLink.answers', { fields: 'Fecha de la sesión y Tu terapeuta' }),
    );
    expect(notice.textContent).toContain(fakeLinks.t('link.fromLink.values'));
    expect(notice.textContent).toContain('Deja de comer antes: 6 horas');
    expect(notice.textContent).toContain(fakeLinks.t('link.problems.title'));
    expect(notice.textContent).toContain(fakeLinks.t('link.problems.askProvider'));
    expect(screen.getByRole('link', { name: fakeLinks.t('link.backToPlan') }).getAttribute('href')).toBe(
      '/es/plan/#v=1&r=safety-protocol',
    );
    expect(notice.textContent?.split(FAKE).length).toBe(7);
  });

  it('needs a provider of link strings above it, and says so', () => {
    expect(() => render(<LinkNotice problems={['x']} />)).toThrow(/LinkStringsProvider/);
  });
});
