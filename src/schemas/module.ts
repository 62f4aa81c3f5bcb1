import { z } from 'astro/zod';
import { audienceIds, sectionIds } from './sections';
import { worksheetIds } from '../worksheets/ids';
import { editDistance } from '../lib/edit-distance';
import { dateSlip } from '../lib/frontmatter-yaml';

/**
 * Small zod factories for module frontmatter, composed by {@link moduleSchema}. Each is a function
 * so a caller (a test, a future collection) gets a fresh schema it can extend.
 *
 * Every field and every check carries its own message, written for the clinic's developer who
 * reads it in the build output: it names the field and says what to write. A schema's own message
 * wins over the one Astro would add (zod 4's precedence), so a missing field never reads as
 * Astro's "Required". The build prefixes each message with the file and, where it can, the line
 * (src/lib/frontmatter-issues.ts), so the messages here do not repeat them.
 */

/** Frontmatter values as a message quotes them back: `"five"`, `0`, `a list`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return 'a group of fields';
}

/**
 * A zod error function for one frontmatter field: a field left out (input `undefined`) and a field
 * written with nothing after its colon (YAML `null`) get `what to write`; any other value gets
 * `wrong`, which is told the value.
 * @param field the frontmatter key, as the clinic writes it
 * @param whatToWrite the instruction, e.g. `list at least one source, each with a title and a url`
 * @param wrong the message for a value of the wrong kind
 */
function fieldError(field: string, whatToWrite: string, wrong: (value: string, input: unknown) => string) {
  return (issue: { input?: unknown }) => {
    if (issue.input === undefined) return `frontmatter is missing "${field}": ${whatToWrite}`;
    if (issue.input === null) return `"${field}" is empty: ${whatToWrite}`;
    return wrong(describeValue(issue.input), issue.input);
  };
}

/**
 * A zod error function for a strict object (`z.strictObject`): names each key it does not take,
 * suggests the field it is probably a misspelling of, and lists the ones it does take. `explain`
 * may give a key its own reason (a translation's `order`, say). One line per key, which the build
 * message pairs with the key's line (src/lib/frontmatter-issues.ts).
 */
function unknownKeysError(
  what: string,
  known: readonly string[],
  explain: (key: string) => string | undefined = () => undefined,
) {
  const takes = `${what[0]!.toUpperCase()}${what.slice(1)} takes: ${known.join(', ')}.`;
  return (issue: { code?: string; keys?: readonly string[] }) => {
    if (issue.code !== 'unrecognized_keys' || !issue.keys) return undefined;
    return issue.keys
      .map((key) => {
        const explained = explain(key);
        if (explained) return explained;
        const near = known.find((field) => editDistance(key.toLowerCase(), field.toLowerCase()) <= 2);
        const fix = near ? `did you mean "${near}"?` : 'check its spelling, or remove it.';
        return `"${key}" is not a field ${what} takes: ${fix} ${takes}`;
      })
      .join('\n');
  };
}

/** `title`: the module's name, shown as its `h1`, in lists, search results and the tab title. */
export const TitleSchema = () =>
  z
    .string({
      error: fieldError(
        'title',
        'write the name readers see, in quotes and 3 to 80 characters long, such as title: "Music and sound".',
        (value) => `"title" must be text in quotes, such as title: "Music and sound" (it is ${value}).`,
      ),
    })
    .trim()
    .min(3, { error: '"title" is too short: give a title of at least 3 characters.' })
    .max(80, { error: '"title" is too long: keep it to 80 characters or fewer so it fits in lists and tab titles.' });

/** Ends like a sentence: `.`, `?` or `!`, optionally inside a closing quote or bracket. */
const ENDS_AS_SENTENCE = /[.!?]["”’)]?$/u;
/** A sentence break: end punctuation, then space, then a capital letter ("… day. Then …"). */
const SENTENCE_BREAK = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u;

/**
 * `description`: exactly one plain sentence (<= 160 characters, the length search engines show),
 * used in lists, search results and `<meta name="description">`. Decimals and abbreviations such
 * as "0.5" or "e.g." are fine; a second sentence is not.
 */
export const DescriptionSchema = () =>
  z
    .string({
      error: fieldError(
        'description',
        'write one plain sentence of 160 characters or fewer, in quotes; lists and search results show it.',
        (value) => `"description" must be one sentence in quotes (it is ${value}).`,
      ),
    })
    .trim()
    .max(160, { error: '"description" is too long: keep it to one sentence of 160 characters or fewer.' })
    .refine((text) => ENDS_AS_SENTENCE.test(text) && !SENTENCE_BREAK.test(text), {
      error: '"description" must be exactly one sentence, ending in a full stop, question mark or exclamation mark.',
    });

/**
 * `order`: position of the module in the reading order across the whole kit. Any number above 0:
 * only the order of the numbers matters, so a module goes between 4 and 5 as `4.5` without
 * renumbering the others: a clinic adding its own module edits only its own file, and the kit's
 * files it would otherwise renumber stay as upstream ships them (no merge conflicts on update).
 * Two modules with the same number fail the build, naming both files (src/lib/module-order.ts).
 */
export const OrderSchema = () =>
  z
    .number({
      error: fieldError(
        'order',
        "give the module's place in the reading order as a number, such as order: 5 (to put it between 4 and 5, use 4.5).",
        (value, input) =>
          typeof input === 'string'
            ? `"order" must be a number without quotes, such as order: 5 or order: 4.5 (it is ${value}).`
            : `"order" must be a number, such as order: 5 or order: 4.5 (it is ${value}).`,
      ),
    })
    .positive({
      error: (issue) =>
        `"order" must be more than 0 (it is ${describeValue(issue.input)}): 1 is first, and 4.5 goes between 4 and 5.`,
    });

/** `section`: which home-page group the module belongs to. One of `sectionIds`. */
export const SectionSchema = () =>
  z.enum(sectionIds, {
    error: fieldError(
      'section',
      `set it to the home-page group the module is listed under, one of: ${sectionIds.join(', ')}.`,
      (value) =>
        `"section" must be one of: ${sectionIds.join(', ')} (it is ${value}). To add a section, see "Add a module" in README.md.`,
    ),
  });

/**
 * `audience`: who the module is written for. One id or a list; always read back as a non-empty,
 * duplicate-free list so templates and search filters need only one code path.
 */
export const AudienceSchema = () => {
  const ids = audienceIds.join(', ');
  const list = fieldError(
    'audience',
    `say who the module is for, one or more of: ${ids}, such as audience: [patient].`,
    (value) => `"audience" must be one or more of: ${ids}, such as audience: [patient] (it is ${value}).`,
  );
  const id = (issue: { input?: unknown }) => `"audience" can only name: ${ids} (it has ${describeValue(issue.input)}).`;
  // A lone id becomes a one-item list first, so both spellings get the same specific messages
  // (a union would report a vague "did not match union" instead).
  return z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z
      .array(z.enum(audienceIds, { error: id }), { error: list })
      .min(1, { error: `"audience" is an empty list: name at least one audience: ${ids}.` })
      .transform((ids) => [...new Set(ids)]),
  );
};

/**
 * The message for a date written YYYY-MM-DD that names no real day, or `undefined`:
 * `lastReviewed: "2026-13-01" is not a real date (month 13). Write it as YYYY-MM-DD, e.g. 2026-12-01.`
 * (the example is the nearest real date).
 * @param field the frontmatter key
 * @param input the value the schema was given
 */
export function impossibleDateMessage(field: string, input: unknown): string | undefined {
  const slip = typeof input === 'string' ? dateSlip(input.trim()) : undefined;
  return (
    slip &&
    `${field}: "${(input as string).trim()}" is not a real date (${slip.reason}). Write it as YYYY-MM-DD, e.g. ${slip.nearest}.`
  );
}

/**
 * `lastReviewed`: the date a person last checked the module against its sources (YYYY-MM-DD).
 * YAML turns an unquoted date into a `Date`; a quoted one must still be a real YYYY-MM-DD date.
 * No coercion: it would read an empty value as 1970 and "12/03/2026" the American way. An
 * unquoted date that names no real day (`2026-13-01`) reaches the schema as the text written
 * (src/lib/frontmatter-yaml.ts, `impossibleDates`), so it gets the same message as a quoted one.
 */
export const LastReviewedSchema = () => {
  const error = fieldError(
    'lastReviewed',
    'write the date a person last checked the text against its sources, as YYYY-MM-DD, such as lastReviewed: 2026-11-28.',
    (value, input) =>
      impossibleDateMessage('lastReviewed', input) ??
      `"lastReviewed" must be a real date written as YYYY-MM-DD, such as lastReviewed: 2026-11-28 (it is ${value}).`,
  );
  return z
    .union([z.date({ error }), z.iso.date({ error })], { error })
    .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value))
    .refine((date) => !Number.isNaN(date.getTime()), { error });
};

/**
 * One entry of `sources`: a `title` plus a `url`, a `citation` (authors, journal, year), or both.
 * Readers must be able to find every source, so a bare title is refused.
 */
export const SourceSchema = () => {
  const title = (issue: { input?: unknown }) =>
    issue.input === undefined
      ? 'this source has no "title": start each source with "- title:" and its title, as its publisher titles it.'
      : `"title" must be the source's title in quotes, as its publisher titles it (it is ${describeValue(issue.input)}).`;
  return z
    .strictObject(
      {
        /** What the source is called, as its publisher titles it. */
        title: z
          .string({ error: title })
          .trim()
          .min(3, { error: '"title" is too short: give each source its full title.' }),
        /** Where to read it (https only, so links never downgrade a reader's connection). */
        url: z
          .url({
            protocol: /^https$/,
            error: (issue) =>
              `"url" must be a full https:// address, such as url: "https://example.org/page" (it is ${describeValue(issue.input)}).`,
          })
          .optional(),
        /** A printed citation, for journal articles and sources without a stable URL. */
        citation: z
          .string({
            error: (issue) =>
              `"citation" must be text in quotes: authors (year), journal (it is ${describeValue(issue.input)}).`,
          })
          .trim()
          .min(3, { error: '"citation" is too short: give the authors, year and journal.' })
          .optional(),
      },
      {
        error: (issue) =>
          unknownKeysError('a source', ['title', 'url', 'citation'])(issue) ??
          `each source must be written as "- title: …" with "url: …" and/or "citation: …" on the lines under it, lined up with "title" (it is ${describeValue(issue.input)}).`,
      },
    )
    .refine((source) => source.url !== undefined || source.citation !== undefined, {
      error: 'give each source a "url", a "citation", or both, on the lines under its "title".',
    });
};

/** `sources`: at least one source the module's facts come from. */
export const SourcesSchema = () => {
  const whatToWrite = 'list at least one source, each with a title and a url (see "Add a module" in README.md).';
  return z
    .array(SourceSchema(), {
      error: fieldError(
        'sources',
        whatToWrite,
        (value) =>
          `"sources" must be a list, one source per "- title: …" line under sources: (see "Add a module" in README.md; it is ${value}).`,
      ),
    })
    .min(1, { error: `"sources" is an empty list: ${whatToWrite}` });
};

/** `worksheets`: ids of related worksheets, shown at the end of the module. Defaults to none. */
export const WorksheetIdsSchema = () => {
  const ids = worksheetIds.join(', ');
  return z
    .array(
      z.enum(worksheetIds as [string, ...string[]], {
        error: (issue) =>
          `"worksheets" names a worksheet that does not exist (${describeValue(issue.input)}): name worksheets by id, the name of their folder under src/worksheets/: ${ids}.`,
      }),
      {
        error: (issue) =>
          `"worksheets" must be a list of worksheet ids, such as worksheets: [intention] (it is ${describeValue(issue.input)}); the ids are: ${ids}.`,
      },
    )
    .default([]);
};

/** `draft`: `true` keeps the module out of the build (pages, lists, search). Defaults to `false`. */
export const DraftSchema = () =>
  z
    .boolean({
      error: (issue) => `"draft" must be true or false, without quotes (it is ${describeValue(issue.input)}).`,
    })
    .default(false);

/** The fields of a module's frontmatter, in the order README.md's example writes them. */
const moduleFields = [
  'title',
  'description',
  'order',
  'section',
  'audience',
  'lastReviewed',
  'worksheets',
  'sources',
  'draft',
];

/** Frontmatter of one educational module (`src/content/modules/*.mdx`). Unknown keys are refused. */
export const moduleSchema = z.strictObject(
  {
    title: TitleSchema(),
    description: DescriptionSchema(),
    order: OrderSchema(),
    section: SectionSchema(),
    audience: AudienceSchema(),
    lastReviewed: LastReviewedSchema(),
    sources: SourcesSchema(),
    worksheets: WorksheetIdsSchema(),
    draft: DraftSchema(),
  },
  { error: unknownKeysError('a module', moduleFields) },
);

/** Module frontmatter after validation and defaults. */
export type ModuleFrontmatter = z.output<typeof moduleSchema>;

/** Frontmatter of a standalone prose page such as `/privacy/` (`src/content/pages/*.mdx`). */
export const pageSchema = z.strictObject(
  {
    title: TitleSchema(),
    description: DescriptionSchema(),
    lastReviewed: LastReviewedSchema(),
  },
  { error: unknownKeysError('a page', ['title', 'description', 'lastReviewed']) },
);

/** Fields a translated module takes from the English module instead of its own frontmatter. */
const takenFromEnglish = new Set(['order', 'section', 'audience', 'worksheets']);

/**
 * Frontmatter of a translated module (`src/content/modules/<locale>/<slug>.mdx`): only what is in
 * words. `order`, `section`, `audience` and `worksheets` come from the English module of the same
 * slug, so two languages can never list a module in different places. `sources` are the
 * translation's own (the English ones, plus any in the reader's language). `draft: true` shows the
 * English module with a "not translated yet" notice instead.
 */
export const moduleTranslationSchema = z.strictObject(
  {
    title: TitleSchema(),
    description: DescriptionSchema(),
    lastReviewed: LastReviewedSchema(),
    sources: SourcesSchema(),
    draft: DraftSchema(),
  },
  {
    error: unknownKeysError(
      'a translated module',
      ['title', 'description', 'lastReviewed', 'sources', 'draft'],
      (key) =>
        takenFromEnglish.has(key)
          ? `"${key}" is not written in a translation: it is taken from the English module of the same file name, so remove it here.`
          : undefined,
    ),
  },
);

/** Frontmatter of a translated standalone page (`src/content/pages/<locale>/<id>.mdx`). */
export const pageTranslationSchema = pageSchema;
