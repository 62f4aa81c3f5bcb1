import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeFrontmatterIssues } from '../../../src/lib/frontmatter-issues';
import { dateSlip, findFrontmatter, impossibleDates, withWrittenDates } from '../../../src/lib/frontmatter-yaml';
import { moduleSchema } from '../../../src/schemas/module';

/** A content file: `---`, the frontmatter lines, `---`, a body. Frontmatter line 1 is file line 2. */
const mdx = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n\nThe body.\n`;

const file = 'src/content/modules/x.mdx';

/** A valid module's frontmatter with `lastReviewed` written as given, on file line 5. */
const moduleFile = (lastReviewed: string) =>
  mdx(
    'title: "Music and sound"',
    'description: "Learn how music can support a session."',
    'order: 5',
    `lastReviewed: ${lastReviewed}`,
    'section: set-and-setting',
    'audience: [patient]',
    'sources:',
    '  - title: "First source"',
    '    url: "https://example.org/first"',
  );

/**
 * The frontmatter as Astro reads it: js-yaml, a YAML 1.1 parser, which reads an unquoted
 * YYYY-MM-DD as a date and rolls an impossible one over. `yaml` in 1.1 mode reads dates the same
 * way (`2026-13-01` is 1 January 2027 in both).
 */
const readAsAstro = (source: string) =>
  parse(findFrontmatter(source)!.text, { version: '1.1' }) as Record<string, unknown>;

/** The build's message lines for a file: the schema's refusal, placed at its file and line. */
const messages = (source: string, data: Record<string, unknown>) => {
  const result = moduleSchema.safeParse(data);
  return result.success ? [] : describeFrontmatterIssues(file, source, result.error.issues);
};

const expected = `${file}, line 5: lastReviewed: "2026-13-01" is not a real date (month 13). Write it as YYYY-MM-DD, e.g. 2026-12-01.`;

describe('a date in frontmatter that names no real day', () => {
  it('unquoted, is read as another real date, which the schema alone would take', () => {
    const source = moduleFile('2026-13-01');
    const data = readAsAstro(source);
    expect(data['lastReviewed']).toEqual(new Date(Date.UTC(2027, 0, 1)));
    expect(messages(source, data)).toEqual([]);
  });

  it('unquoted, is refused with the file, the line, what is wrong and a real date to write, once the written text is put back', () => {
    const source = moduleFile('2026-13-01');
    expect(messages(source, { ...readAsAstro(source), ...impossibleDates(source) })).toEqual([expected]);
  });

  it('quoted, gets the same message', () => {
    const source = moduleFile('"2026-13-01"');
    expect(messages(source, readAsAstro(source))).toEqual([expected]);
  });

  it('leaves a real date alone', () => {
    const source = moduleFile('2026-12-01');
    expect(impossibleDates(source)).toEqual({});
    expect(messages(source, { ...readAsAstro(source), ...impossibleDates(source) })).toEqual([]);
  });
});

describe('withWrittenDates', () => {
  /** An entry type that reads frontmatter as Astro's does. */
  const astroLike = {
    extensions: ['.mdx'],
    getEntryInfo: ({ contents }: { contents: string; fileUrl: URL }) => ({ data: readAsAstro(contents), body: '' }),
  };
  const fileUrl = new URL('file:///x.mdx');
  const read = (source: string) =>
    withWrittenDates(new Map([['.mdx', astroLike]]))
      .get('.mdx')!
      .getEntryInfo({ contents: source, fileUrl });

  it('hands the schema an impossible date as written, so the build refuses it', async () => {
    const source = moduleFile('2026-13-01');
    const { data } = await read(source);
    expect(data['lastReviewed']).toBe('2026-13-01');
    expect(messages(source, data)).toEqual([expected]);
  });

  it('reads every other file exactly as the entry type does, keeping what else it gives', async () => {
    const source = moduleFile('2026-12-01');
    expect(await read(source)).toEqual(astroLike.getEntryInfo({ contents: source, fileUrl }));
  });
});

describe('impossibleDates', () => {
  it('finds each top-level field written as an unquoted date that is not real, comments and spaces allowed', () => {
    const source = mdx('lastReviewed: 2026-04-31   # checked in spring', 'other:\t2026-02-30', 'real: 2024-02-29');
    expect(impossibleDates(source)).toEqual({ lastReviewed: '2026-04-31', other: '2026-02-30' });
  });

  it('leaves quoted dates, which the parser keeps as written, and fields inside a list', () => {
    expect(
      impossibleDates(mdx('lastReviewed: "2026-13-01"', "b: '2026-13-01'", 'sources:', '  - date: 2026-13-01')),
    ).toEqual({});
  });

  it('finds nothing in a file without frontmatter', () => {
    expect(impossibleDates('lastReviewed: 2026-13-01\n')).toEqual({});
  });
});

describe('dateSlip', () => {
  it.each([
    ['2026-13-01', 'month 13', '2026-12-01'],
    ['2026-00-10', 'month 00', '2026-01-10'],
    ['2026-04-31', 'April has 30 days', '2026-04-30'],
    ['2026-02-29', 'February 2026 has 28 days', '2026-02-28'],
    ['2026-12-00', 'day 00', '2026-12-01'],
    ['2026-14-35', 'month 14', '2026-12-31'],
  ])('says what is wrong with %s and the nearest real date', (text, reason, nearest) => {
    expect(dateSlip(text)).toEqual({ reason, nearest });
  });

  it.each(['2024-02-29', '2026-12-31', '2026-01-01'])('finds nothing wrong with %s', (text) => {
    expect(dateSlip(text)).toBeUndefined();
  });

  it.each(['2026-1-5', '12/03/2026', '2026-13-01T10:00', ''])(
    'leaves %j, which is not written YYYY-MM-DD, to the schema',
    (text) => {
      expect(dateSlip(text)).toBeUndefined();
    },
  );
});
