import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, publishedModuleSlugs, removeDir, ROOT } from './astro-build';

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

  it('fails on a module without sources, naming the file and the field and saying what to write', async () => {
    const slug = publishedModuleSlugs()[0]!;
    const result = await buildBroken((dir) =>
      replaceIn(join(dir, 'src/content/modules', `${slug}.mdx`), /^sources:\n(?: {2}.*\n)+/m, ''),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      `src/content/modules/${slug}.mdx: frontmatter is missing "sources": list at least one source, each with a title and a url (see "Add a module" in README.md).`,
    );
    expect(result.output).not.toMatch(/sources\W+sources|Required/);
  });

  it('fails on an unquoted impossible date, rather than reading it as another day', async () => {
    const slug = publishedModuleSlugs()[0]!;
    const file = join('src/content/modules', `${slug}.mdx`);
    const line =
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .findIndex((text) => text.startsWith('lastReviewed: ')) + 1;
    const result = await buildBroken((dir) =>
      replaceIn(join(dir, file), /^lastReviewed: .*$/m, 'lastReviewed: 2026-13-01'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      `${file}, line ${line}: lastReviewed: "2026-13-01" is not a real date (month 13). Write it as YYYY-MM-DD, e.g. 2026-12-01.`,
    );
  });

  it('fails on a YAML indentation slip, naming the file and the line and saying how to line it up', async () => {
    const slug = publishedModuleSlugs()[0]!;
    const file = join('src/content/modules', `${slug}.mdx`);
    const line =
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .findIndex((text) => text.startsWith('    url: ')) + 1;
    const result = await buildBroken((dir) => replaceIn(join(dir, file), /^ {4}url: /m, '      url: '));
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      `${file}, line ${line}: the frontmatter cannot be read as YAML: the lines under "sources:" must all be indented by the same number of spaces: line ${line} ("url:") starts after 6 spaces, but must start after 4 spaces, to line up with "title:" on line ${line - 1}.`,
    );
    expect(result.output).not.toContain('bad indentation of a mapping entry');
  });

  it('fails on every broken module in one build, each line naming the file', async () => {
    const [first, second] = publishedModuleSlugs();
    const result = await buildBroken((dir) => {
      replaceIn(join(dir, 'src/content/modules', `${first}.mdx`), /^order: .*$/m, 'order: "five"');
      replaceIn(join(dir, 'src/content/modules', `${second}.mdx`), /^title: /m, 'titel: ');
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      new RegExp(
        `src/content/modules/${first}\\.mdx, line \\d+: "order" must be a number without quotes, such as order: 5 or order: 4\\.5 \\(it is "five"\\)\\.`,
      ),
    );
    expect(result.output).toContain(`src/content/modules/${second}.mdx: frontmatter is missing "title"`);
    expect(result.output).toMatch(
      new RegExp(
        `src/content/modules/${second}\\.mdx, line \\d+: "titel" is not a field a module takes: did you mean "title"\\?`,
      ),
    );
  });

  it('fails on a translation that sets its own order, saying it comes from the English module', async () => {
    const slug = publishedModuleSlugs()[0]!;
    const result = await buildBroken((dir) =>
      replaceIn(join(dir, 'src/content/modules/es', `${slug}.mdx`), /^title: /m, 'order: 3\ntitle: '),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      `src/content/modules/es/${slug}.mdx, line 2: "order" is not written in a translation: it is taken from the English module of the same file name, so remove it here.`,
    );
  });

  it('fails on two modules with the same order, naming both files', async () => {
    const [first, second] = publishedModuleSlugs();
    const orderOf = (slug: string) =>
      /^order: (.*)$/m.exec(readFileSync(join(ROOT, 'src/content/modules', `${slug}.mdx`), 'utf8'))![1];
    const order = orderOf(second!);
    const result = await buildBroken((dir) =>
      replaceIn(join(dir, 'src/content/modules', `${first}.mdx`), /^order: .*$/m, `order: ${order}`),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      new RegExp(
        `src/content/modules/(${first}|${second})\\.mdx and src/content/modules/(${first}|${second})\\.mdx both have order: ${order}\\. Give each module its own number; [\\d.]+ is free`,
      ),
    );
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
    expect(result.output).toMatch(
      /protocol\.bloodPressure\.callCareTeamAt: Set `protocol\.bloodPressure\.callCareTeamAt`/,
    );
  });

  it('fails on a prose setting with no Spanish, naming the setting and the language', async () => {
    const result = await buildBroken((dir) =>
      replaceIn(
        join(dir, 'clinic.config.ts'),
        /drivingAllowedAgain: \{ en: ('[^']*'), es: '[^']*' \}/,
        'drivingAllowedAgain: { en: $1 }',
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('`protocol.drivingAllowedAgain` has no Español (es) text');
  });

  it('fails on a translation with a missing key, naming the file and the key', async () => {
    const result = await buildBroken((dir) =>
      replaceIn(join(dir, 'src/i18n/es/ui.json'), /^\s*"nav\.privacy": .*\n/m, ''),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('src/i18n/es/ui.json: "nav.privacy" is missing');
  });

  it('fails on a translated module whose headings differ from the English, naming the file', async () => {
    const slug = publishedModuleSlugs()[0]!;
    const result = await buildBroken((dir) =>
      replaceIn(join(dir, 'src/content/modules/es', `${slug}.mdx`), /^## .*$/m, ''),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      `src/content/modules/es/${slug}.mdx must have the same headings as the English module`,
    );
  });

  it('fails on an unknown <ClinicValue> name, listing the names it accepts', async () => {
    const slug = publishedModuleSlugs()[0]!;
    const result = await buildBroken((dir) =>
      writeFileSync(
        join(dir, 'src/content/modules', `${slug}.mdx`),
        `${readFileSync(join(dir, 'src/content/modules', `${slug}.mdx`), 'utf8')}\n\nCall <ClinicValue name="clinic.fax" /> today.\n`,
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('<ClinicValue name="clinic.fax" /> is not a clinic value');
    expect(result.output).toContain('fasting.food');
  });
});
