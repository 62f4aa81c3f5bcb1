import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../build/astro-build';
import { findBrokenLinks } from '../build/link-check';

const made: string[] = [];
afterEach(() => made.splice(0).forEach(removeDir));

function site(pages: Record<string, string>): string {
  const dir = tempDir('links');
  made.push(dir);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), `<html><body>${body}</body></html>`);
  }
  return dir;
}

describe('the link checker used on the built site', () => {
  it('accepts links to pages and anchors that exist, relative or absolute', () => {
    const dir = site({
      'index.html': '<a href="/modules/a/">A</a> <a href="modules/a/#step-2">step</a> <a href="https://example.org/x">out</a>',
      'modules/a/index.html': '<h2 id="step-2">Step</h2><a href="../../">home</a><a href="#step-2">here</a><a href="tel:+1555">call</a>',
    });
    expect(findBrokenLinks(dir)).toEqual([]);
  });

  it('reports a missing page and a missing anchor', () => {
    const dir = site({
      'index.html': '<a href="/modules/gone/">gone</a> <a href="/#nowhere">nowhere</a>',
    });
    expect(findBrokenLinks(dir)).toEqual([
      { page: 'index.html', href: '/modules/gone/', problem: 'no page' },
      { page: 'index.html', href: '/#nowhere', problem: 'no anchor' },
    ]);
  });

  it('reports a root-relative link that escapes the base path', () => {
    const dir = site({ 'index.html': '<a href="/privacy/">privacy</a>', 'privacy/index.html': '' });
    expect(findBrokenLinks(dir, '/kap/')).toEqual([{ page: 'index.html', href: '/privacy/', problem: 'no page' }]);
  });
});
