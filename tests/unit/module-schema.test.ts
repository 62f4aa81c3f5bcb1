import { describe, expect, it } from 'vitest';
import { describeValue, moduleSchema, moduleTranslationSchema, pageSchema } from '../../src/schemas/module';
import { audienceIds, sectionIds } from '../../src/schemas/sections';
import { worksheetIds } from '../../src/worksheets/ids';

/** Frontmatter that passes, with `overrides` merged over it (a key set to `undefined` is removed). */
function validFrontmatter(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const frontmatter: Record<string, unknown> = {
    title: 'What is a preparation session?',
    description: 'Learn what happens in a preparation session and how it helps you get ready.',
    order: 1,
    section: 'preparation',
    audience: 'patient',
    lastReviewed: '2026-11-28',
    sources: [{ title: 'Example source', url: 'https://example.org/source' }],
    ...overrides,
  };
  for (const key of Object.keys(frontmatter)) if (frontmatter[key] === undefined) delete frontmatter[key];
  return frontmatter;
}

/** The `path` and `message` of every issue, failing loudly if the input unexpectedly parses. */
function issuesFor(
  input: unknown,
  schema: typeof moduleSchema | typeof pageSchema | typeof moduleTranslationSchema = moduleSchema,
) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`Expected a rejection, but it parsed: ${JSON.stringify(input)}`);
  return result.error.issues.map(({ path, message }) => ({ path, message }));
}

/** Exactly one issue, at `path`, whose message matches `message`. */
function oneIssue(path: PropertyKey[], message: RegExp) {
  return [{ path, message: expect.stringMatching(message) }];
}

describe('moduleSchema', () => {
  it('parses valid frontmatter and fills in the defaults', () => {
    const data = moduleSchema.parse(validFrontmatter());

    expect(data).toEqual({
      title: 'What is a preparation session?',
      description: 'Learn what happens in a preparation session and how it helps you get ready.',
      order: 1,
      section: 'preparation',
      audience: ['patient'],
      lastReviewed: new Date('2026-11-28T00:00:00.000Z'),
      sources: [{ title: 'Example source', url: 'https://example.org/source' }],
      worksheets: [],
      draft: false,
    });
  });

  it('keeps worksheets and draft when they are given', () => {
    const data = moduleSchema.parse(validFrontmatter({ worksheets: ['chaperone'], draft: true }));

    expect(data.worksheets).toEqual(['chaperone']);
    expect(data.draft).toBe(true);
  });

  it('trims whitespace around the title and description', () => {
    const data = moduleSchema.parse(
      validFrontmatter({ title: '  Set and setting  ', description: ' Plan your room. ' }),
    );

    expect(data.title).toBe('Set and setting');
    expect(data.description).toBe('Plan your room.');
  });

  it('rejects an unknown key and names it', () => {
    expect(issuesFor(validFrontmatter({ tags: ['safety'] }))).toEqual(oneIssue([], /tags/));
  });

  it('names an unknown key, says it is not a field, and lists the fields a module takes', () => {
    const [issue] = issuesFor(validFrontmatter({ tags: ['safety'] }));

    expect(issue?.message).toMatch(/^"tags" is not a field a module takes: check its spelling, or remove it\./);
    expect(issue?.message).toContain(
      'A module takes: title, description, order, section, audience, lastReviewed, worksheets, sources, draft.',
    );
  });

  it('suggests the field a misspelt key probably means', () => {
    const { title, ...rest } = validFrontmatter();

    expect(issuesFor({ ...rest, titel: title })).toEqual([
      { path: ['title'], message: expect.stringMatching(/^frontmatter is missing "title"/) },
      { path: [], message: expect.stringMatching(/^"titel" is not a field a module takes: did you mean "title"\?/) },
    ]);
  });

  it('words each of several unknown keys on its own line', () => {
    const [issue] = issuesFor(validFrontmatter({ tags: [], lastreviewed: '2026-01-01' }));

    expect(issue?.message.split('\n')).toEqual([
      expect.stringMatching(/^"tags" is not a field/),
      expect.stringMatching(/^"lastreviewed" is not a field a module takes: did you mean "lastReviewed"\?/),
    ]);
  });

  // A field left out reaches its schema as `undefined`: each has its own message saying what to
  // write, never zod's "Invalid input" or Astro's "Required".
  it.each([
    ['title', /^frontmatter is missing "title": write the name readers see, in quotes/],
    ['description', /^frontmatter is missing "description": write one plain sentence of 160 characters or fewer/],
    [
      'order',
      /^frontmatter is missing "order": give the module's place in the reading order as a number, such as order: 5 \(to put it between 4 and 5, use 4\.5\)/,
    ],
    ['section', /^frontmatter is missing "section": .*one of: preparation, set-and-setting, safety, after\.$/],
    ['audience', /^frontmatter is missing "audience": .*one or more of: patient, chaperone, provider/],
    ['lastReviewed', /^frontmatter is missing "lastReviewed": .*as YYYY-MM-DD/],
    [
      'sources',
      /^frontmatter is missing "sources": list at least one source, each with a title and a url \(see "Add a module" in README\.md\)\.$/,
    ],
  ])('says what to write when "%s" is missing', (field, message) => {
    expect(issuesFor(validFrontmatter({ [field]: undefined }))).toEqual(oneIssue([field], message));
  });

  it.each(['title', 'description', 'order', 'section', 'audience', 'lastReviewed', 'sources'])(
    'says "%s" is empty when it is written with nothing after the colon (YAML null)',
    (field) => {
      expect(issuesFor(validFrontmatter({ [field]: null }))).toEqual(
        oneIssue([field], new RegExp(`^"${field}" is empty: `)),
      );
    },
  );

  it('lists every missing field of an empty frontmatter, one issue each', () => {
    const issues = issuesFor({});

    expect(issues.map((issue) => issue.path)).toEqual([
      ['title'],
      ['description'],
      ['order'],
      ['section'],
      ['audience'],
      ['lastReviewed'],
      ['sources'],
    ]);
    for (const issue of issues) expect(issue.message).toMatch(/^frontmatter is missing "/);
  });

  it.each([
    ['title', 5, /^"title" must be text in quotes, such as title: "Music and sound" \(it is 5\)\.$/],
    ['description', ['One.', 'Two.'], /^"description" must be one sentence in quotes \(it is a list\)\.$/],
    ['section', ['safety'], /^"section" must be one of: .* \(it is a list\)/],
    [
      'audience',
      { patient: true },
      /^"audience" must be one or more of: patient, chaperone, provider.*\(it is a group of fields\)/,
    ],
    ['lastReviewed', 20261128, /^"lastReviewed" must be a real date written as YYYY-MM-DD.*\(it is 20261128\)/],
    [
      'sources',
      'https://example.org/source',
      /^"sources" must be a list, one source per "- title: …" line under sources:/,
    ],
    ['worksheets', 'intention', /^"worksheets" must be a list of worksheet ids, such as worksheets: \[intention\]/],
    ['draft', 'yes', /^"draft" must be true or false, without quotes \(it is "yes"\)\.$/],
  ])('says what "%s" must be when it is %j, quoting the value', (field, value, message) => {
    expect(issuesFor(validFrontmatter({ [field]: value }))).toEqual(oneIssue([field], message));
  });

  it('reports every broken field at its own path', () => {
    const issues = issuesFor(validFrontmatter({ title: 'Hi', order: 0, section: 'misc', sources: [] }));

    expect(issues.map((issue) => issue.path)).toEqual([['title'], ['order'], ['section'], ['sources']]);
    for (const issue of issues) expect(issue.message).not.toMatch(/^Invalid input/);
  });

  describe('title', () => {
    it('rejects a title shorter than 3 characters', () => {
      expect(issuesFor(validFrontmatter({ title: ' Hi ' }))).toEqual(oneIssue(['title'], /at least 3 characters/));
    });

    it('rejects a title longer than 80 characters', () => {
      expect(issuesFor(validFrontmatter({ title: 'A'.repeat(81) }))).toEqual(
        oneIssue(['title'], /80 characters or fewer/),
      );
    });

    it('accepts a title of exactly 80 characters', () => {
      expect(moduleSchema.safeParse(validFrontmatter({ title: 'A'.repeat(80) })).success).toBe(true);
    });
  });

  describe('description', () => {
    it.each(['Plan your room.', 'Who should be your chaperone?', 'You are ready!'])(
      'accepts the single sentence "%s"',
      (description) => {
        expect(moduleSchema.parse(validFrontmatter({ description })).description).toBe(description);
      },
    );

    it('rejects a description of two sentences', () => {
      expect(issuesFor(validFrontmatter({ description: 'Plan your room. Then pick your music.' }))).toEqual(
        oneIssue(['description'], /exactly one sentence/),
      );
    });

    it('rejects a description without end punctuation', () => {
      expect(issuesFor(validFrontmatter({ description: 'Plan your room' }))).toEqual(
        oneIssue(['description'], /ending in a full stop, question mark or exclamation mark/),
      );
    });

    it('rejects a one-sentence description longer than 160 characters', () => {
      const description = `${'a'.repeat(160)}.`;

      expect(issuesFor(validFrontmatter({ description }))).toEqual(
        oneIssue(['description'], /160 characters or fewer/),
      );
    });

    it('accepts a description of exactly 160 characters', () => {
      const description = `${'a'.repeat(159)}.`;

      expect(moduleSchema.safeParse(validFrontmatter({ description })).success).toBe(true);
    });
  });

  describe('order', () => {
    // Any number above 0, so a module goes between two others without renumbering them.
    it.each([1, 4.5, 0.5, 12, 4.25, 1000])('accepts %j as an order', (order) => {
      expect(moduleSchema.parse(validFrontmatter({ order })).order).toBe(order);
    });

    it.each([0, -1, -0.5])('rejects %j, which is not more than 0', (order) => {
      expect(issuesFor(validFrontmatter({ order }))).toEqual(
        oneIssue(
          ['order'],
          new RegExp(
            `^"order" must be more than 0 \\(it is ${order}\\): 1 is first, and 4\\.5 goes between 4 and 5\\.$`,
          ),
        ),
      );
    });

    it.each(['5', '4.5', 'five'])('rejects the quoted %j, saying to drop the quotes', (order) => {
      expect(issuesFor(validFrontmatter({ order }))).toEqual(
        oneIssue(
          ['order'],
          new RegExp(
            `^"order" must be a number without quotes, such as order: 5 or order: 4\\.5 \\(it is "${order}"\\)`,
          ),
        ),
      );
    });

    it.each([Number.POSITIVE_INFINITY, Number.NaN, true])(
      'rejects %j, which YAML can give (.inf, .nan, true) but is no place',
      (order) => {
        expect(issuesFor(validFrontmatter({ order }))).toEqual(
          oneIssue(['order'], /^"order" must be a number, such as order: 5 or order: 4\.5/),
        );
      },
    );
  });

  describe('section', () => {
    it.each(sectionIds)('accepts the section "%s"', (section) => {
      expect(moduleSchema.parse(validFrontmatter({ section })).section).toBe(section);
    });

    it('rejects an unknown section and lists the allowed ones', () => {
      const [issue] = issuesFor(validFrontmatter({ section: 'dosing' }));

      expect(issue?.path).toEqual(['section']);
      for (const id of sectionIds) expect(issue?.message).toContain(id);
    });
  });

  describe('audience', () => {
    it('reads a single audience id back as a list', () => {
      expect(moduleSchema.parse(validFrontmatter({ audience: 'chaperone' })).audience).toEqual(['chaperone']);
    });

    it('accepts a list of audience ids in the order given', () => {
      expect(moduleSchema.parse(validFrontmatter({ audience: ['provider', 'patient'] })).audience).toEqual([
        'provider',
        'patient',
      ]);
    });

    it('removes duplicate audience ids', () => {
      expect(moduleSchema.parse(validFrontmatter({ audience: ['patient', 'chaperone', 'patient'] })).audience).toEqual([
        'patient',
        'chaperone',
      ]);
    });

    it('rejects an empty audience list', () => {
      expect(issuesFor(validFrontmatter({ audience: [] }))).toEqual(oneIssue(['audience'], /at least one audience/));
    });

    it.each([
      ['a single unknown id', 'doctor'],
      ['an unknown id in a list', ['patient', 'doctor']],
    ])('rejects %s with a message listing the allowed audiences', (_, audience) => {
      const issues = issuesFor(validFrontmatter({ audience }));

      expect(issues.map((issue) => issue.path[0])).toEqual(['audience']);
      for (const id of audienceIds) expect(issues[0]?.message).toContain(id);
    });
  });

  describe('lastReviewed', () => {
    it('reads a YYYY-MM-DD string as midnight UTC on that day', () => {
      expect(moduleSchema.parse(validFrontmatter({ lastReviewed: '2026-03-12' })).lastReviewed).toEqual(
        new Date(Date.UTC(2026, 2, 12)),
      );
    });

    it('accepts a Date, which is what YAML gives for an unquoted date', () => {
      const lastReviewed = new Date(Date.UTC(2026, 10, 28));

      expect(moduleSchema.parse(validFrontmatter({ lastReviewed })).lastReviewed).toEqual(lastReviewed);
    });

    it.each(['not a date', '2026-13-01', ''])('rejects the date %j', (lastReviewed) => {
      expect(issuesFor(validFrontmatter({ lastReviewed }))).toEqual(oneIssue(['lastReviewed'], /YYYY-MM-DD/));
    });

    it('rejects a missing date', () => {
      expect(issuesFor(validFrontmatter({ lastReviewed: undefined }))).toEqual(
        oneIssue(['lastReviewed'], /YYYY-MM-DD/),
      );
    });

    it('rejects an empty value (YAML null) instead of reading it as 1 January 1970', () => {
      expect(issuesFor(validFrontmatter({ lastReviewed: null }))).toEqual(oneIssue(['lastReviewed'], /YYYY-MM-DD/));
    });

    it.each(['12/03/2026', '2026-02-30'])(
      'rejects %j, which is not a real date written as YYYY-MM-DD',
      (lastReviewed) => {
        expect(issuesFor(validFrontmatter({ lastReviewed }))).toEqual(oneIssue(['lastReviewed'], /YYYY-MM-DD/));
      },
    );
  });

  describe('sources', () => {
    it('rejects an empty list of sources', () => {
      expect(issuesFor(validFrontmatter({ sources: [] }))).toEqual(
        oneIssue(['sources'], /^"sources" is an empty list: list at least one source, each with a title and a url/),
      );
    });

    it('rejects a source written as a bare address, showing how to write one', () => {
      const sources = ['https://example.org/source'];

      expect(issuesFor(validFrontmatter({ sources }))).toEqual(
        oneIssue(
          ['sources', 0],
          /^each source must be written as "- title: …" with "url: …" and\/or "citation: …" on the lines under it.*\(it is "https:\/\/example\.org\/source"\)/,
        ),
      );
    });

    it('rejects a source without a title, saying how a source starts', () => {
      const sources = [{ url: 'https://example.org/source' }];

      expect(issuesFor(validFrontmatter({ sources }))).toEqual(
        oneIssue(['sources', 0, 'title'], /^this source has no "title": start each source with "- title:"/),
      );
    });

    it('accepts a source with only a citation', () => {
      const sources = [{ title: 'Guidelines for safety', citation: 'Johnson MW et al. J Psychopharmacol, 2008' }];

      expect(moduleSchema.parse(validFrontmatter({ sources })).sources).toEqual(sources);
    });

    it('rejects a source with neither a url nor a citation', () => {
      const sources = [{ title: 'Example source', url: 'https://example.org' }, { title: 'Bare title' }];

      expect(issuesFor(validFrontmatter({ sources }))).toEqual(
        oneIssue(['sources', 1], /^give each source a "url", a "citation", or both/),
      );
    });

    it('rejects an http:// source URL', () => {
      const sources = [{ title: 'Example source', url: 'http://example.org/source' }];

      expect(issuesFor(validFrontmatter({ sources }))).toEqual(
        oneIssue(
          ['sources', 0, 'url'],
          /^"url" must be a full https:\/\/ address, such as url: "https:\/\/example\.org\/page" \(it is "http:\/\/example\.org\/source"\)\.$/,
        ),
      );
    });

    it('rejects a source URL that is not a full address', () => {
      const sources = [{ title: 'Example source', url: 'example.org/source' }];

      expect(issuesFor(validFrontmatter({ sources }))).toEqual(oneIssue(['sources', 0, 'url'], /https:\/\//));
    });

    it('rejects a source without a title', () => {
      const sources = [{ title: ' ', url: 'https://example.org' }];

      expect(issuesFor(validFrontmatter({ sources }))).toEqual(oneIssue(['sources', 0, 'title'], /title/));
    });

    it('rejects an unknown key in a source and names it', () => {
      const sources = [{ title: 'Example source', url: 'https://example.org', link: 'https://example.org' }];

      expect(issuesFor(validFrontmatter({ sources }))).toEqual(
        oneIssue(['sources', 0], /^"link" is not a field a source takes: .* A source takes: title, url, citation\.$/),
      );
    });
  });

  describe('worksheets', () => {
    it('accepts every id from src/worksheets/ids.ts', () => {
      expect(moduleSchema.parse(validFrontmatter({ worksheets: [...worksheetIds] })).worksheets).toEqual(worksheetIds);
    });

    it('rejects a worksheet id that is not in src/worksheets/ids.ts and lists the valid ids', () => {
      const issues = issuesFor(validFrontmatter({ worksheets: ['intention', 'intentions'] }));

      expect(issues).toEqual(
        oneIssue(
          ['worksheets', 1],
          /^"worksheets" names a worksheet that does not exist \("intentions"\): name worksheets by id/,
        ),
      );
      for (const id of worksheetIds) expect(issues[0]?.message).toContain(id);
    });
  });
});

describe('pageSchema', () => {
  const validPage = {
    title: 'Privacy',
    description: 'Nothing you type leaves your device.',
    lastReviewed: '2026-11-28',
  };

  it('parses a page with a title, description and review date', () => {
    expect(pageSchema.parse(validPage)).toEqual({ ...validPage, lastReviewed: new Date('2026-11-28T00:00:00.000Z') });
  });

  it('rejects module-only keys such as order', () => {
    expect(issuesFor({ ...validPage, order: 1 }, pageSchema)).toEqual(oneIssue([], /order/));
  });

  it('applies the same one-sentence rule to descriptions', () => {
    expect(issuesFor({ ...validPage, description: 'Private. Always.' }, pageSchema)).toEqual(
      oneIssue(['description'], /exactly one sentence/),
    );
  });
});

describe('moduleTranslationSchema', () => {
  const validTranslation = {
    title: 'Música y sonido',
    description: 'Aprende cómo la música puede acompañar una sesión.',
    lastReviewed: '2026-11-28',
    sources: [{ title: 'Example source', url: 'https://example.org/source' }],
  };

  it('parses a translation without order, section, audience or worksheets', () => {
    expect(moduleTranslationSchema.parse(validTranslation)).toMatchObject({ title: 'Música y sonido', draft: false });
  });

  it.each(['order', 'section', 'audience', 'worksheets'])(
    'refuses "%s", saying it comes from the English module',
    (key) => {
      expect(issuesFor({ ...validTranslation, [key]: 1 }, moduleTranslationSchema)).toEqual(
        oneIssue(
          [],
          new RegExp(
            `^"${key}" is not written in a translation: it is taken from the English module of the same file name, so remove it here\\.$`,
          ),
        ),
      );
    },
  );

  it('says what to write when a translation has no sources', () => {
    const { sources: _, ...withoutSources } = validTranslation;

    expect(issuesFor(withoutSources, moduleTranslationSchema)).toEqual(
      oneIssue(['sources'], /^frontmatter is missing "sources"/),
    );
  });
});

describe('describeValue', () => {
  it.each([
    ['five', '"five"'],
    [4.5, '4.5'],
    [false, 'false'],
    [null, 'empty'],
    [['a'], 'a list'],
    [{ a: 1 }, 'a group of fields'],
    [new Date(0), 'a date'],
    ['x'.repeat(50), `"${'x'.repeat(40)}…"`],
  ])('quotes %j back as %s', (value, words) => {
    expect(describeValue(value)).toBe(words);
  });
});
