import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../../build/astro-build';
import { brokenLinksReport, describeBrokenLink, type BrokenLink } from '../../../src/integrations/link-check';
import { sourceOfPage } from '../../../src/integrations/page-sources';

/**
 * The link check on a site with a clinic folder: a page built from the clinic's files is named by
 * them, and a link to a module the clinic hides, or sent by `linksGoTo` to a section the other
 * module lacks, says which setting to change.
 */

const made: string[] = [];
afterEach(() => made.splice(0).forEach(removeDir));

/** A project folder: each path → its text. */
function project(files: Record<string, string>): string {
  const dir = tempDir('clinic-links');
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const module = (body: string, { draft = false } = {}) =>
  `---\ntitle: A module\n${draft ? 'draft: true\n' : ''}---\n${body}\n`;

describe('the file a page with a clinic folder is built from', () => {
  const root = () =>
    project({
      'src/content/modules/set-and-setting.mdx': module('See [music](../music-and-sound/).'),
      'src/content/modules/es/set-and-setting.mdx': module('Mira [música](../music-and-sound/).'),
      'clinic/modules/set-and-setting.mdx': module('See [music](../music-and-sound/) and [parking](../../parking/).'),
      'src/content/modules/music-and-sound.mdx': module('See [set](../set-and-setting/).'),
      'src/content/modules/es/music-and-sound.mdx': module('Mira [entorno](../set-and-setting/).'),
      'clinic/modules/music-and-sound.mdx': module('A draft of our own.', { draft: true }),
      'clinic/pages/parking.mdx': module('See [set](../modules/set-and-setting/).'),
      'clinic/pages/es/parking.mdx': module('Mira [entorno](../modules/set-and-setting/).'),
      'clinic/pages/privacy.mdx': module('Our words.'),
      'src/content/pages/privacy.mdx': module('The kit’s words.'),
      'src/pages/[...locale]/[page].astro': '<ContentPage id={page} searchable />',
    });

  it('is the clinic’s replacement, in English on every language’s page until the clinic translates it', () => {
    const dir = root();
    expect(sourceOfPage(dir, 'modules/set-and-setting/index.html', '../../parking/')).toEqual({
      file: 'clinic/modules/set-and-setting.mdx',
      writesLink: true,
    });
    // Not the kit's Spanish: it translates the kit's words, not the clinic's.
    expect(sourceOfPage(dir, 'es/modules/set-and-setting/index.html', '../music-and-sound/')).toEqual({
      file: 'clinic/modules/set-and-setting.mdx',
      writesLink: true,
    });
    expect(sourceOfPage(dir, 'privacy/index.html', 'x')).toEqual({
      file: 'clinic/pages/privacy.mdx',
      writesLink: false,
    });
  });

  it('is the kit’s while the clinic’s replacement is a draft', () => {
    expect(sourceOfPage(root(), 'es/modules/music-and-sound/index.html', '../set-and-setting/')).toEqual({
      file: 'src/content/modules/es/music-and-sound.mdx',
      writesLink: true,
    });
  });

  it('is the clinic’s own page, or its translation', () => {
    const dir = root();
    expect(sourceOfPage(dir, 'parking/index.html', '../modules/set-and-setting/')).toEqual({
      file: 'clinic/pages/parking.mdx',
      writesLink: true,
    });
    expect(sourceOfPage(dir, 'es/parking/index.html', '../modules/set-and-setting/')).toEqual({
      file: 'clinic/pages/es/parking.mdx',
      writesLink: true,
    });
    expect(sourceOfPage(dir, 'parking/index.html', '/nav/')).toEqual({
      file: 'clinic/pages/parking.mdx',
      writesLink: false,
    });
  });
});

describe('a broken link on a site whose clinic hides modules', () => {
  const hide = [{ slug: 'set-and-setting' }, { slug: 'music-and-sound', linksGoTo: 'our-music' }];
  const root = () =>
    project({
      'src/content/modules/why-preparation-matters.mdx': module(
        'See [set](../set-and-setting/) and [the music](../music-and-sound/#silence).',
      ),
      'src/content/pages/es/providers.mdx': module('Mira [entorno](../modules/set-and-setting/).'),
      'src/content/modules/what-to-expect-on-dosing-day.mdx': module('The kit’s words.'),
      'clinic/modules/what-to-expect-on-dosing-day.mdx': module('Our words, without the water section.'),
      'clinic/modules/our-music.mdx': module('Our music, without a silence section.'),
    });
  const link = (page: string, href: string, target: string, problem: BrokenLink['problem']): BrokenLink => ({
    page,
    href,
    target,
    problem,
  });

  it('to a hidden module says the settings hide it and how to send its links elsewhere', () => {
    expect(
      describeBrokenLink(
        link(
          'modules/why-preparation-matters/index.html',
          '../set-and-setting/',
          '/modules/set-and-setting/',
          'no page',
        ),
        { root: root(), hide },
      ),
    ).toBe(
      'src/content/modules/why-preparation-matters.mdx (/modules/why-preparation-matters/) links to /modules/set-and-setting/ (written "../set-and-setting/"), which clinic/config.ts hides (modules.hide[0]): send every link to it to another module with { slug: "set-and-setting", linksGoTo: "<another module>" } as modules.hide[0], or stop hiding it.',
    );
  });

  it('names the settings file and the page in its language, under the base path', () => {
    const message = describeBrokenLink(
      link('es/providers/index.html', '../modules/set-and-setting/', '/kap/es/modules/set-and-setting/', 'no page'),
      {
        root: root(),
        hide,
        base: '/kap/',
        settingsFile: 'clinic.config.ts',
      },
    );
    expect(message).toBe(
      'src/content/pages/es/providers.mdx (/kap/es/providers/) links to /kap/es/modules/set-and-setting/ (written "../modules/set-and-setting/"), which clinic.config.ts hides (modules.hide[0]): send every link to it to another module with { slug: "set-and-setting", linksGoTo: "<another module>" } as modules.hide[0], or stop hiding it.',
    );
  });

  it('sent by linksGoTo to a section the other module lacks names the link as written, the setting and the section', () => {
    expect(
      describeBrokenLink(
        link(
          'modules/why-preparation-matters/index.html',
          '../our-music/#silence',
          '/modules/our-music/#silence',
          'no anchor',
        ),
        { root: root(), hide },
      ),
    ).toBe(
      'src/content/modules/why-preparation-matters.mdx (/modules/why-preparation-matters/) links to /modules/music-and-sound/#silence (written "../music-and-sound/#silence"), which clinic/config.ts sends to /modules/our-music/ (modules.hide[1].linksGoTo: "our-music"), but /modules/our-music/ has no element with id="silence". Give clinic/modules/our-music.mdx a heading that makes that id (and its translations the same heading in their words), or send the links to a module that has the section.',
    );
  });

  it('sent to a kit module without the section says to send them to a module that has it (the kit’s files are not the clinic’s)', () => {
    const kitTarget = [{ slug: 'music-and-sound', linksGoTo: 'what-to-expect-on-dosing-day' }];
    const dir = project({
      'src/content/modules/why-preparation-matters.mdx': module('See [the music](../music-and-sound/#silence).'),
      'src/content/modules/what-to-expect-on-dosing-day.mdx': module('The kit’s words.'),
    });
    const broken = link(
      'es/modules/why-preparation-matters/index.html',
      '../what-to-expect-on-dosing-day/#silence',
      '/es/modules/what-to-expect-on-dosing-day/#silence',
      'no anchor',
    );
    expect(describeBrokenLink(broken, { root: dir, hide: kitTarget })).toMatch(
      /which clinic\/config\.ts sends to \/es\/modules\/what-to-expect-on-dosing-day\/ \(modules\.hide\[0\]\.linksGoTo: "what-to-expect-on-dosing-day"\), but .* has no element with id="silence"\. Send the links to a module that has the section, such as one of the clinic's own \(clinic\/modules\/\) with a heading that makes that id\.$/,
    );
  });

  it('ends the report saying where a clinic fixes links to modules it hides', () => {
    const lines = brokenLinksReport(
      [
        link(
          'modules/why-preparation-matters/index.html',
          '../set-and-setting/',
          '/modules/set-and-setting/',
          'no page',
        ),
      ],
      { root: root(), hide },
    ).split('\n');
    expect(lines.at(-1)).toBe(
      "The kit's own files stay as the kit ships them: fix links to a module clinic/config.ts hides there, in modules.hide (linksGoTo).",
    );
  });

  it('to a section of a module the clinic replaced says to keep the heading in the replacement', () => {
    expect(
      describeBrokenLink(
        link(
          'modules/why-preparation-matters/index.html',
          '../what-to-expect-on-dosing-day/#water',
          '/modules/what-to-expect-on-dosing-day/#water',
          'no anchor',
        ),
        { root: root(), hide },
      ),
    ).toMatch(
      /has no element with id="water" \(a heading renamed or removed\?\)\. It is built from clinic\/modules\/what-to-expect-on-dosing-day\.mdx, the clinic's replacement of the kit's module, and other pages link to this section: keep a heading in it that makes that id\.$/,
    );
  });

  it('to an unpublished module that is not hidden reads as before', () => {
    const report = brokenLinksReport(
      [link('modules/why-preparation-matters/index.html', '../gone/', '/modules/gone/', 'no page')],
      { root: root(), hide },
    );
    expect(report.split('\n')[1]).toMatch(
      /links to \/modules\/gone\/ \(written "\.\.\/gone\/"\), which is not published \(draft: true or no such module\)\.$/,
    );
    expect(report.split('\n').at(-1)).toBe(
      'Fix or remove each link, or publish the page it leads to (a module with draft: true has no page).',
    );
  });
});
