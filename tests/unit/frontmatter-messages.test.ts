import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkedGlob } from '../../src/lib/checked-glob';
import { FrontmatterError } from '../../src/lib/frontmatter-error';
import { describeFrontmatterIssues, describeYamlSlip } from '../../src/lib/frontmatter-issues';
import { findFrontmatter, findYamlSlip, frontmatterLines } from '../../src/lib/frontmatter-yaml';
import { moduleSchema } from '../../src/schemas/module';

/** A content file: `---`, the frontmatter lines, `---`, a body. Frontmatter line 1 is file line 2. */
const mdx = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n\nThe body.\n`;

const validLines = [
  'title: "Music and sound"',
  'description: "Learn how music can support a session."',
  'order: 5',
  'section: set-and-setting',
  'audience: [patient]',
  'lastReviewed: 2026-12-03',
  'sources:',
  '  - title: "First source"',
  '    url: "https://example.org/first"',
  '  - title: "Second source"',
  '    url: "https://example.org/second"',
];

describe('findFrontmatter', () => {
  it('finds the text between the --- lines and how far it is from the top of the file', () => {
    expect(findFrontmatter(mdx('title: "x"'))).toEqual({ text: '\ntitle: "x"\n', lineOffset: 0 });
  });

  it('counts blank lines before the first ---, as Astro allows them', () => {
    expect(findFrontmatter(`\n\n${mdx('title: "x"')}`)?.lineOffset).toBe(2);
  });

  it('finds nothing in a file without frontmatter', () => {
    expect(findFrontmatter('Just a body.\n')).toBeUndefined();
  });
});

describe('findYamlSlip', () => {
  it('finds nothing wrong with valid frontmatter', () => {
    expect(findYamlSlip(mdx(...validLines))).toBeUndefined();
  });

  it('says which line under "sources:" is indented too far, and by how much to line it up', () => {
    const lines = validLines.with(8, '      url: "https://example.org/first"');

    expect(findYamlSlip(mdx(...lines))).toEqual({
      line: 10,
      hint: 'the lines under "sources:" must all be indented by the same number of spaces: line 10 ("url:") starts after 6 spaces, but must start after 4 spaces, to line up with "title:" on line 9.',
    });
  });

  it('says which line is indented too little', () => {
    const lines = validLines.with(10, '   url: "https://example.org/second"');

    expect(findYamlSlip(mdx(...lines))?.hint).toBe(
      'the lines under "sources:" must all be indented by the same number of spaces: line 12 ("url:") starts after 3 spaces, but must start after 4 spaces, to line up with "title:" on line 11.',
    );
  });

  it('lines a list entry up with the entry above it', () => {
    const lines = validLines.with(9, ' - title: "Second source"');

    expect(findYamlSlip(mdx(...lines))).toEqual({
      line: 11,
      hint: 'the lines under "sources:" must all be indented by the same number of spaces: line 11 ("- title:") starts after 1 space, but must start after 2 spaces, to line up with "- title:" on line 9.',
    });
  });

  it('says to use spaces when a line is indented with a tab', () => {
    const lines = validLines.with(7, '\t- title: "First source"');

    expect(findYamlSlip(mdx(...lines))).toEqual({
      line: 9,
      hint: 'line 9 is indented with a tab: indent frontmatter with spaces only.',
    });
  });

  it('points at the line that opens a quote it never closes, not where the file runs out', () => {
    const lines = validLines.with(0, 'title: "Music and sound');

    expect(findYamlSlip(mdx(...lines))).toEqual({
      line: 2,
      hint: 'line 2 opens a quote (") that is not closed: end the value with " on the same line.',
    });
  });

  it('says to quote a value with a colon in it, showing the line quoted', () => {
    const lines = validLines.with(0, 'title: Music: a guide');

    expect(findYamlSlip(mdx(...lines))).toEqual({
      line: 2,
      hint: 'the value on line 2 has a colon followed by a space, which starts a new field: put the whole value in double quotes, such as title: "Music: a guide".',
    });
  });

  it('names both lines of a field written twice', () => {
    const lines = [...validLines, 'order: 6'];

    expect(findYamlSlip(mdx(...lines))).toEqual({
      line: 13,
      hint: '"order" is written twice (and on line 4): keep one of them.',
    });
  });

  it('says a list in square brackets is not closed', () => {
    const lines = validLines.with(4, 'audience: [patient, chaperone');

    expect(findYamlSlip(mdx(...lines))).toEqual({
      line: 6,
      hint: 'the list in square brackets on line 6 is not closed: end it with ] on the same line, such as audience: [patient, chaperone].',
    });
  });

  it('says a line needs a colon', () => {
    const lines = validLines.with(2, 'order 5');

    expect(findYamlSlip(mdx(...lines))).toEqual({
      line: 4,
      hint: 'line 4 has no colon: write each field as name, colon, space, value, such as order: 5.',
    });
  });

  it('says a field indented under a field that already has a value starts at the margin', () => {
    const lines = validLines.with(2, '  order: 5');

    expect(findYamlSlip(mdx(...lines))).toEqual({
      line: 4,
      hint: 'line 4 starts with spaces, but the field above it already has its value: start "order:" at the beginning of the line.',
    });
  });
});

describe('frontmatterLines', () => {
  const lineOf = frontmatterLines(mdx(...validLines, 'tags: [music]'));

  it('gives the line of a top-level field', () => {
    expect(lineOf(['order'])).toBe(4);
  });

  it('gives the line of a field inside a list entry', () => {
    expect(lineOf(['sources', 1, 'url'])).toBe(12);
  });

  it('gives the line of a key of an object, for unknown keys', () => {
    expect(lineOf([], 'tags')).toBe(13);
  });

  it('gives the entry line for a key the entry lacks', () => {
    expect(lineOf(['sources', 1, 'citation'])).toBe(11);
  });

  it('gives no line for a top-level field the file lacks', () => {
    expect(lineOf(['worksheets'])).toBeUndefined();
  });
});

describe('describeFrontmatterIssues', () => {
  const file = 'src/content/modules/music-and-sound.mdx';
  const describe = (lines: string[]) => {
    const source = mdx(...lines);
    const result = moduleSchema.safeParse(parse(findFrontmatter(source)!.text));
    if (result.success) throw new Error('expected the schema to refuse it');
    return describeFrontmatterIssues(file, source, result.error.issues);
  };

  it('names the file and the missing field, and says what to write', () => {
    expect(describe(validLines.slice(0, 6))).toEqual([
      'src/content/modules/music-and-sound.mdx: frontmatter is missing "sources": list at least one source, each with a title and a url (see "Add a module" in README.md).',
    ]);
  });

  it('names the file and the line of a wrong value', () => {
    expect(describe(validLines.with(2, 'order: "five"'))).toEqual([
      'src/content/modules/music-and-sound.mdx, line 4: "order" must be a number without quotes, such as order: 5 or order: 4.5 (it is "five").',
    ]);
  });

  it('names the line and the entry of a wrong value in a list', () => {
    expect(describe(validLines.with(10, '    url: "http://example.org/second"'))).toEqual([
      'src/content/modules/music-and-sound.mdx, line 12, sources entry 2: "url" must be a full https:// address, such as url: "https://example.org/page" (it is "http://example.org/second").',
    ]);
  });

  it('gives each unknown key its own line', () => {
    expect(describe([...validLines, 'tags: [music]', 'Draft: true'])).toEqual([
      expect.stringMatching(
        /^src\/content\/modules\/music-and-sound\.mdx, line 13: "tags" is not a field a module takes: check its spelling/,
      ),
      expect.stringMatching(
        /^src\/content\/modules\/music-and-sound\.mdx, line 14: "Draft" is not a field a module takes: did you mean "draft"\?/,
      ),
    ]);
  });

  it('names no line when it has no file text', () => {
    const result = moduleSchema.safeParse({});

    expect(describeFrontmatterIssues(file, undefined, result.error!.issues)[0]).toMatch(
      /^src\/content\/modules\/music-and-sound\.mdx: frontmatter is missing "title"/,
    );
  });
});

describe('describeYamlSlip', () => {
  it('names the file and the line, then the hint', () => {
    expect(
      describeYamlSlip('src/content/modules/a.mdx', {
        line: 11,
        hint: 'line 11 is indented with a tab: indent frontmatter with spaces only.',
      }),
    ).toBe(
      'src/content/modules/a.mdx, line 11: the frontmatter cannot be read as YAML: line 11 is indented with a tab: indent frontmatter with spaces only.',
    );
  });
});

/**
 * checkedGlob around Astro's real glob() loader, with the loader context Astro would pass: files
 * on disk, a store, an entry type that reads frontmatter (throwing, as Astro's does, an error whose
 * location is the file), and a `parseData` that validates with the schema as Astro's does
 * (throwing an error without the details).
 */
describe('checkedGlob', () => {
  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  const schemaParseData = async ({ data }: { data: Record<string, unknown> }) => {
    const result = moduleSchema.safeParse(data);
    if (!result.success) throw new Error('data does not match collection schema');
    return result.data;
  };

  function project(
    files: Record<string, string>,
    parseData: (props: { data: Record<string, unknown> }) => Promise<unknown> = schemaParseData,
  ) {
    const root = mkdtempSync(join(tmpdir(), 'checked-glob-'));
    folders.push(root);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
    const stored = new Map<string, { id: string; data: unknown }>();
    const getEntryInfo = ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
      try {
        return { data: parse(findFrontmatter(contents)!.text), body: '' };
      } catch (error) {
        throw Object.assign(new Error((error as Error).message), { loc: { file: fileURLToPath(fileUrl) } });
      }
    };
    const context = {
      collection: 'modules',
      config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
      logger: { warn() {}, error() {}, info() {} },
      generateDigest: (text: string) => String(text.length),
      store: {
        keys: () => [...stored.keys()],
        get: (id: string) => stored.get(id),
        set: (entry: { id: string; data: unknown }) => stored.set(entry.id, entry),
        delete: (id: string) => stored.delete(id),
      },
      entryTypes: new Map([['.mdx', { getEntryInfo }]]),
      parseData,
    };
    const loader = checkedGlob({
      pattern: '*.mdx',
      base: root,
      schema: moduleSchema,
      help: 'See "Add a module" in README.md.',
    });
    return { load: () => loader.load(context as never), stored };
  }

  it('loads valid files as glob() does', async () => {
    const { load, stored } = project({ 'music.mdx': mdx(...validLines) });

    await load();

    expect([...stored.keys()]).toEqual(['music']);
  });

  it('lists every refused file in one error, in file order, then the help, and stores none of them', async () => {
    const { load, stored } = project({
      'b.mdx': mdx(...validLines.slice(0, 6)),
      'a.mdx': mdx(...validLines.with(2, 'order: 0')),
      'ok.mdx': mdx(...validLines),
    });

    const error = await load().catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(FrontmatterError);
    expect((error as Error).message.split('\n')).toEqual([
      expect.stringMatching(/^a\.mdx, line 4: "order" must be more than 0/),
      expect.stringMatching(/^b\.mdx: frontmatter is missing "sources"/),
      'See "Add a module" in README.md.',
    ]);
    expect([...stored.keys()]).toEqual(['ok']);
  });

  it('turns a YAML slip into the file, the line and a hint', async () => {
    const { load } = project({ 'music.mdx': mdx(...validLines.with(8, '      url: "https://example.org/first"')) });

    await expect(load()).rejects.toThrow(
      new FrontmatterError(
        'music.mdx, line 10: the frontmatter cannot be read as YAML: the lines under "sources:" must all be indented by the same number of spaces: line 10 ("url:") starts after 6 spaces, but must start after 4 spaces, to line up with "title:" on line 9.',
      ),
    );
  });

  it('passes on unchanged an error the schema does not explain', async () => {
    const failing = new Error('disk on fire');
    const { load } = project({ 'music.mdx': mdx(...validLines) }, () => Promise.reject(failing));

    await expect(load()).rejects.toBe(failing);
  });
});
