/**
 * Counts the words a reader reads in an MDX body: prose only, not markup, comments, images,
 * imports or URLs.
 * A self-closing component such as `<ClinicValue name="fasting.food" />` reads as about two words
 * ("4 hours"), so it counts as two.
 * @param mdx the module body without frontmatter (`entry.body`)
 */
export function countWords(mdx: string): number {
  const prose = mdx
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/<[A-Z][\w.]*\b[^>]*\/>/g, ' two words ')
    .replace(/<\/?[\w.-]+\b[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_`|~-]+/g, ' ');
  return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu)?.length ?? 0;
}

/**
 * Adults read non-fiction silently at about 238 words a minute (Brysbaert 2019, "How many words do
 * we read per minute?", J. Memory and Language 109). We use 200: readers here are often anxious,
 * on a phone, and reading about their own health, so a slower pace sets a kinder expectation.
 */
export const WORDS_PER_MINUTE = 200;

/**
 * Whole minutes to read `words`, never less than one.
 * @param words from {@link countWords}
 */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
