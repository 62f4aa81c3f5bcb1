import { describe, expect, it } from 'vitest';
import {
  hiddenModuleProblems,
  mergeModules,
  replacementLine,
  type HiddenModule,
  type ModuleFiles,
} from '../../../src/lib/clinic-content';
import { FrontmatterError } from '../../../src/lib/frontmatter-error';
import type { SectionId } from '../../../src/schemas/sections';

/**
 * How the clinic's modules and the kit's make the site's modules (src/lib/clinic-content.ts), on
 * plain entries shaped as Astro's: the rules a clinic relies on, and the messages it reads.
 */

interface Entry {
  id: string;
  filePath: string;
  data: { order: number; section: SectionId; title: string; draft: boolean };
}

/** An English module: the kit's (`src/content/modules/`) or the clinic's (`clinic/modules/`). */
const module = (folder: 'kit' | 'clinic', id: string, order: number, { draft = false } = {}): Entry => ({
  id,
  filePath: `${folder === 'kit' ? 'src/content/modules' : 'clinic/modules'}/${id}.mdx`,
  data: { order, section: 'preparation', title: `${folder} ${id}`, draft },
});

/** A translation (`es/<slug>`). */
const translation = (folder: 'kit' | 'clinic', locale: string, slug: string, { draft = false } = {}) => ({
  id: `${locale}/${slug}`,
  filePath: `${folder === 'kit' ? 'src/content/modules' : 'clinic/modules'}/${locale}/${slug}.mdx`,
  data: { draft },
});

type Translation = ReturnType<typeof translation>;

/** The kit as the tests use it: three modules in order 1, 2, 3, each translated into Spanish. */
const kitModules = () => [
  module('kit', 'why-preparation-matters', 1),
  module('kit', 'set-and-setting', 2),
  module('kit', 'music-and-sound', 3),
];
const kitTranslations = () => kitModules().map(({ id }) => translation('kit', 'es', id));

const files = (
  clinic: Entry[] = [],
  clinicTranslations: Translation[] = [],
  kit = kitModules(),
): ModuleFiles<Entry, Translation> => ({
  kit,
  kitTranslations: kitTranslations(),
  clinic,
  clinicTranslations,
});

const merge = (given: ModuleFiles<Entry, Translation>, hide: HiddenModule[] = []) => mergeModules(given, hide, ['es']);
const ids = (entries: readonly { id: string }[]) => entries.map(({ id }) => id);
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FrontmatterError);
    return (error as Error).message;
  }
  throw new Error('expected the merge to fail');
};

describe('the site’s modules without a clinic folder', () => {
  it('are the kit’s, in reading order, each with its own translation', () => {
    const site = merge(files());
    expect(ids(site.modules)).toEqual(ids(kitModules()));
    expect(site.fromClinic.size).toBe(0);
    expect(site.replacements).toEqual([]);
    for (const { id } of kitModules())
      expect(site.translationOf('es', id)?.filePath).toBe(`src/content/modules/es/${id}.mdx`);
  });

  it('leave out drafts, and draft translations', () => {
    const kit = [...kitModules(), module('kit', 'unfinished', 4, { draft: true })];
    const site = mergeModules(
      { ...files([], [], kit), kitTranslations: [translation('kit', 'es', 'set-and-setting', { draft: true })] },
      [],
      ['es'],
    );
    expect(ids(site.modules)).not.toContain('unfinished');
    expect(site.translationOf('es', 'set-and-setting')).toBeUndefined();
  });

  it('refuse a translation of no module, as before', () => {
    const message = failure(() =>
      mergeModules({ ...files(), kitTranslations: [translation('kit', 'es', 'gone')] }, [], ['es']),
    );
    expect(message).toBe(
      'src/content/modules/es/gone.mdx translates no module: there is no src/content/modules/gone.mdx (a translation keeps the English file name).',
    );
  });
});

describe('a clinic’s own module', () => {
  it('goes between the kit’s modules by its decimal order', () => {
    const site = merge(files([module('clinic', 'getting-here', 2.5)]));
    expect(ids(site.modules)).toEqual([
      'why-preparation-matters',
      'set-and-setting',
      'getting-here',
      'music-and-sound',
    ]);
    expect([...site.fromClinic]).toEqual(['getting-here']);
  });

  it('with a kit module’s order stops the build, naming both files and the clinic’s to change', () => {
    const message = failure(() => merge(files([module('clinic', 'getting-here', 2)])));
    expect(message).toBe(
      "src/content/modules/set-and-setting.mdx and clinic/modules/getting-here.mdx both have order: 2. Change the order in clinic/modules/getting-here.mdx (the kit's files stay as the kit ships them); 2.5 is free (between 2 and 3).",
    );
  });

  it('is translated only by the clinic’s translation of it', () => {
    const site = merge(files([module('clinic', 'getting-here', 2.5)], [translation('clinic', 'es', 'getting-here')]));
    expect(site.translationOf('es', 'getting-here')?.filePath).toBe('clinic/modules/es/getting-here.mdx');
  });

  it('as a draft is not on the site', () => {
    expect(ids(merge(files([module('clinic', 'getting-here', 2.5, { draft: true })])).modules)).not.toContain(
      'getting-here',
    );
  });
});

describe('a clinic module with a kit module’s file name', () => {
  const replacement = () => module('clinic', 'set-and-setting', 2);

  it('takes the kit module’s place, with its own order, and is logged once by the build', () => {
    const site = merge(files([{ ...replacement(), data: { ...replacement().data, order: 3.5 } }]));
    expect(ids(site.modules)).toEqual(['why-preparation-matters', 'music-and-sound', 'set-and-setting']);
    expect(site.modules.at(-1)?.filePath).toBe('clinic/modules/set-and-setting.mdx');
    expect(site.replacements).toEqual([{ slug: 'set-and-setting', file: 'clinic/modules/set-and-setting.mdx' }]);
    expect(replacementLine(site.replacements[0]!)).toBe(
      "clinic/modules/set-and-setting.mdx replaces the kit's module set-and-setting",
    );
  });

  it('keeps the kit’s order without a clash: the kit module it replaces is gone', () => {
    expect(merge(files([replacement()])).modules.map(({ filePath }) => filePath)).toContain(
      'clinic/modules/set-and-setting.mdx',
    );
  });

  it('is not shown in the kit’s translation (other words): untranslated until the clinic translates it', () => {
    const untranslated = merge(files([replacement()]));
    expect(untranslated.translationOf('es', 'set-and-setting')).toBeUndefined();
    // The kit's other modules keep their translations.
    expect(untranslated.translationOf('es', 'music-and-sound')?.filePath).toBe(
      'src/content/modules/es/music-and-sound.mdx',
    );

    const translated = merge(files([replacement()], [translation('clinic', 'es', 'set-and-setting')]));
    expect(translated.translationOf('es', 'set-and-setting')?.filePath).toBe('clinic/modules/es/set-and-setting.mdx');
  });

  it('as a draft replaces nothing: the kit’s module and its translation stay', () => {
    const site = merge(
      files(
        [{ ...replacement(), data: { ...replacement().data, draft: true } }],
        [translation('clinic', 'es', 'set-and-setting')],
      ),
    );
    expect(site.modules.find(({ id }) => id === 'set-and-setting')?.filePath).toBe(
      'src/content/modules/set-and-setting.mdx',
    );
    expect(site.replacements).toEqual([]);
    expect(site.translationOf('es', 'set-and-setting')?.filePath).toBe('src/content/modules/es/set-and-setting.mdx');
  });

  it('with the name of a kit draft is on the site, replacing nothing', () => {
    const kit = [...kitModules(), module('kit', 'unfinished', 4, { draft: true })];
    const site = merge(files([module('clinic', 'unfinished', 4)], [], kit));
    expect(site.modules.find(({ id }) => id === 'unfinished')?.filePath).toBe('clinic/modules/unfinished.mdx');
    expect(site.replacements).toEqual([]);
  });
});

describe('clinic translations', () => {
  it('of a kit module the clinic does not replace stop the build, saying how to change it', () => {
    const message = failure(() => merge(files([], [translation('clinic', 'es', 'music-and-sound')])));
    expect(message).toContain(
      'clinic/modules/es/music-and-sound.mdx translates no module of the clinic: there is no clinic/modules/music-and-sound.mdx',
    );
    expect(message).toContain('replace the module too: put its English in clinic/modules/music-and-sound.mdx');
  });

  it('in a folder that is no other language of the site stop the build', () => {
    const message = failure(() =>
      merge(files([module('clinic', 'getting-here', 2.5)], [translation('clinic', 'fr', 'getting-here')])),
    );
    expect(message).toBe(
      `clinic/modules/fr/getting-here.mdx: "fr" is not one of the site's other languages, so this file translates nothing. Translations go in clinic/modules/es/.`,
    );
  });
});

describe('modules.hide', () => {
  it('takes a kit module off the site, with its translation', () => {
    const site = merge(files(), [{ slug: 'set-and-setting' }]);
    expect(ids(site.modules)).toEqual(['why-preparation-matters', 'music-and-sound']);
    expect(site.redirects.size).toBe(0);
  });

  it('with linksGoTo says where its links go, to a kit module or the clinic’s own', () => {
    const site = merge(files([module('clinic', 'our-music', 3.5)]), [
      { slug: 'music-and-sound', linksGoTo: 'our-music' },
      { slug: 'set-and-setting', linksGoTo: 'why-preparation-matters' },
    ]);
    expect(ids(site.modules)).toEqual(['why-preparation-matters', 'our-music']);
    expect(Object.fromEntries(site.redirects)).toEqual({
      'music-and-sound': 'our-music',
      'set-and-setting': 'why-preparation-matters',
    });
  });

  it('lets a clinic module take a hidden module’s order', () => {
    expect(ids(merge(files([module('clinic', 'our-setting', 2)]), [{ slug: 'set-and-setting' }]).modules)).toContain(
      'our-setting',
    );
  });

  it('stops the build on a slip, naming the entry and the likely module', () => {
    expect(failure(() => merge(files(), [{ slug: 'musc-and-sound' }]))).toBe(
      'clinic/config.ts: modules.hide[0]: "musc-and-sound" is no kit module; did you mean "music-and-sound"?',
    );
  });

  it('names the settings file it was read from', () => {
    expect(() => mergeModules(files(), [{ slug: 'musc-and-sound' }], ['es'], 'clinic.config.ts')).toThrow(
      /^clinic\.config\.ts: modules\.hide\[0\]:/,
    );
  });

  it('lists the kit’s modules when the slug is like none of them', () => {
    const expected = kitModules()
      .map(({ id }) => `"${id}"`)
      .sort();
    expect(failure(() => merge(files(), [{ slug: 'parking' }]))).toBe(
      `clinic/config.ts: modules.hide[0]: "parking" is no kit module. The kit's modules are ${expected.slice(0, -1).join(', ')} and ${expected.at(-1)}.`,
    );
  });

  it('refuses the clinic’s own module, a replaced module, and a module listed twice', () => {
    const message = failure(() =>
      merge(files([module('clinic', 'getting-here', 2.5), module('clinic', 'set-and-setting', 2)]), [
        { slug: 'getting-here' },
        { slug: 'set-and-setting' },
        { slug: 'getting-here' },
      ]),
    ).split('\n');
    expect(message).toEqual([
      `clinic/config.ts: modules.hide[0]: "getting-here" is the clinic's own module (clinic/modules/getting-here.mdx), not a kit module: to take it off the site, delete the file or set draft: true in it.`,
      'clinic/config.ts: modules.hide[1]: "set-and-setting" is also replaced by clinic/modules/set-and-setting.mdx. A replacement takes the kit module\'s place, and its links, by itself: remove "set-and-setting" from modules.hide to show the clinic\'s module, or delete clinic/modules/set-and-setting.mdx to show neither.',
      'clinic/config.ts: modules.hide[2]: "getting-here" is already hidden by modules.hide[0]; list each module once.',
    ]);
  });

  it('refuses a linksGoTo that is no module the site shows: a slip, a hidden one, a draft', () => {
    const message = failure(() =>
      merge(files([module('clinic', 'our-music', 3.5), module('clinic', 'our-setting', 4, { draft: true })]), [
        { slug: 'music-and-sound', linksGoTo: 'our-musc' },
        { slug: 'set-and-setting', linksGoTo: 'music-and-sound' },
        { slug: 'why-preparation-matters', linksGoTo: 'our-setting' },
      ]),
    ).split('\n');
    expect(message).toEqual([
      'clinic/config.ts: modules.hide[0].linksGoTo: "our-musc" is no module of the site; did you mean "our-music"?',
      'clinic/config.ts: modules.hide[1].linksGoTo: "music-and-sound" is hidden too (modules.hide[0]): send the links to a module the site shows.',
      'clinic/config.ts: modules.hide[2].linksGoTo: "our-setting" is a draft (draft: true in clinic/modules/our-setting.mdx), so it has no page: publish it, or send the links to another module.',
    ]);
  });
});

describe('hiddenModuleProblems', () => {
  it('finds nothing wrong with a kit module sent to a published one', () => {
    const context = {
      kitSlugs: ['a', 'b'],
      clinicFiles: new Map(),
      published: new Map([
        ['a', 'a.mdx'],
        ['b', 'b.mdx'],
      ]),
      drafts: new Map(),
    };
    expect(hiddenModuleProblems([{ slug: 'a', linksGoTo: 'b' }], context)).toEqual([]);
  });
});
