import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes sure a copied project's astro.config.mjs runs the link check after Pagefind, as the real
 * one does once `linkCheck()` is registered there; until then the copy gets it added, so these
 * tests check the integration itself rather than whether it is registered yet.
 * @param dir a folder made by `copyProject`
 */
export function withLinkCheck(dir: string): void {
  const file = join(dir, 'astro.config.mjs');
  const config = readFileSync(file, 'utf8');
  if (config.includes('integrations/link-check')) return;
  const registered = config
    .replace(/^(import pagefind from .*)$/m, "$1\nimport linkCheck from './src/integrations/link-check.ts';")
    .replace(/pagefind\(\)\]/, 'pagefind(), linkCheck()]');
  if (!registered.includes('linkCheck()]'))
    throw new Error(`${file}: could not register linkCheck() after pagefind() in integrations.`);
  writeFileSync(file, registered);
}
