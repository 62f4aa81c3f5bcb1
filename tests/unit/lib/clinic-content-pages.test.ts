import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePages, newClinicPageIds, reservedPageIdProblems, reservedPageIds } from '../../../src/lib/clinic-pages';
import { FrontmatterError } from '../../../src/lib/frontmatter-error';
import { defaultLocale, localeIds } from '../../../src/i18n/locales';

/** The clinic's prose pages and the kit's (src/lib/clinic-pages.ts), on plain entries shaped as Astro's. */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const otherLocales = localeIds.filter((locale) => locale !== defaultLocale);
const [otherLocale = 'es'] = otherLocales;

const page = (folder: 'kit' | 'clinic', id: string) => ({
  id,
  filePath: `${folder === 'kit' ? 'src/content/pages' : 'clinic/pages'}/${id}.mdx`,
  data: {},
});

/** The kit's pages, from its folder, each translated into every other locale. */
const kitPageIds = readdirSync(join(ROOT, 'src', 'content', 'pages'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''));
const kit = () => kitPageIds.map((id) => page('kit', id));
const kitTranslations = () => otherLocales.flatMap((locale) => kitPageIds.map((id) => page('kit', `${locale}/${id}`)));

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FrontmatterError);
    return (error as Error).message;
  }
  throw new Error('expected the merge to fail');
};

describe('the site’s pages', () => {
  it('are the kit’s, translated by the kit, without a clinic folder', () => {
    const pages = mergePages(
      { kit: kit(), kitTranslations: kitTranslations(), clinic: [], clinicTranslations: [] },
      otherLocales,
    );
    expect([...pages.keys()].sort()).toEqual([...kitPageIds].sort());
    for (const id of kitPageIds) {
      expect(pages.get(id)).toMatchObject({ fromClinic: false, kitPage: true });
      expect(pages.get(id)!.translationOf(otherLocale)?.filePath).toBe(`src/content/pages/${otherLocale}/${id}.mdx`);
    }
    expect(newClinicPageIds(pages)).toEqual([]);
  });

  it('take the clinic’s page of a kit page’s id in its place, without the kit’s translation of other words', () => {
    const [replaced = 'privacy'] = kitPageIds;
    const pages = mergePages(
      { kit: kit(), kitTranslations: kitTranslations(), clinic: [page('clinic', replaced)], clinicTranslations: [] },
      otherLocales,
    );
    expect(pages.get(replaced)).toMatchObject({
      fromClinic: true,
      kitPage: true,
      english: { filePath: `clinic/pages/${replaced}.mdx` },
    });
    expect(pages.get(replaced)!.translationOf(otherLocale)).toBeUndefined();
    // Not a new page: it keeps the kit's route.
    expect(newClinicPageIds(pages)).toEqual([]);

    const translated = mergePages(
      {
        kit: kit(),
        kitTranslations: kitTranslations(),
        clinic: [page('clinic', replaced)],
        clinicTranslations: [page('clinic', `${otherLocale}/${replaced}`)],
      },
      otherLocales,
    );
    expect(translated.get(replaced)!.translationOf(otherLocale)?.filePath).toBe(
      `clinic/pages/${otherLocale}/${replaced}.mdx`,
    );
  });

  it('add the clinic’s other pages, for their own route', () => {
    const pages = mergePages(
      {
        kit: kit(),
        kitTranslations: [],
        clinic: [page('clinic', 'parking'), page('clinic', 'getting-here')],
        clinicTranslations: [],
      },
      otherLocales,
    );
    expect(newClinicPageIds(pages)).toEqual(['getting-here', 'parking']);
    expect(pages.get('parking')).toMatchObject({ fromClinic: true, kitPage: false });
  });

  it('refuse a clinic translation of no clinic page', () => {
    expect(
      failure(() =>
        mergePages(
          {
            kit: kit(),
            kitTranslations: [],
            clinic: [],
            clinicTranslations: [page('clinic', `${otherLocale}/parking`)],
          },
          otherLocales,
        ),
      ),
    ).toBe(
      `clinic/pages/${otherLocale}/parking.mdx translates no page of the clinic: there is no clinic/pages/parking.mdx (a translation keeps the English file name).`,
    );
  });
});

describe('a clinic page’s id', () => {
  it('cannot be an address the kit uses, or a language’s folder', () => {
    const taken = [...Object.keys(reservedPageIds), ...otherLocales];
    const problems = reservedPageIdProblems(
      taken.map((id) => page('clinic', id)),
      otherLocales,
    );
    expect(problems).toHaveLength(taken.length);
    expect(problems[taken.indexOf('search')]).toBe(
      'clinic/pages/search.mdx: a page called "search" would be at /search/, which is the search page (/search/). Give the file another name, such as clinic/pages/our-search.mdx (its name is its address).',
    );
    expect(problems.at(-1)).toContain(`which is the folder of every page in that language (/${otherLocales.at(-1)}/)`);
    expect(() =>
      mergePages(
        { kit: kit(), kitTranslations: [], clinic: [page('clinic', 'modules')], clinicTranslations: [] },
        otherLocales,
      ),
    ).toThrow(/clinic\/pages\/modules\.mdx: a page called "modules"/);
  });

  it('is reserved for every route of the site that is not a kit page, so no clinic page collides with one', () => {
    const routes = (folder: string) =>
      readdirSync(join(ROOT, 'src', 'pages', folder), { withFileTypes: true })
        .map((entry) => entry.name.replace(/\.(astro|ts|js)$/, ''))
        // Dynamic routes ([slug], [page]) are not addresses; brand.css and the like have a dot, which no page id has.
        .filter((name) => !name.startsWith('[') && !name.includes('.'));
    const addresses = [...routes(''), ...routes('[...locale]')];
    expect(addresses.length).toBeGreaterThan(3);
    for (const address of addresses) {
      expect(
        Object.hasOwn(reservedPageIds, address) || kitPageIds.includes(address),
        `/${address}/ is neither reserved nor a kit page`,
      ).toBe(true);
    }
  });
});
