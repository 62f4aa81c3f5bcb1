import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The stylesheets say where things go in the writing direction, not on the screen (CSS logical
 * properties: `margin-inline-start`, `border-inline-start`, `text-align: start`…), so a
 * right-to-left language needs `dir: 'rtl'` in src/i18n/locales.ts and no stylesheet rewrite.
 */
const SRC = join(import.meta.dirname, '..', '..', 'src');
const PHYSICAL =
  /(?:^|[\s;{])((?:margin|padding|border|inset)-(?:left|right)(?:-\w+)?|left|right)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)\b/gm;

/** Every stylesheet and every component `<style>` block. */
function styles(): { file: string; css: string }[] {
  const files = readdirSync(SRC, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && /\.(css|astro)$/.test(entry.name),
  );
  return files
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const text = readFileSync(path, 'utf8');
      const css = entry.name.endsWith('.css')
        ? text
        : [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
      return { file: relative(SRC, path), css: css.replace(/\/\*[\s\S]*?\*\//g, '') };
    })
    .filter(({ css }) => css.trim() !== '');
}

describe('styles follow the writing direction', () => {
  it('finds the stylesheets', () => {
    expect(styles().length).toBeGreaterThanOrEqual(3);
  });

  it.each(styles().map(({ file }) => file))('%s uses no physical left/right property', (file) => {
    const { css } = styles().find((style) => style.file === file)!;
    expect([...css.matchAll(PHYSICAL)].map((match) => match[0].trim())).toEqual([]);
  });

  it('the check itself catches physical properties and leaves logical ones', () => {
    const found = (css: string) => [...css.matchAll(PHYSICAL)].map((match) => match[0].trim());
    expect(found('a { margin-left: 1px; border-right-width: 2px; left: 0; text-align: right; float: left }')).toEqual([
      'margin-left:',
      'border-right-width:',
      'left:',
      'text-align: right',
      'float: left',
    ]);
    expect(
      found(
        'a { margin-inline-start: 1px; inset-inline-start: 0; text-align: end; float: inline-start; scroll-margin-top: 1px }',
      ),
    ).toEqual([]);
  });
});
