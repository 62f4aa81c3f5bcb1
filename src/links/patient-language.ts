import { locales, type Locale } from '../i18n/locales';
import type { LinkStringKey, LinkStrings, UiStringKey, UiStrings } from '../i18n/strings';
import type { SiteLinks } from './site-links';

/**
 * The patient's language in the link builder. The builder's own words are in the page's language
 * (the provider's), but the plan link it writes opens the plan in the patient's language, and the
 * handout the patient takes home is printed in it. So the builder is given, for every locale, only
 * what that takes: the handout's few words, the locale's plan address, and its modules' and
 * worksheets' titles — not the locale's whole string files (a few hundred bytes a language,
 * in the page's HTML, none of it in its script).
 */

/** The provider-link strings the handout prints. */
export const HANDOUT_LINK_KEYS = [
  'builder.handout.title',
  'builder.handout.open',
  'builder.handout.read',
  'builder.handout.minutes',
  'builder.handout.worksheet',
  'builder.qr.label',
] as const satisfies readonly LinkStringKey[];

/** The site strings the handout prints. */
export const HANDOUT_UI_KEYS = ['footer.privacy'] as const satisfies readonly UiStringKey[];

/** A key of the handout's words: a provider-link key or a site key (their names never overlap). */
export type HandoutKey = (typeof HANDOUT_LINK_KEYS)[number] | (typeof HANDOUT_UI_KEYS)[number];

/** The handout's words in one language. */
export type HandoutStrings = Readonly<Record<HandoutKey, string>>;

/** One language a provider can make a plan in, as the link builder is given it. */
export interface PatientLanguage {
  locale: Locale;
  /** The language's own name ("Español"), as the choice shows it. */
  label: string;
  /** BCP 47 tag: the handout's `lang`, and the language its reading times are written in. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The plan page in this language (site-relative, base included: `/es/plan/`). */
  planHref: string;
  /** The handout's words. */
  words: HandoutStrings;
  /** Each module's title and reading time in this language, by slug. */
  modules: Readonly<Record<string, { title: string; minutes: number }>>;
  /** Each worksheet's title in this language, by id. */
  worksheets: Readonly<Record<string, string>>;
}

/** The handout's words out of one locale's string files. */
export function handoutStrings(links: LinkStrings, ui: UiStrings): HandoutStrings {
  return Object.fromEntries([
    ...HANDOUT_LINK_KEYS.map((key) => [key, links[key]]),
    ...HANDOUT_UI_KEYS.map((key) => [key, ui[key]]),
  ]) as HandoutStrings;
}

/**
 * One locale's {@link PatientLanguage}, from that locale's site links and strings (made at build,
 * by `patientLanguages()` in ./site-links.ts).
 */
export function patientLanguage(
  locale: Locale,
  site: Pick<SiteLinks, 'modules' | 'worksheets' | 'planHref'>,
  links: LinkStrings,
  ui: UiStrings,
): PatientLanguage {
  const { label, lang, dir } = locales[locale];
  return {
    locale,
    label,
    lang,
    dir,
    planHref: site.planHref,
    words: handoutStrings(links, ui),
    modules: Object.fromEntries(
      site.modules.map((module) => [module.slug, { title: module.title, minutes: module.minutes }]),
    ),
    worksheets: Object.fromEntries(site.worksheets.map((worksheet) => [worksheet.id, worksheet.title])),
  };
}
