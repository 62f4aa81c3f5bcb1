import clinic from '../../clinic.config';
import { getModules, moduleReadingMinutes } from '../lib/modules';
import { moduleUrl, withBase, worksheetUrl } from '../lib/urls';
import { t } from '../i18n/t';
import type { ClinicConfig } from '../schemas/clinic';
import type { LinkTargets } from '../schemas/link-fragment';
import type { SectionId } from '../schemas/sections';
import { worksheetDefinitions } from '../worksheets/definitions';
import { linkWorksheet } from './targets';

/** A module as the plan page and the link builder show it. */
export interface ModuleSummary {
  slug: string;
  title: string;
  description: string;
  section: SectionId;
  sectionLabel: string;
  /** Minutes to read (same figure as on the module page). */
  minutes: number;
  href: string;
}

/** A worksheet as the plan page and the link builder show it. */
export interface WorksheetLinkSummary {
  id: string;
  title: string;
  description: string;
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
  /** The plan page's URL (site-relative, base included). */
  planHref: string;
}

/** Builds {@link SiteLinks} from the modules and worksheet definitions of this build. */
export async function siteLinks(): Promise<SiteLinks> {
  const modules = await getModules();
  return {
    targets: {
      moduleSlugs: modules.map((module) => module.id),
      worksheets: worksheetDefinitions.map(linkWorksheet),
    },
    modules: modules.map((module) => ({
      slug: module.id,
      title: module.data.title,
      description: module.data.description,
      section: module.data.section,
      sectionLabel: t(`section.${module.data.section}`),
      minutes: moduleReadingMinutes(module),
      href: moduleUrl(module.id),
    })),
    worksheets: worksheetDefinitions.map((definition) => ({
      id: definition.id,
      title: definition.title,
      description: definition.description,
      href: worksheetUrl(definition.id),
    })),
    clinic,
    planHref: withBase('plan/'),
  };
}
