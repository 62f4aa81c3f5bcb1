import { describe, expect, it, vi } from 'vitest';
import { accentCss, accentVersion } from '../../../src/components/brand/brand-head';

/**
 * The accent stylesheet's endpoint (src/pages/brand-[version].css.ts) for a clinic that sets
 * `brand.accent`; the kit's own settings set none, so they stand in for it here.
 */
const ACCENT = { light: '#2d6a9f', dark: '#9fc8f0' };
const settings = vi.hoisted(() => ({ brand: {} as { accent?: { light: string; dark: string } } }));
vi.mock('../../../src/clinic/settings', () => ({ default: settings }));

const endpoint = await import('../../../src/pages/brand-[version].css');
// The endpoint's handlers take Astro's context; these use none of it.
const get = () => (endpoint.GET as unknown as () => Response)();

describe('the accent stylesheet’s endpoint', () => {
  it('writes one file, named by its version, with the clinic’s accent as CSS', async () => {
    settings.brand = { accent: ACCENT };
    expect(endpoint.getStaticPaths()).toEqual([{ params: { version: accentVersion(ACCENT) } }]);
    const response = get();
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await response.text()).toBe(accentCss(ACCENT));
  });

  it('writes no file without an accent, so the kit’s own build has none to load', () => {
    settings.brand = {};
    expect(endpoint.getStaticPaths()).toEqual([]);
    expect(get().status).toBe(404);
  });
});
