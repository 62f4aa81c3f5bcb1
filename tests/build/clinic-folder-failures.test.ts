import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, removeDir, ROOT } from './astro-build';

/**
 * A mistake in a clinic folder that would fail a patient stops the build, and the message names
 * the clinic's file and the field in plain words. Each case is the example UK clinic folder
 * (examples/clinic-uk) with one slip in it, built for real.
 */

const made: string[] = [];
afterEach(() => made.splice(0).forEach(removeDir));

/** Builds a copy of the project with the example clinic folder after `slip` changes it. */
async function buildWithClinic(slip: (clinic: string) => void) {
  const dir = copyProject('clinic-slip');
  made.push(dir);
  const clinic = join(dir, 'clinic');
  cpSync(join(ROOT, 'examples', 'clinic-uk'), clinic, { recursive: true });
  slip(clinic);
  return astroBuild(dir, join(dir, 'dist'));
}

const replaceIn = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!(typeof from === 'string' ? text.includes(from) : from.test(text)))
    throw new Error(`${from} not found in ${file}`);
  writeFileSync(file, text.replace(from, to));
};

describe('a slip in the clinic folder stops the build, naming the file and the field', () => {
  it('a country written "UK", which would make the forms refuse every UK phone number', async () => {
    const result = await buildWithClinic((clinic) =>
      replaceIn(join(clinic, 'config.ts'), "country: 'GB'", "country: 'UK'"),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('clinic/config.ts is not valid');
    expect(result.output).toContain(
      'clinic.country: `clinic.country` is "UK", which is not an ISO 3166-1 two-letter country code. Did you mean "GB"?',
    );
    // The clinic's own phone number is not blamed for the country's slip.
    expect(result.output).not.toContain('clinic.phone:');
  });

  it('a phone number the forms would refuse, with an example from the clinic’s own country', async () => {
    const result = await buildWithClinic((clinic) =>
      replaceIn(join(clinic, 'config.ts'), "phone: '0118 496 0123'", "phone: '020 7946'"),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /clinic\.phone: Set `phone` to a phone number such as "\+44 [\d ]+" or "0[\d ]+ ext\. 2", with the area code\. Numbers without a \+country code are read as GB numbers/,
    );
  });

  it('an accent colour too pale for its button text, with a colour that passes', async () => {
    const result = await buildWithClinic((clinic) =>
      replaceIn(join(clinic, 'config.ts'), "light: '#00594f'", "light: '#77aadd'"),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /brand\.accent\.light: "#77aadd" has a contrast of [\d.]+:1 with the button text #ffffff in the light colour scheme; WCAG AA needs 4\.5:1\. Try "#[0-9a-f]{6}"/,
    );
  });

  it('a logo the folder does not have', async () => {
    const result = await buildWithClinic((clinic) => rmSync(join(clinic, 'brand', 'logo.png')));
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'brand.logo: there is no file clinic/brand/logo.png (the clinic folder has clinic/brand/icon.svg).',
    );
  });

  it('a hidden module that kit pages still link to, with no linksGoTo', async () => {
    const result = await buildWithClinic((clinic) =>
      replaceIn(
        join(clinic, 'config.ts'),
        "hide: [{ slug: 'remote-sessions-and-your-chaperone', linksGoTo: 'getting-to-the-clinic' }]",
        "hide: ['remote-sessions-and-your-chaperone']",
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /src\/content\/modules\/when-a-session-gets-hard\.mdx .*links to \/modules\/remote-sessions-and-your-chaperone\/.*which clinic\/config\.ts hides \(modules\.hide\[0\]\)/,
    );
  });

  it('a hidden module that is no kit module, with the one it is likely a slip for', async () => {
    const result = await buildWithClinic((clinic) =>
      replaceIn(
        join(clinic, 'config.ts'),
        "slug: 'remote-sessions-and-your-chaperone'",
        "slug: 'remote-session-and-your-chaperone'",
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'clinic/config.ts: modules.hide[0]: "remote-session-and-your-chaperone" is no kit module; did you mean "remote-sessions-and-your-chaperone"?',
    );
  });

  it('a string override for a key the kit does not have', async () => {
    const result = await buildWithClinic((clinic) =>
      writeFileSync(join(clinic, 'strings', 'en', 'ui.json'), '{ "nav.modles": "Guides" }\n'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'clinic/strings/en/ui.json: "nav.modles" is not a string of the kit; did you mean "nav.modules"?',
    );
  });

  it('a clinic module whose frontmatter misses a field, naming the clinic’s file', async () => {
    const result = await buildWithClinic((clinic) =>
      replaceIn(join(clinic, 'modules', 'getting-to-the-clinic.mdx'), /^section: .*\n/m, ''),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('clinic/modules/getting-to-the-clinic.mdx');
    expect(result.output).toMatch(/section/);
  });
});
