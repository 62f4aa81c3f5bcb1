import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accentCss, accentStylesheet, accentVersion, favicon } from '../../../src/components/brand/brand-head';
import { withBase } from '../../../src/lib/urls';

/**
 * What the clinic's brand adds to every page's head (src/components/brand/brand-head.ts): the
 * favicon, and the accent colour's stylesheet, only when the clinic sets an accent.
 */

const ACCENT = { light: '#2d6a9f', dark: '#9fc8f0' };

describe('the favicon', () => {
  it('is the kit’s SVG icon, under the base path, without a clinic icon', () => {
    expect(favicon({})).toEqual({ href: withBase('favicon.svg'), type: 'image/svg+xml' });
  });

  it('is the clinic’s icon, at its built URL, typed by its file', () => {
    expect(favicon({ icon: 'brand/icon.svg', iconSrc: '/_astro/icon.Ab12.svg' })).toEqual({
      href: '/_astro/icon.Ab12.svg',
      type: 'image/svg+xml',
    });
    expect(favicon({ icon: 'brand/Icon.PNG', iconSrc: '/_astro/Icon.Ab12.png' })).toEqual({
      href: '/_astro/Icon.Ab12.png',
      type: 'image/png',
    });
    // Vite may inline a small file as a data: URL; its type still comes from the file's name.
    expect(favicon({ icon: 'brand/icon.png', iconSrc: 'data:image/png;base64,iVBORw0KGgo=' }).type).toBe('image/png');
  });
});

describe('the accent stylesheet', () => {
  it('is linked only when the clinic sets an accent', () => {
    expect(accentStylesheet({})).toBeUndefined();
    expect(accentStylesheet({ accent: ACCENT })).toBe(withBase(`brand-${accentVersion(ACCENT)}.css`));
  });

  it('is named by its text, so a new colour is a new file that no cache holds', () => {
    expect(accentVersion(ACCENT)).toMatch(/^[0-9a-f]{10}$/);
    expect(accentVersion(ACCENT)).toBe(accentVersion({ ...ACCENT }));
    expect(accentVersion({ ...ACCENT, dark: '#a0c8f0' })).not.toBe(accentVersion(ACCENT));
  });

  it('sets the accent in the light scheme and, in a dark-scheme query, the dark one', () => {
    const css = accentCss(ACCENT).replace(/\/\*[\s\S]*?\*\//g, '');
    const [light, dark] = css.split('@media');
    expect(light).toMatch(/html:root\s*\{\s*--accent:\s*#2d6a9f;\s*\}/);
    expect(dark).toMatch(
      /^\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*html:root\s*\{\s*--accent:\s*#9fc8f0;\s*\}\s*\}\s*$/,
    );
  });

  it('outweighs every rule of global.css that sets the accent, whichever loads last', () => {
    const global = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'src', 'styles', 'global.css'),
      'utf8',
    ).replace(/\/\*[\s\S]*?\*\//g, '');
    // The selector of each block that sets --accent: the text between the block before and its `{`.
    const selectors = [...global.matchAll(/([^{}]*)\{[^{}]*--accent\s*:/g)].map(([, selector]) => selector!.trim());
    expect(selectors.length).toBeGreaterThanOrEqual(2);
    // `:root` (one pseudo-class) loses to `html:root` (one pseudo-class and one element).
    expect(new Set(selectors)).toEqual(new Set([':root']));
  });
});
