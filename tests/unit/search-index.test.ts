import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind';
import { removeDir, tempDir } from '../build/astro-build';

const made: string[] = [];
afterEach(() => made.splice(0).forEach(removeDir));

/** A tiny built site: `pages` maps a path to its `<body>` HTML. */
function site(pages: Record<string, string>): string {
  const dir = tempDir('pagefind');
  made.push(dir);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(
      join(dir, path),
      `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`,
    );
  }
  return dir;
}

describe('buildSearchIndex', () => {
  it('indexes the pages marked searchable and writes the bundle', async () => {
    const dir = site({
      'index.html': '<h1>Home</h1><p>Not searchable.</p>',
      'modules/a/index.html': '<main data-pagefind-body><h1>Blood pressure</h1><p>Check it at home.</p></main>',
      'modules/b/index.html': '<main data-pagefind-body><h1>Music</h1><p>Choose a playlist.</p></main>',
    });
    await expect(buildSearchIndex(dir)).resolves.toBe(2);
    expect(readdirSync(join(dir, 'pagefind'))).toEqual(
      expect.arrayContaining(['pagefind-entry.json', 'pagefind-component-ui.js']),
    );
  });

  it('fails the build when no page is marked searchable', async () => {
    const dir = site({ 'index.html': '<h1>Home</h1>' });
    await expect(buildSearchIndex(dir)).rejects.toThrow(/no page .* has data-pagefind-body/);
  });

  it('fails the build when the site folder does not exist', async () => {
    await expect(buildSearchIndex(join(tempDir('missing'), 'nope'))).rejects.toThrow();
  });
});
