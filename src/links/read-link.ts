import { consistentOverrides, isOverridableName, type ClinicOverrides } from '../clinic/overrides';
import type { LinkTranslator } from '../i18n/strings';
import type { ClinicConfig } from '../schemas/clinic';
import { linkFragmentShape, MAX_FRAGMENT_LENGTH, type LinkTargets } from '../schemas/link-fragment';
import * as z from 'zod/mini';
import { bareLabel } from './bare-label';
import { isProviderLink } from './is-provider-link';

/** What a provider's link sets, after checking: only values that passed. */
export interface ProviderLink {
  /** Module slugs in the order to read them. */
  readingList: string[];
  /** The worksheet the plan points to. */
  worksheet?: string;
  /** Answers for prefillable fields of the worksheet, keyed by field id. */
  prefill: Record<string, string>;
  /** Clinic values set for this patient. */
  overrides: ClinicOverrides;
}

/** A link as read: what can be used, and one plain sentence for each thing that could not. */
export interface LinkReading {
  link: ProviderLink;
  notices: string[];
}

/** Options for {@link readProviderLink}. */
export interface ReadOptions {
  /** The clinic's config, which overrides are checked against. */
  config: ClinicConfig;
  /** The page's provider-link strings: every notice is written in its language. */
  links: LinkTranslator;
  /** On a worksheet page: that worksheet, whose fields `f.` keys fill when the link names none. */
  worksheet?: string;
  /**
   * `'clinic-values'`: read only `v` and the `o.` overrides, as pages without a plan or a worksheet
   * do (their notices about modules and answers belong on the plan and worksheet pages).
   */
  scope?: 'all' | 'clinic-values';
}

const empty = (): ProviderLink => ({ readingList: [], prefill: {}, overrides: {} });

/**
 * Reads a provider link's fragment (`location.hash`). Never rejects, never returns markup: every
 * value is checked by the v1 schema (src/schemas/link-fragment.ts) and a bad one is left out with a
 * notice in the page's language (`options.links`). The fragment itself has no language: the same
 * link reads the same on the English and the Spanish plan, only the notices' words differ. Unknown keys are ignored, so links from a newer builder still work here.
 * Asynchronous because phone numbers are checked by the kit's one phone rule, whose library loads
 * only when a link holds a phone number (src/lib/phone.ts).
 * @param hash the fragment, with or without its leading `#`
 * @returns `undefined` when the fragment is not a provider link (an ordinary `#section` anchor)
 */
export async function readProviderLink(
  hash: string,
  targets: LinkTargets,
  options: ReadOptions,
): Promise<LinkReading | undefined> {
  if (!isProviderLink(hash)) return undefined;
  const { links } = options;
  const fragment = hash.replace(/^#/, '');
  if (fragment.length > MAX_FRAGMENT_LENGTH) return { link: empty(), notices: [links.t('link.notice.tooLong')] };

  // URLSearchParams never throws: a broken %-escape is kept as text, and the schema then judges it.
  const params = new URLSearchParams(fragment);
  const notices: string[] = [];
  // One key at a time, in link order, so notices come in the order the link holds their keys.
  const parse = async <T>(schema: z.ZodMiniType, value: string): Promise<T | undefined> => {
    const result = await z.safeParseAsync(schema, value);
    if (result.success) return result.data as T;
    notices.push(result.error.issues[0]?.message ?? links.t('link.notice.version'));
    return undefined;
  };

  const first = (key: string) => params.get(key) ?? undefined;
  const { country } = options.config.clinic;
  const shapeWithoutWorksheet = linkFragmentShape(targets, { country, links });
  if ((await parse(shapeWithoutWorksheet.v!, first('v') ?? '')) === undefined) return { link: empty(), notices };

  const link = empty();
  const onlyClinicValues = options.scope === 'clinic-values';
  const named = onlyClinicValues ? undefined : first('w');
  link.worksheet = named === undefined ? undefined : await parse<string>(shapeWithoutWorksheet.w!, named);
  // On a worksheet page, `f.` keys fill that worksheet; a link naming another one fills nothing here.
  const otherWorksheet =
    options.worksheet !== undefined && link.worksheet !== undefined && link.worksheet !== options.worksheet;
  const target = otherWorksheet
    ? undefined
    : targets.worksheets.find((worksheet) => worksheet.id === (options.worksheet ?? link.worksheet));
  const shape = linkFragmentShape(targets, { country, worksheet: target, links });

  const slugs =
    first('r') === undefined || onlyClinicValues ? [] : ((await parse<string[]>(shape.r!, first('r')!)) ?? []);
  // A module the clinic hid since the link was made reads as the one its links now go to (once).
  const listed = [...new Set(slugs.map((slug) => targets.moduleRedirects?.[slug] ?? slug))];
  link.readingList = listed.filter((slug) => targets.moduleSlugs.includes(slug));
  const missing = listed.length - link.readingList.length;
  if (missing > 0) notices.push(links.tPlural('link.notice.modules', missing));

  let unknownField = false;
  let prefillWithoutWorksheet = false;
  for (const [key, raw] of uniqueEntries(params)) {
    if (key.startsWith('f.')) {
      if (raw.trim() === '' || onlyClinicValues || otherWorksheet) continue;
      const id = key.slice(2);
      if (!target) {
        prefillWithoutWorksheet = true;
        continue;
      }
      const schema = shape[key];
      if (schema) {
        const value = await parse<string>(schema, raw);
        if (value) link.prefill[id] = value;
        continue;
      }
      const field = target.fields.find((candidate) => candidate.id === id);
      if (field) notices.push(links.t('link.notice.notPrefillable', { label: bareLabel(field.label) }));
      else unknownField = true;
    } else if (key.startsWith('o.')) {
      const name = key.slice(2);
      if (!isOverridableName(name) || raw.trim() === '') continue;
      const value = await parse<never>(shape[key]!, raw);
      if (value !== undefined) link.overrides[name] = value;
    }
  }
  if (unknownField) notices.push(links.t('link.notice.unknownField'));
  if (prefillWithoutWorksheet) notices.push(links.t('link.notice.noWorksheet'));

  const { overrides, dropped } = consistentOverrides(options.config, link.overrides);
  link.overrides = overrides;
  for (const name of dropped) notices.push(links.t(`link.notice.pair.${name}`));
  return { link, notices };
}

/** Each key once, with its first value (`params.get` semantics), in link order. */
function uniqueEntries(params: URLSearchParams): [string, string][] {
  const seen = new Set<string>();
  return [...params].filter(([key]) => !seen.has(key) && Boolean(seen.add(key)));
}
