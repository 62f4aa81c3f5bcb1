import clinic from '../clinic/settings';
import { localeIds, type Locale } from '../i18n/locales';
import { localePath } from '../i18n/page-locale';
import { linkStrings, translatorFor, uiStrings } from '../i18n/strings';
import { getModules, moduleReadingMinutes, moduleRedirects } from '../lib/modules';
import { withBase } from '../lib/urls';
import type { ClinicConfig } from '../schemas/clinic';
import type { LinkTargets } from '../schemas/link-fragment';
import type { SectionId } from '../schemas/sections';
import { worksheetsFor } from '../worksheets/definitions';
import type { WorksheetDefinition } from '../worksheets/types';
import { patientLanguage, type PatientLanguage } from './patient-language';
import { linkWorksheet } from './targets';

/**
 * What the plan page, the link builder and worksheet pages need about the site's modules and
 * worksheets, made when the site builds (this module reads every locale's strings and the content
 * collections: never import it from browser code, only its types).
 */

/** A module as the plan page and the link builder show it. */
export interface ModuleSummary {
  slug: string;
  title: string;
  description: string;
  section: SectionId;
  sectionLabel: string;
  /** Minutes to read (same figure as on the module page). */
  minutes: number;
  /** The module's page in the locale the summary was made for (`/es/modules/<slug>/`). */
  href: string;
}

/** A worksheet as the plan page and the link builder show it. */
export interface WorksheetLinkSummary {
  id: string;
  title: string;
  description: string;
  /** The worksheet's page in the locale the summary was made for (`/es/worksheets/<id>/`). */
  href: string;
}

/** Everything the plan page and the link builder need, made at build and passed to their islands. */
export interface SiteLinks {
  /** What links are checked against. */
  targets: LinkTargets;
  /** Every module in reading order. */
  modules: ModuleSummary[];
  worksheets: WorksheetLinkSummary[];
  /** The clinic's config (overrides are checked against it; values are shown from it). */
  clinic: ClinicConfig;
  /** The plan page's URL in the same locale (site-relative, base included: `/es/plan/`). */
  planHref: string;
}

/** The worksheet definitions in a locale's words (English where a worksheet is not translated yet). */
const definitionsIn = (locale: Locale) => worksheetsFor(locale).map(({ definition }) => definition);

/**
 * Builds {@link SiteLinks} for the pages of one locale: titles, descriptions, section names,
 * reading times and field labels in that locale's words, and every address in that locale
 * (`/es/modules/<slug>/`, `/es/worksheets/<id>/`, `/es/plan/`), so the links a page writes keep
 * the patient in their language. Module slugs and worksheet and field ids are the same in every
 * locale: a link's fragment means the same thing on every language's plan.
 * @param locale the page's locale
 * @param definitions the worksheet definitions, in their order: by default the locale's
 *   (`worksheetsFor(locale)`, English where a worksheet is not translated yet). Field labels in
 *   notices and in the builder, and worksheet titles, come from them.
 */
export async function siteLinks(
  locale: Locale,
  definitions: readonly WorksheetDefinition[] = definitionsIn(locale),
): Promise<SiteLinks> {
  const modules = await getModules(locale);
  const ui = translatorFor(locale);
  const href = (path: string) => withBase(localePath(locale, path));
  return {
    targets: {
      moduleSlugs: modules.map((module) => module.id),
      worksheets: definitions.map(linkWorksheet),
      moduleRedirects: await moduleRedirects(),
    },
    modules: modules.map((module) => ({
      slug: module.id,
      title: module.data.title,
      description: module.data.description,
      section: module.data.section,
      sectionLabel: ui.t(`section.${module.data.section}`),
      minutes: moduleReadingMinutes(module),
      href: href(`modules/${module.id}/`),
    })),
    worksheets: definitions.map((definition) => ({
      id: definition.id,
      title: definition.title,
      description: definition.description,
      href: href(`worksheets/${definition.id}/`),
    })),
    clinic,
    planHref: href('plan/'),
  };
}

/**
 * Every language a provider can make a plan in, for the link builder's choice of the patient's
 * language: for each locale, where its plan is, the few words of the handout and the titles and
 * reading times of its modules and worksheets. Only these: the builder page carries its own
 * locale's strings in full, and no other locale's.
 * @param definitionsOf the worksheet definitions in a locale's words (by default `worksheetsFor(locale)`'s)
 */
export async function patientLanguages(
  definitionsOf: (locale: Locale) => readonly WorksheetDefinition[] = definitionsIn,
): Promise<PatientLanguage[]> {
  return Promise.all(
    localeIds.map(async (locale) =>
      patientLanguage(locale, await siteLinks(locale, definitionsOf(locale)), linkStrings(locale), uiStrings(locale)),
    ),
  );
}
