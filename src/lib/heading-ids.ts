import type { MarkdownHeading } from 'astro';

/**
 * One id per section in every language: a translated module's headings take the ids of the
 * English module's headings, by position (a translation keeps the English headings' order and
 * levels; a test checks it). So `/es/modules/<slug>/#fasting` opens the same section as
 * `/modules/<slug>/#fasting`: a provider's section link works in either language, a translation's
 * links to another module's section keep the English anchor, and the language switch carries the
 * reader's `#section` across unchanged.
 *
 * The MDX renderer slugs each heading's own words; the page that renders a translation records
 * the mapping here before rendering it, keyed by the page's path (pages render one at a time or
 * interleaved, never sharing a path), and the heading components (Heading2, Heading3) read it.
 */
const idsByPage = new Map<string, ReadonlyMap<string, string>>();

/**
 * Gives a page's translated headings the source's ids.
 * @param pagePath the page's URL path (`Astro.url.pathname`)
 * @param translated the translation's headings, as rendered
 * @param source the English headings, as rendered
 * @param file the translation's file, named when the two do not match
 * @returns the translation's headings with the English ids, for the table of contents
 * @throws when the two have different numbers or levels of headings
 */
export function adoptSourceHeadingIds(
  pagePath: string,
  translated: readonly MarkdownHeading[],
  source: readonly MarkdownHeading[],
  file: string,
): MarkdownHeading[] {
  const levels = (headings: readonly MarkdownHeading[]) => headings.map((heading) => heading.depth).join(',');
  if (levels(translated) !== levels(source)) {
    throw new Error(
      `${file} must have the same headings as the English module, in the same order and levels (its sections share the English ids): it has ${translated.length} (levels ${levels(translated)}), the English ${source.length} (levels ${levels(source)}).`,
    );
  }
  idsByPage.set(pagePath, new Map(translated.map((heading, index) => [heading.slug, source[index]!.slug])));
  return translated.map((heading, index) => ({ ...heading, slug: source[index]!.slug }));
}

/** The id a heading rendered with `id` has on the page at `pagePath` (its own, unless the page is a translation). */
export const headingId = (pagePath: string, id: string) => idsByPage.get(pagePath)?.get(id) ?? id;
