import { z } from 'astro/zod';
import { audienceIds, sectionIds } from './sections';
import { worksheetIds } from '../worksheets/ids';

/**
 * Small zod factories for module frontmatter, composed by {@link moduleSchema}. Each is a function
 * so a caller (a test, a future collection) gets a fresh schema it can extend.
 */

/** `title`: the module's name, shown as its `h1`, in lists, search results and the tab title. */
export const TitleSchema = () =>
  z.string({ error: 'Give the module a `title`.' }).trim().min(3, { error: 'Give the module a title of at least 3 characters.' }).max(80, {
    error: 'Keep the title to 80 characters or fewer so it fits in lists and tab titles.',
  });

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
    .string({ error: 'Give the module a one-sentence `description`.' })
    .trim()
    .max(160, { error: 'Keep the description to one sentence of 160 characters or fewer.' })
    .refine((text) => ENDS_AS_SENTENCE.test(text) && !SENTENCE_BREAK.test(text), {
      error: 'Write the description as exactly one sentence ending in a full stop, question mark or exclamation mark.',
    });

/** `order`: position of the module in the reading order across the whole kit (1 is first). */
export const OrderSchema = () =>
  z.number({ error: 'Set `order` to a whole number, 1 or more.' }).int().positive();

/** `section`: which home-page group the module belongs to. One of `sectionIds`. */
export const SectionSchema = () =>
  z.enum(sectionIds, { error: `Set \`section\` to one of: ${sectionIds.join(', ')}.` });

/**
 * `audience`: who the module is written for. One id or a list; always read back as a non-empty,
 * duplicate-free list so templates and search filters need only one code path.
 */
export const AudienceSchema = () => {
  const error = `Set \`audience\` to one or more of: ${audienceIds.join(', ')}.`;
  // A lone id becomes a one-item list first, so both spellings get the same specific messages
  // (a union would report a vague "did not match union" instead).
  return z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z
      .array(z.enum(audienceIds, { error }), { error })
      .min(1, { error: 'Name at least one audience.' })
      .transform((ids) => [...new Set(ids)]),
  );
};

/**
 * `lastReviewed`: the date a person last checked the module against its sources (YYYY-MM-DD).
 * YAML turns an unquoted date into a `Date`; a quoted one must still be a real YYYY-MM-DD date.
 * No coercion: it would read an empty value as 1970 and "12/03/2026" the American way.
 */
export const LastReviewedSchema = () => {
  const error = 'Set `lastReviewed` to a real date written as YYYY-MM-DD.';
  return z
    .union([z.date({ error }), z.iso.date({ error })], { error })
    .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value))
    .refine((date) => !Number.isNaN(date.getTime()), { error });
};

/**
 * One entry of `sources`: a `title` plus a `url`, a `citation` (authors, journal, year), or both.
 * Readers must be able to find every source, so a bare title is refused.
 */
export const SourceSchema = () =>
  z
    .object({
      /** What the source is called, as its publisher titles it. */
      title: z.string().trim().min(3, { error: 'Give each source a title.' }),
      /** Where to read it (https only, so links never downgrade a reader's connection). */
      url: z.url({ protocol: /^https$/, error: 'Give the source URL as a full https:// address.' }).optional(),
      /** A printed citation, for journal articles and sources without a stable URL. */
      citation: z.string().trim().min(3).optional(),
    })
    .strict()
    .refine((source) => source.url !== undefined || source.citation !== undefined, {
      error: 'Give each source a `url`, a `citation`, or both.',
    });

/** `sources`: at least one source the module's facts come from. */
export const SourcesSchema = () =>
  z.array(SourceSchema()).min(1, { error: 'List at least one source under `sources`.' });

/** `worksheets`: ids of related worksheets, shown at the end of the module. Defaults to none. */
export const WorksheetIdsSchema = () =>
  z.array(z.enum(worksheetIds as [string, ...string[]], { error: `Name worksheets by id: ${worksheetIds.join(', ')}.` })).default([]);

/** `draft`: `true` keeps the module out of the build (pages, lists, search). Defaults to `false`. */
export const DraftSchema = () => z.boolean().default(false);

/** Frontmatter of one educational module (`src/content/modules/*.mdx`). Unknown keys are refused. */
export const moduleSchema = z
  .object({
    title: TitleSchema(),
    description: DescriptionSchema(),
    order: OrderSchema(),
    section: SectionSchema(),
    audience: AudienceSchema(),
    lastReviewed: LastReviewedSchema(),
    sources: SourcesSchema(),
    worksheets: WorksheetIdsSchema(),
    draft: DraftSchema(),
  })
  .strict();

/** Module frontmatter after validation and defaults. */
export type ModuleFrontmatter = z.output<typeof moduleSchema>;

/** Frontmatter of a standalone prose page such as `/privacy/` (`src/content/pages/*.mdx`). */
export const pageSchema = z
  .object({
    title: TitleSchema(),
    description: DescriptionSchema(),
    lastReviewed: LastReviewedSchema(),
  })
  .strict();

/**
 * Frontmatter of a translated module (`src/content/modules/<locale>/<slug>.mdx`): only what is in
 * words. `order`, `section`, `audience` and `worksheets` come from the English module of the same
 * slug, so two languages can never list a module in different places. `sources` are the
 * translation's own (the English ones, plus any in the reader's language). `draft: true` shows the
 * English module with a "not translated yet" notice instead.
 */
export const moduleTranslationSchema = z
  .object({
    title: TitleSchema(),
    description: DescriptionSchema(),
    lastReviewed: LastReviewedSchema(),
    sources: SourcesSchema(),
    draft: DraftSchema(),
  })
  .strict();

/** Frontmatter of a translated standalone page (`src/content/pages/<locale>/<id>.mdx`). */
export const pageTranslationSchema = pageSchema;
