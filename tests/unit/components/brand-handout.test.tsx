// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Handout } from '../../../src/components/links/Handout';
import { LinkStringsProvider } from '../../../src/i18n/react';
import { linkStrings, uiStrings } from '../../../src/i18n/strings';
import { patientLanguage } from '../../../src/links/patient-language';

/**
 * The link builder's printed handout with a clinic's brand (Handout.tsx): headed by the brand's
 * name, with its logo, in place of the clinic's name; and as before without a brand.
 */

afterEach(cleanup);

const patient = patientLanguage(
  'en',
  { modules: [], worksheets: [], planHref: '/plan/' },
  linkStrings('en'),
  uiStrings('en'),
);

const renderHandout = (brand?: { name?: string; logoSrc?: string }) =>
  render(
    <LinkStringsProvider strings={linkStrings('en')} language="en">
      <Handout clinicName="Example Clinic" brand={brand} qr={{ kind: 'none' }} readingList={[]} patient={patient} />
    </LinkStringsProvider>,
  ).container.querySelector<HTMLElement>('.handout__clinic')!;

describe('the handout’s heading line', () => {
  it('is the clinic’s name without a brand', () => {
    const line = renderHandout();
    expect(line.textContent).toBe('Example Clinic');
    expect(line.querySelector('img')).toBeNull();
    expect(line.className).toBe('handout__clinic');
  });

  it('is the brand’s name, the name the site carries, when the clinic sets one', () => {
    expect(renderHandout({ name: 'Riverside KAP Guide' }).textContent).toBe('Riverside KAP Guide');
  });

  it('shows the logo beside the name, decorative', () => {
    const line = renderHandout({ name: 'Riverside KAP Guide', logoSrc: '/_astro/logo.Ab12Cd34.png' });
    const logo = line.querySelector('img')!;
    expect(logo.getAttribute('src')).toBe('/_astro/logo.Ab12Cd34.png');
    expect(logo.getAttribute('alt')).toBe('');
    expect(logo.className).toBe('handout__logo');
    expect(line.classList.contains('handout__clinic--logo')).toBe(true);
    expect(line.textContent).toBe('Riverside KAP Guide');
  });

  it('keeps the clinic’s name beside a logo when the brand has no name', () => {
    const line = renderHandout({ logoSrc: '/_astro/logo.Ab12Cd34.png' });
    expect(line.querySelector('img')).not.toBeNull();
    expect(line.textContent).toBe('Example Clinic');
  });
});
