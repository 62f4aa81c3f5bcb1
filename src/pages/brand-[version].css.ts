import type { APIRoute, GetStaticPaths } from 'astro';
import clinic from '../clinic/settings';
import { accentCss, accentVersion } from '../components/brand/brand-head';

/**
 * `/brand-<version>.css`: the clinic's accent colour (`brand.accent`) for both colour schemes,
 * written when the site builds and linked from every page's head (PageShell). Without an accent
 * there is no path, so the kit's own build writes no file. Why a file and not a style in the page:
 * see src/components/brand/brand-head.ts.
 */
export const prerender = true;

export const getStaticPaths = (() => {
  const { accent } = clinic.brand;
  return accent ? [{ params: { version: accentVersion(accent) } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
  const { accent } = clinic.brand;
  // Only the dev server can ask without an accent (the build has no path then).
  if (!accent) return new Response(null, { status: 404 });
  return new Response(accentCss(accent), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
