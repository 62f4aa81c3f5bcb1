import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { pdfEnginePart } from '../../bench/lib/page-weight.mjs';

// KAP_E2E_DIR: another build to test (see playwright.config.ts); `dist/` by default.
const DIST = process.env.KAP_E2E_DIR ?? join(import.meta.dirname, '..', '..', 'dist');

/**
 * The URL path of every page in the built site (`dist/**\/*.html`), e.g. `/modules/x/`.
 * Tests walk the build itself, so a new page is covered without editing any list.
 */
export function builtPagePaths(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() && entry.name.endsWith('.html') && !relative(DIST, entry.parentPath).startsWith('pagefind'),
    )
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** The URL path of every module page in the build. */
export const builtModulePaths = () => builtPagePaths().filter((path) => path.startsWith('/modules/'));

/**
 * Starts recording the parts of the PDF engine a page requests — pdf-lib's chunk, fontkit's, the
 * font — recognised from the built files themselves (bench/lib/page-weight.mjs's `pdfEnginePart`,
 * as the build tests do), since Vite names pdf-lib's chunk after whichever module it lands with.
 * @returns what was requested so far, as `<part> <path>` strings
 */
export function watchPdfEngineRequests(page: Page): () => string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    const file = join(DIST, decodeURIComponent(pathname));
    const text = /\.m?js$/.test(pathname) && existsSync(file) ? readFileSync(file, 'utf8') : '';
    const part = pdfEnginePart(pathname, text);
    if (part) requested.push(`${part} ${pathname}`);
  });
  return () => [...requested];
}
