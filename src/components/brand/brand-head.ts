import { createHash } from 'node:crypto';
import type { ClinicConfig } from '../../schemas/clinic';
import { withBase } from '../../lib/urls';

/**
 * What the clinic's brand adds to every page's `<head>` (PageShell): the favicon and, only when
 * the clinic sets `brand.accent`, the stylesheet that puts its accent colour in place of the kit's.
 * Build-side only.
 *
 * Why a stylesheet file: the Content Security Policy allows styles from the site itself and the
 * hashes of the inline styles Astro bundles, and the kit writes no inline styles at all (no
 * `style` attributes, no `define:vars`), so the accent cannot be written into the page. A static
 * endpoint (src/pages/brand-[version].css.ts) writes it as a file when the site builds; the kit's
 * own build, without an accent, writes no file and links none, so it gains no request. The file's
 * name carries a hash of its text, so a host that caches it cannot keep showing an old colour.
 */

type Brand = ClinicConfig['brand'];

/** The favicon: the clinic's `brand.icon` (its built URL), else the kit's, with its type. */
export function favicon(brand: Pick<Brand, 'icon' | 'iconSrc'>): { href: string; type: string } {
  if (brand.icon && brand.iconSrc)
    return { href: brand.iconSrc, type: /\.svg$/i.test(brand.icon) ? 'image/svg+xml' : 'image/png' };
  return { href: withBase('favicon.svg'), type: 'image/svg+xml' };
}

/**
 * The stylesheet that sets `--accent` in both colour schemes. `html:root` outweighs global.css's
 * `:root`, so it wins whichever of the two stylesheets the page loads last.
 */
export function accentCss(accent: NonNullable<Brand['accent']>): string {
  return [
    "/* The clinic's accent colour (brand.accent in its settings), replacing the kit's in src/styles/global.css. */",
    `html:root { --accent: ${accent.light}; }`,
    `@media (prefers-color-scheme: dark) { html:root { --accent: ${accent.dark}; } }`,
    '',
  ].join('\n');
}

/** The stylesheet's version: the first 10 hex digits of the SHA-256 of its text. */
export const accentVersion = (accent: NonNullable<Brand['accent']>) =>
  createHash('sha256').update(accentCss(accent)).digest('hex').slice(0, 10);

/** The accent stylesheet's address (`/brand-<version>.css`, under the base), or undefined when the clinic sets no accent. */
export function accentStylesheet(brand: Pick<Brand, 'accent'>): string | undefined {
  return brand.accent ? withBase(`brand-${accentVersion(brand.accent)}.css`) : undefined;
}
