import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * The URL path of every page in the built site (`dist/**\/*.html`), e.g. `/modules/x/`.
 * Tests walk the build itself, so a new page is covered without editing any list.
 */
export function builtPagePaths(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !relative(DIST, entry.parentPath).startsWith('pagefind'))
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** The URL path of every module page in the build. */
export const builtModulePaths = () => builtPagePaths().filter((path) => path.startsWith('/modules/'));
