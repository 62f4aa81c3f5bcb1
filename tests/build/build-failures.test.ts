import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, publishedModuleSlugs, removeDir } from './astro-build';

/** Builds a copy of the project after `breakIt` edits it, and returns the build's output. */
async function buildBroken(breakIt: (dir: string) => void): Promise<{ ok: boolean; output: string }> {
  const dir = copyProject('broken');
  made.push(dir);
  breakIt(dir);
  return astroBuild(dir, join(dir, 'dist'));
}

const made: string[] = [];
afterEach(() => made.splice(0).forEach(removeDir));

const replaceIn = (file: string, from: RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!from.test(text)) throw new Error(`${from} not found in ${file}`);
  writeFileSync(file, text.replace(from, to));
};

describe('the build refuses bad input with a message that says where', () => {
  it('fails on bad module frontmatter, naming the file and the field', async () => {
    const slug = publishedModuleSlugs()[0]!;
    const result = await buildBroken((dir) =>
      replaceIn(join(dir, 'src/content/modules', `${slug}.mdx`), /^section: .*$/m, 'section: dosing-day'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`${slug}.mdx`);
    expect(result.output).toMatch(/section/);
    expect(result.output).toContain('preparation, set-and-setting, safety, after');
  });

  it('fails on an invalid clinic config, naming the setting', async () => {
    const result = await buildBroken((dir) => replaceIn(join(dir, 'clinic.config.ts'), /food: \d+/, 'food: 240'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('clinic.config.ts is not valid');
    expect(result.output).toContain('protocol.fasting.food');
  });

  it('fails on a clinic config written before the safety settings, naming each one to add', async () => {
    const result = await buildBroken((dir) => {
      const file = join(dir, 'clinic.config.ts');
      replaceIn(file, /^\s*crisisLine: \{[\s\S]*?^\s*\},$/m, '');
      replaceIn(file, /^\s*callCareTeamAt: .*$/m, '');
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('clinic.config.ts is not valid');
    expect(result.output).toMatch(/crisisLine: Set `crisisLine` to the suicide and crisis line/);
    expect(result.output).toMatch(/protocol\.bloodPressure\.callCareTeamAt: Set `protocol\.bloodPressure\.callCareTeamAt`/);
  });

  it('fails on a prose setting with no Spanish, naming the setting and the language', async () => {
    const result = await buildBroken((dir) => replaceIn(join(dir, 'clinic.config.ts'), /drivingAllowedAgain: \{ en: ('[^']*'), es: '[^']*' \}/, 'drivingAllowedAgain: { en: $1 }'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('`protocol.drivingAllowedAgain` has no Español (es) text');
  });

  it('fails on a translation with a missing key, naming the file and the key', async () => {
    const result = await buildBroken((dir) => replaceIn(join(dir, 'src/i18n/es/ui.json'), /^\s*"nav\.privacy": .*\n/m, ''));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('src/i18n/es/ui.json: "nav.privacy" is missing');
  });

  it('fails on a translated module whose headings differ from the English, naming the file', async () => {
    const slug = publishedModuleSlugs()[0]!;
    const result = await buildBroken((dir) => replaceIn(join(dir, 'src/content/modules/es', `${slug}.mdx`), /^## .*$/m, ''));
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`src/content/modules/es/${slug}.mdx must have the same headings as the English module`);
  });

  it('fails on an unknown <ClinicValue> name, listing the names it accepts', async () => {
    const slug = publishedModuleSlugs()[0]!;
    const result = await buildBroken((dir) =>
      writeFileSync(join(dir, 'src/content/modules', `${slug}.mdx`), `${readFileSync(join(dir, 'src/content/modules', `${slug}.mdx`), 'utf8')}\n\nCall <ClinicValue name="clinic.fax" /> today.\n`),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('<ClinicValue name="clinic.fax" /> is not a clinic value');
    expect(result.output).toContain('fasting.food');
  });
});
