/**
 * WCAG 2.2 contrast for the clinic's accent colour (`brand.accent` in `clinic/config.ts`), checked
 * when the site builds. The accent fills buttons under text (4.5:1 with the button's text colour),
 * marks the question stripe and checkboxes beside the page and card backgrounds (3:1, non-text
 * contrast). The kit's own colours come from src/styles/global.css; the values below are the same
 * ones, and tests/unit/clinic/brand-colours.test.ts reads that file to keep them in step.
 */

/** The kit's colours the accent meets, per colour scheme (src/styles/global.css). */
export const schemeColours = {
  light: { bg: '#ffffff', surface: '#f3f6f6', accentText: '#ffffff' },
  dark: { bg: '#121417', surface: '#1c2024', accentText: '#0b0c0c' },
} as const;

/** A colour scheme of the site. */
export type Scheme = keyof typeof schemeColours;

/** WCAG AA minimums: text, and user-interface parts and graphics. */
const TEXT = 4.5;
const NON_TEXT = 3;

const channels = (hex: string): [number, number, number] => {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
};

const toHex = (rgb: readonly number[]) =>
  `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** One pair the accent must pass in a scheme: what it meets, and the minimum ratio. */
interface Pair {
  with: string;
  what: string;
  minimum: number;
}

const pairsFor = (scheme: Scheme): Pair[] => {
  const colours = schemeColours[scheme];
  return [
    { with: colours.accentText, what: `the button text ${colours.accentText}`, minimum: TEXT },
    { with: colours.bg, what: `the page background ${colours.bg}`, minimum: NON_TEXT },
    { with: colours.surface, what: `the card background ${colours.surface}`, minimum: NON_TEXT },
  ];
};

const passes = (accent: string, scheme: Scheme) =>
  pairsFor(scheme).every((pair) => contrastRatio(accent, pair.with) >= pair.minimum);

/**
 * The nearest colour of the same hue that passes every pair in `scheme`: the accent mixed, one
 * percent at a time, towards black in the light scheme (under white button text) or towards white
 * in the dark one (under near-black text). Undefined if none does (it always does at the end).
 */
export function passingAccent(accent: string, scheme: Scheme): string | undefined {
  const target = scheme === 'light' ? [0, 0, 0] : [255, 255, 255];
  const start = channels(accent);
  for (let step = 0; step <= 100; step += 1) {
    const mixed = toHex(start.map((channel, index) => channel + ((target[index] ?? 0) - channel) * (step / 100)));
    if (passes(mixed, scheme)) return mixed;
  }
  return undefined;
}

const ratioText = (ratio: number) => `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;

/**
 * What is wrong with an accent colour in a scheme, one message per failing pair, each naming the
 * setting, the pair, the ratio, the minimum and a colour that passes every pair. Empty when it passes.
 * @param accent the colour as `#rrggbb`
 * @param scheme which scheme it is for
 * @param setting how messages name it (`brand.accent.light`)
 */
export function accentProblems(accent: string, scheme: Scheme, setting = `brand.accent.${scheme}`): string[] {
  const suggestion = passingAccent(accent, scheme);
  return pairsFor(scheme)
    .filter((pair) => contrastRatio(accent, pair.with) < pair.minimum)
    .map(
      (pair) =>
        `${setting}: "${accent}" has a contrast of ${ratioText(contrastRatio(accent, pair.with))} with ${pair.what} in the ${scheme} colour scheme; WCAG AA needs ${pair.minimum}:1.` +
        (suggestion ? ` Try "${suggestion}", the nearest colour of the same hue that passes.` : ''),
    );
}
