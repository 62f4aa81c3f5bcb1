import { describe, expect, it } from 'vitest';
import settings, { loadClinicSettings, settingsFile } from '../../../src/clinic/settings';
import { exampleClinicInput } from '../../fixtures/example-clinic';

/**
 * Loading a clinic's settings (src/clinic/settings.ts): the schema, then what it cannot see alone
 * (that the files named exist; the accent's contrast), each problem naming the file and the field.
 */

const FILE = 'clinic/config.ts';
const withBrand = (brand: Record<string, unknown>) => ({ ...exampleClinicInput(), brand });
const files: Record<string, string> = {
  'brand/logo.png': '/_astro/logo.1234.png',
  'brand/icon.svg': '/_astro/icon.5678.svg',
};
const urlOf = (path: string) => files[path];

describe('the clinic’s settings', () => {
  it('are the project’s own: clinic/config.ts when there is a clinic folder, else the kit’s example', () => {
    expect(['clinic/config.ts', 'clinic.config.ts']).toContain(settingsFile);
    expect(settings.clinic.name.length).toBeGreaterThan(1);
  });

  it('carry the built URL of each file the brand names', () => {
    const loaded = loadClinicSettings(
      withBrand({ name: 'Thames Valley KAP', logo: 'brand/logo.png', icon: 'brand/icon.svg' }),
      FILE,
      urlOf,
    );

    expect(loaded.brand).toMatchObject({
      name: 'Thames Valley KAP',
      logoSrc: '/_astro/logo.1234.png',
      iconSrc: '/_astro/icon.5678.svg',
    });
  });

  it('stop on a file the clinic folder does not have, naming the field and the files it has', () => {
    expect(() => loadClinicSettings(withBrand({ logo: 'brand/logo.jpg' }), FILE, urlOf)).toThrow(
      `${FILE} is not valid:\n  - brand.logo: there is no file clinic/brand/logo.jpg`,
    );
  });

  it('refuse a file outside the clinic folder, or of a kind the kit cannot show', () => {
    expect(() => loadClinicSettings(withBrand({ logo: '../src/logo.png' }), FILE, urlOf)).toThrow(
      /brand\.logo: `brand\.logo` must be a path inside your clinic folder/,
    );
    expect(() => loadClinicSettings(withBrand({ icon: 'brand/icon.gif' }), FILE, urlOf)).toThrow(
      /brand\.icon: `brand\.icon` must be a \.svg, \.png file/,
    );
  });

  it('stop on an accent without enough contrast, naming the scheme, the pair and a colour that passes', () => {
    const error = (() => {
      try {
        loadClinicSettings(withBrand({ accent: { light: '#77aadd', dark: '#7fd1d8' } }), FILE, urlOf);
      } catch (thrown) {
        return (thrown as Error).message;
      }
      throw new Error('expected the pale accent to be refused');
    })();

    expect(error).toMatch(
      /^clinic\/config\.ts is not valid:\n {2}- brand\.accent\.light: "#77aadd" has a contrast of \d\.\d:1 with the button text #ffffff in the light colour scheme; WCAG AA needs 4\.5:1\. Try "#[0-9a-f]{6}"/,
    );
    expect(error).not.toMatch(/brand\.accent\.dark/);
  });

  it('read an accent in short hex as the six-digit colour', () => {
    expect(
      loadClinicSettings(withBrand({ accent: { light: '#135', dark: '#7fd1d8' } }), FILE, urlOf).brand.accent,
    ).toEqual({ light: '#113355', dark: '#7fd1d8' });
  });
});
