import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accentProblems,
  contrastRatio,
  passingAccent,
  relativeLuminance,
  schemeColours,
  type Scheme,
} from '../../../src/clinic/brand-colours';

/**
 * The accent colour check a clinic's `brand.accent` goes through when the site builds
 * (src/clinic/brand-colours.ts): real WCAG 2.2 numbers, the kit's own accents, a failing accent's
 * message and its suggestion, and the kit's colours as src/styles/global.css really has them.
 */

const GLOBAL_CSS = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'src', 'styles', 'global.css'),
  'utf8',
).replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties of the first `:root { … }` block at or after `from` in global.css. */
function rootVariables(from: number): Record<string, string> {
  const start = GLOBAL_CSS.indexOf(':root', from);
  const body = GLOBAL_CSS.slice(GLOBAL_CSS.indexOf('{', start) + 1, GLOBAL_CSS.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim().toLowerCase()]),
  );
}

/** Each scheme's variables: the light ones at the top, the dark ones in the `prefers-color-scheme: dark` query. */
const cssOf: Record<Scheme, Record<string, string>> = {
  light: rootVariables(0),
  dark: rootVariables(GLOBAL_CSS.search(/@media\s*\(prefers-color-scheme:\s*dark\)/)),
};

const schemes = Object.keys(schemeColours) as Scheme[];

describe('WCAG contrast', () => {
  it('gives the relative luminance of white, black and a grey', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
    // sRGB 0x76 = 118: ((118/255 + 0.055) / 1.055) ^ 2.4.
    expect(relativeLuminance('#767676')).toBeCloseTo(0.1812, 4);
  });

  it('gives the ratios WCAG publishes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#1d5c63', '#1d5c63')).toBe(1);
    // The lightest grey that passes AA text on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    // The order of the two colours does not matter.
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });
});

describe('the kit’s own colours', () => {
  it('finds both schemes in global.css', () => {
    expect(cssOf.light.accent).toMatch(/^#[0-9a-f]{6}$/);
    expect(cssOf.dark.accent).toMatch(/^#[0-9a-f]{6}$/);
    expect(cssOf.dark.accent).not.toBe(cssOf.light.accent);
  });

  it.each(schemes)('the %s scheme checks the accent against the colours global.css has', (scheme) => {
    const css = cssOf[scheme];
    expect(schemeColours[scheme]).toEqual({ bg: css.bg, surface: css.surface, accentText: css['accent-text'] });
  });

  it.each(schemes)('the kit’s %s accent passes its own check', (scheme) => {
    expect(accentProblems(cssOf[scheme].accent!, scheme)).toEqual([]);
    // A passing accent is its own nearest passing colour.
    expect(passingAccent(cssOf[scheme].accent!, scheme)).toBe(cssOf[scheme].accent);
  });
});

describe('a clinic’s accent that fails', () => {
  it('names the setting, the pair, the ratio and the minimum, and suggests a colour that passes', () => {
    const problems = accentProblems('#77aadd', 'light');
    const suggestion = passingAccent('#77aadd', 'light')!;
    expect(problems).toEqual([
      // 2.45:1 and 2.25:1, by hand from the WCAG formula (luminances 0.379, 1 and 0.916); shown rounded down.
      `brand.accent.light: "#77aadd" has a contrast of 2.4:1 with the button text #ffffff in the light colour scheme; WCAG AA needs 4.5:1. Try "${suggestion}", the nearest colour of the same hue that passes.`,
      `brand.accent.light: "#77aadd" has a contrast of 2.4:1 with the page background #ffffff in the light colour scheme; WCAG AA needs 3:1. Try "${suggestion}", the nearest colour of the same hue that passes.`,
      `brand.accent.light: "#77aadd" has a contrast of 2.2:1 with the card background #f3f6f6 in the light colour scheme; WCAG AA needs 3:1. Try "${suggestion}", the nearest colour of the same hue that passes.`,
    ]);
    expect(accentProblems(suggestion, 'light')).toEqual([]);
    expect(contrastRatio(suggestion, schemeColours.light.accentText)).toBeGreaterThanOrEqual(4.5);
  });

  it('suggests the nearest passing colour: one step less dark fails', () => {
    const suggestion = passingAccent('#77aadd', 'light')!;
    // Darker than the accent, in every channel, towards black.
    const channels = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
    channels(suggestion).forEach((channel, index) => expect(channel).toBeLessThan(channels('#77aadd')[index]!));
    // Mixing one percent less black than the suggestion does not pass.
    const lessDark = `#${channels('#77aadd')
      .map((channel, index) =>
        Math.round(channel + (channels(suggestion)[index]! - channel) * 0.9)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    expect(accentProblems(lessDark, 'light')).not.toEqual([]);
  });

  it('in the dark scheme, a dark accent is lightened under the dark button text', () => {
    const problems = accentProblems('#1d5c63', 'dark');
    const suggestion = passingAccent('#1d5c63', 'dark')!;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(
      /^brand\.accent\.dark: "#1d5c63" has a contrast of \d+\.\d:1 with the button text #0b0c0c in the dark colour scheme; WCAG AA needs 4\.5:1\. Try "#[0-9a-f]{6}"/,
    );
    for (const problem of problems) expect(problem).toContain(`Try "${suggestion}"`);
    expect(accentProblems(suggestion, 'dark')).toEqual([]);
    expect(relativeLuminance(suggestion)).toBeGreaterThan(relativeLuminance('#1d5c63'));
  });

  it('names the setting it is given', () => {
    expect(accentProblems('#eeeeee', 'light', 'clinic/config.ts: brand.accent.light')[0]).toMatch(
      /^clinic\/config\.ts: brand\.accent\.light: "#eeeeee"/,
    );
  });
});
