import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Recursively lists the `.html` files under `dir`. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** How many built pages opt in to search with `data-pagefind-body`. */
async function countSearchablePages(dir: string): Promise<number> {
  const files = await htmlFiles(dir);
  const contents = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return contents.filter((html) => html.includes('data-pagefind-body')).length;
}

/**
 * Indexes a built site with Pagefind and writes the bundle to `<dir>/pagefind/`.
 * Fails loudly: any Pagefind error, or any searchable page missing from the index, throws, so a
 * site whose search would silently come back empty never ships.
 * @param dir the built site (Astro's `outDir`)
 * @returns how many pages were indexed
 */
export async function buildSearchIndex(dir: string): Promise<number> {
  const expected = await countSearchablePages(dir);
  if (expected === 0) {
    throw new Error(`Search index: no page in ${dir} has data-pagefind-body, so search would find nothing.`);
  }
  const outputPath = join(dir, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Search index: Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Search index: ${added.errors.join('; ')}`);
    // Written to an empty folder, so what is in it afterwards is exactly this index.
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Search index: ${written.errors.join('; ')}`);
    // `page_count` counts every HTML file read; each page actually indexed gets one fragment file.
    // Counted on disk: asking Pagefind for its files (getFiles) sends every file's bytes through
    // its service's pipe, which took as long as writing them (≈ 7 s of a 1,000-module build).
    const indexed = (await readdir(join(outputPath, 'fragment')).catch(() => [])).length;
    if (indexed !== expected) {
      await rm(outputPath, { recursive: true, force: true });
      throw new Error(`Search index: indexed ${indexed} pages but ${expected} pages are marked searchable.`);
    }
    return indexed;
  } finally {
    await pagefind.close();
  }
}

/**
 * Astro integration: builds the Pagefind index right after `astro build`, so `npm run build`
 * always produces a site whose search works.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kap-prep-kit:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Search index: ${pages} pages indexed.`);
      },
    },
  };
}
