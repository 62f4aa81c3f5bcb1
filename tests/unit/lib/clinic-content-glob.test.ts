import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkedGlob, hasMatchingFile } from '../../../src/lib/checked-glob';
import { FrontmatterError } from '../../../src/lib/frontmatter-error';
import { findFrontmatter } from '../../../src/lib/frontmatter-yaml';
import { moduleSchema } from '../../../src/schemas/module';

/**
 * The clinic's content collections (src/content.config.ts) load `clinic/modules/` and
 * `clinic/pages/` with `checkedGlob({ optional: true })`: silent without the folder, and with it
 * as the kit's folders are, messages naming the clinic's file. Run here around Astro's real glob()
 * loader with the loader context Astro would pass (as tests/unit/frontmatter-messages.test.ts does).
 */

const mdx = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n\nThe body.\n`;
const validLines = [
  'title: "Getting here"',
  'description: "How to find the clinic and where to park."',
  'order: 2.5',
  'section: preparation',
  'audience: [patient]',
  'lastReviewed: 2026-12-03',
  'sources:',
  '  - title: "The clinic"',
  '    url: "https://example.org/"',
];

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A project folder with `files` (path → text), and the clinic modules' loader run on it. */
function project(files: Record<string, string>, pattern = '*.mdx') {
  const root = mkdtempSync(join(tmpdir(), 'clinic-glob-'));
  folders.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  const stored = new Map<string, { id: string; data: unknown }>();
  const collections = new Set<string>();
  const warnings: string[] = [];
  const context = {
    collection: 'clinicModules',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { warn: (message: string) => warnings.push(message), error() {}, info() {} },
    generateDigest: (text: string) => String(text.length),
    store: {
      keys: () => [...stored.keys()],
      get: (id: string) => stored.get(id),
      // Astro's store keeps a collection once an entry was set, even after it is deleted.
      set: (entry: { id: string; data: unknown }) => (collections.add('clinicModules'), stored.set(entry.id, entry)),
      delete: (id: string) => stored.delete(id),
      clear: () => (collections.delete('clinicModules'), stored.clear()),
    },
    entryTypes: new Map([
      [
        '.mdx',
        {
          getEntryInfo: ({ contents }: { contents: string; fileUrl: URL }) => ({
            data: parse(findFrontmatter(contents)!.text),
            body: '',
          }),
        },
      ],
    ]),
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      const result = moduleSchema.safeParse(data);
      if (!result.success) throw new Error('data does not match collection schema');
      return result.data;
    },
  };
  const loader = checkedGlob({ pattern, base: './clinic/modules', schema: moduleSchema, optional: true });
  return { root, load: () => loader.load(context as never), stored, collections, warnings };
}

describe('an optional clinic collection', () => {
  it('without the folder loads nothing and warns of nothing, but exists (so reading it warns of nothing either)', async () => {
    const { load, stored, collections, warnings } = project({});
    await load();
    expect(stored.size).toBe(0);
    expect(warnings).toEqual([]);
    expect(collections.has('clinicModules')).toBe(true);
  });

  it('with a folder of translations only loads no English modules, silently', async () => {
    const { load, stored, warnings } = project({ 'clinic/modules/es/getting-here.mdx': mdx(...validLines) });
    await load();
    expect(stored.size).toBe(0);
    expect(warnings).toEqual([]);
  });

  it('loads the clinic’s files as the kit’s', async () => {
    const { load, stored } = project({ 'clinic/modules/getting-here.mdx': mdx(...validLines) });
    await load();
    expect([...stored.keys()]).toEqual(['getting-here']);
  });

  it('names the clinic’s file and the line of a frontmatter mistake', async () => {
    const { load } = project({ 'clinic/modules/getting-here.mdx': mdx(...validLines.with(3, 'section: parking')) });
    const error = await load().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FrontmatterError);
    expect((error as Error).message).toMatch(/^clinic\/modules\/getting-here\.mdx, line 5: "section" must be one of:/);
  });
});

describe('hasMatchingFile', () => {
  it('matches the patterns the collections use, in a folder that may not exist', () => {
    const { root } = project({ 'clinic/modules/a.mdx': '', 'clinic/pages/es/b.mdx': '', 'clinic/pages/notes.txt': '' });
    const clinic = join(root, 'clinic');
    expect(hasMatchingFile(join(clinic, 'modules'), '*.mdx')).toBe(true);
    expect(hasMatchingFile(join(clinic, 'modules'), '*/*.mdx')).toBe(false);
    expect(hasMatchingFile(join(clinic, 'pages'), '*.mdx')).toBe(false);
    expect(hasMatchingFile(join(clinic, 'pages'), '*/*.mdx')).toBe(true);
    expect(hasMatchingFile(join(clinic, 'missing'), '*.mdx')).toBe(false);
  });
});
