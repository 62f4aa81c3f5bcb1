import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, publishedModuleSlugs, removeDir, type BuildResult } from './astro-build';
import { withLinkCheck } from './link-check-config';

/** The module hidden in this test: other modules and the providers page link to it. */
const HIDDEN = 'set-and-setting';

/** A Markdown link to the hidden module's page, relative (`../set-and-setting/`) or from the root. */
const LINK_TO_HIDDEN = new RegExp(`\\]\\(([^)\\s]*modules/${HIDDEN}/|\\.\\./${HIDDEN}/)[^)\\s]*\\)`);

/** Every content file (project-relative) that writes a link to the hidden module, except its own files. */
function filesLinkingToHidden(dir: string): string[] {
  const content = join(dir, 'src', 'content');
  return readdirSync(content, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx') && entry.name !== `${HIDDEN}.mdx`)
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => LINK_TO_HIDDEN.test(readFileSync(file, 'utf8')))
    .map((file) => relative(dir, file).split(sep).join('/'))
    .sort();
}

describe('hiding a module that other pages link to', () => {
  let dir: string;
  let linking: string[];
  let result: BuildResult;

  beforeAll(async () => {
    expect(publishedModuleSlugs()).toContain(HIDDEN);
    dir = copyProject('hidden-module');
    withLinkCheck(dir);
    linking = filesLinkingToHidden(dir);
    const file = join(dir, 'src', 'content', 'modules', `${HIDDEN}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
    result = await astroBuild(dir, join(dir, 'dist'));
  });
  afterAll(() => removeDir(dir));

  it('is tested on a module that English and Spanish pages link to', () => {
    expect(linking).toEqual(
      expect.arrayContaining(['src/content/modules/music-and-sound.mdx', 'src/content/modules/es/music-and-sound.mdx']),
    );
    expect(linking.length).toBeGreaterThanOrEqual(4);
  });

  it('fails the build', () => {
    expect(result.ok).toBe(false);
    expect(result.output).toContain('Link check:');
    expect(result.output).toContain('links go nowhere in the built site.');
  });

  it('names every page that links to it, by its source file, and the link', () => {
    for (const file of linking) {
      const spanish = file.includes('/es/');
      const target = `${spanish ? '/es' : ''}/modules/${HIDDEN}/`;
      const line = result.output.split('\n').find((text) => text.includes(`${file} (`));
      expect(line, `no line names ${file}`).toBeDefined();
      expect(line).toContain(`links to ${target}`);
      expect(line).toContain('which is not published (draft: true or no such module).');
    }
  });

  it('reports each broken link once, each from one of those files, and nothing else as broken', () => {
    const lines = result.output.split('\n').filter((text) => text.includes('which is not published'));
    expect(new Set(lines).size).toBe(lines.length);
    for (const line of lines)
      expect(
        linking.some((file) => line.includes(`${file} (`)),
        line,
      ).toBe(true);
    expect(result.output).not.toMatch(
      /which is no page of the built site|has no element with id=|outside the site's base path/,
    );
  });
});
