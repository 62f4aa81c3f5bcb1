import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, listFiles, readBuilt, removeDir, ROOT, type BuildResult } from './astro-build';

/**
 * "Everything a clinic changes lives in one folder": a copy of the project gets the example UK
 * clinic folder (examples/clinic-uk) as its `clinic/`, and nothing else changes. The build must
 * give a site that is the clinic's: its brand, its settings and country, its own module placed
 * between two kit modules, the module it hides gone (with links to it sent to its own), the module
 * it replaces in its words, and its wording of some strings.
 */

const EXAMPLE = join(ROOT, 'examples', 'clinic-uk');

/** A digest of every file the kit ships in a folder, to show the clinic folder changed none of them. */
const digest = (dir: string, paths: readonly string[]) =>
  Object.fromEntries(
    paths.flatMap((path) =>
      (existsSync(join(dir, path)) && !path.includes('.')
        ? listFiles(join(dir, path)).map((file) => `${path}/${file}`)
        : [path]
      ).map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]),
    ),
  );
const KIT = ['src', 'public', 'astro.config.mjs', 'clinic.config.ts', 'tsconfig.json', 'package.json'];

/** The visible text of a built page, roughly: tags dropped, whitespace squeezed. */
const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** The module slugs the home page lists, in its order. */
const homeModuleOrder = (html: string) =>
  [...html.matchAll(/href="\/modules\/([^/"]+)\/"/g)]
    .map((match) => match[1]!)
    .filter((slug, index, all) => all.indexOf(slug) === index);

describe('a clinic folder changes the site without changing a kit file', () => {
  let dir: string;
  let dist: string;
  let build: BuildResult;
  let kitBefore: Record<string, string>;

  beforeAll(async () => {
    dir = copyProject('clinic-folder');
    dist = join(dir, 'dist');
    kitBefore = digest(dir, KIT);
    cpSync(EXAMPLE, join(dir, 'clinic'), { recursive: true });
    build = await astroBuild(dir, dist);
  }, 300_000);

  afterAll(() => removeDir(dir));

  it('builds, and every kit file is as the kit ships it', () => {
    expect(build.ok, build.output).toBe(true);
    expect(digest(dir, KIT)).toEqual(kitBefore);
    expect(digest(dir, KIT)).toEqual(digest(ROOT, KIT));
  });

  it('reads the clinic’s settings from clinic/config.ts', () => {
    const home = textOf(readBuilt(dist, 'index.html'));
    expect(home).toContain('Samaritans');
    expect(home).toContain('999');
    expect(home).not.toContain('988');
  });

  it('places the clinic’s own module between two kit modules, in both languages', () => {
    const order = homeModuleOrder(readBuilt(dist, 'index.html'));
    const at = order.indexOf('getting-to-the-clinic');
    expect(order.slice(at - 1, at + 2)).toEqual([
      'blood-pressure-monitoring',
      'getting-to-the-clinic',
      'guide-for-chaperones',
    ]);
    expect(readBuilt(dist, 'modules/getting-to-the-clinic/index.html')).toContain('12 Riverside Walk, Reading RG1 8AA');
    const spanish = readBuilt(dist, 'es/modules/getting-to-the-clinic/index.html');
    expect(spanish).toContain('Cómo llegar a la clínica');
    expect(spanish).not.toContain('data-not-translated');
  });

  it('hides the module it hides everywhere, and sends links to it to the clinic’s own', () => {
    expect(existsSync(join(dist, 'modules/remote-sessions-and-your-chaperone/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'es/modules/remote-sessions-and-your-chaperone/index.html'))).toBe(false);
    const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
    for (const page of pages) expect(readBuilt(dist, page), page).not.toContain('remote-sessions-and-your-chaperone/');
    // The kit links to it from other modules: those links now lead to the clinic's guide.
    const linking = pages.filter(
      (page) =>
        /href="[^"]*getting-to-the-clinic\/"/.test(readBuilt(dist, page)) &&
        page.startsWith('modules/') &&
        !page.startsWith('modules/getting-to-the-clinic/'),
    );
    expect(linking.length).toBeGreaterThan(0);
  });

  it('shows the module it replaces at the kit’s address, in the clinic’s words', () => {
    const html = readBuilt(dist, 'modules/music-and-sound/index.html');
    expect(html).toContain('Music and sound at our clinic');
    expect(html).toContain('Each session room has a speaker');
    // Its kit translation translates other words: the Spanish page shows the clinic's English, saying so.
    expect(readBuilt(dist, 'es/modules/music-and-sound/index.html')).toContain('data-not-translated');
  });

  it('words the strings and the worksheet field it overrides its own way, and only those', () => {
    expect(readBuilt(dist, 'index.html')).toContain('>Guides<');
    const worksheet = readBuilt(dist, 'worksheets/intention/index.html');
    expect(worksheet).toContain('Their clinic (ours is Thames Valley KAP Clinic)');
    expect(readBuilt(dist, 'es/worksheets/intention/index.html')).not.toContain('Thames Valley KAP Clinic)');
  });

  it('indexes the clinic’s own module for search', () => {
    const html = readBuilt(dist, 'modules/getting-to-the-clinic/index.html');
    expect(html).toContain('data-pagefind-body');
    const entry = JSON.parse(readBuilt(dist, 'pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBeGreaterThan(0);
  });

  it('logs each kit module it replaces, and nothing about empty folders', () => {
    expect(build.output).toContain("clinic/modules/music-and-sound.mdx replaces the kit's module music-and-sound");
    expect(build.output).not.toContain('does not exist or is empty');
  });

  it('keeps a link’s section when it sends it to the clinic’s module', () => {
    expect(readBuilt(dist, 'modules/when-a-session-gets-hard/index.html')).toContain(
      'href="../getting-to-the-clinic/#signals-for-im-ok-and-i-need-help"',
    );
    expect(readBuilt(dist, 'modules/getting-to-the-clinic/index.html')).toContain(
      'id="signals-for-im-ok-and-i-need-help"',
    );
  });

  it('publishes the clinic’s own page in both languages, linked from every page’s footer and searchable', () => {
    expect(readBuilt(dist, 'about-us/index.html')).toContain('About our clinic');
    expect(readBuilt(dist, 'es/about-us/index.html')).toContain('Sobre nuestra clínica');
    expect(readBuilt(dist, 'about-us/index.html')).toContain('data-pagefind-body');
    for (const page of ['index.html', 'modules/set-and-setting/index.html', 'worksheets/chaperone/index.html']) {
      expect(readBuilt(dist, page), page).toMatch(
        /<ul class="site-footer__pages"><li><a href="\/about-us\/">About our clinic<\/a><\/li><\/ul>/,
      );
    }
    expect(readBuilt(dist, 'es/index.html')).toContain('<a href="/es/about-us/">Sobre nuestra clínica</a>');
  });

  it('writes dates, postcode wording and numbers as the UK does', () => {
    // lastReviewed 2026-12-01, as en-GB writes it (derived from Intl, not typed).
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(textOf(readBuilt(dist, 'modules/getting-to-the-clinic/index.html'))).toContain(date);
    // The hint as the page shows it (the island's strings hold every country's words, for links).
    const hint = (page: string) =>
      /What emergency services would need: ([^<"]*?), and how to get in\./.exec(textOf(readBuilt(dist, page)))?.[1];
    expect(hint('worksheets/chaperone/index.html')).toBe('number and street, flat or floor, town, postcode');
    expect(hint('worksheets/dosing-day/index.html')).toBe('number and street, flat or floor, town, postcode');
  });

  it('puts the logo in the header and the icon in the tab, decoratively and at their own size', () => {
    const home = readBuilt(dist, 'index.html');
    const header = /<a class="site-header__name site-header__name--logo"[^>]*>([\s\S]*?)<\/a>/.exec(home)?.[1] ?? '';
    expect(header).toMatch(/<img[^>]*class="site-header__logo"/);
    expect(header).toMatch(/alt=""/);
    expect(header).toMatch(/width="240" height="80"/);
    expect(textOf(header).trim()).toBe('Thames Valley KAP');
    const icon = /<link rel="icon"[^>]*>/.exec(home)?.[0] ?? '';
    expect(icon).toContain('type="image/svg+xml"');
    expect(icon).not.toContain('favicon.svg');
  });

  it('colours the accent from one stylesheet the CSP allows, in both schemes', () => {
    const sheets = listFiles(dist).filter((file) => /^brand-[0-9a-f]{10}\.css$/.test(file));
    expect(sheets).toHaveLength(1);
    const css = readBuilt(dist, sheets[0]!);
    expect(css).toContain('--accent: #00594f');
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)[\s\S]*--accent: #6fd3c3/);
    for (const page of ['index.html', 'es/privacy/index.html'])
      expect(readBuilt(dist, page), page).toContain(`<link rel="stylesheet" href="/${sheets[0]}">`);
    expect(readBuilt(dist, 'index.html')).not.toMatch(/style="/);
  });

  it('says who is responsible on the privacy page, in both languages, and adds the footer line', () => {
    const privacy = readBuilt(dist, 'privacy/index.html');
    expect(privacy).toContain('Who is responsible for this site');
    expect(privacy).toContain('Thames Valley KAP Clinic Ltd, 12 Riverside Walk, Reading RG1 8AA');
    expect(privacy).toContain('ICO registration ZA000000');
    expect(privacy).toContain('href="mailto:privacy@thamesvalleykap.example"');
    expect(readBuilt(dist, 'es/privacy/index.html')).toContain('Quién es responsable de este sitio');
    expect(readBuilt(dist, 'index.html')).toContain(
      '<p class="site-footer__brand">Thames Valley KAP Clinic Ltd, registered in England and Wales, company no. 01234567.</p>',
    );
    expect(readBuilt(dist, 'es/index.html')).toContain('registrada en Inglaterra y Gales');
  });

  it('hands the worksheet the brand for its PDFs: the name and the built logo', () => {
    const page = readBuilt(dist, 'worksheets/intention/index.html');
    expect(page).toMatch(/Thames Valley KAP/);
    expect(page).toMatch(/logoSrc/);
  });

  it('uses the brand’s name in the header, the page titles and search', () => {
    const home = readBuilt(dist, 'index.html');
    expect(home).toMatch(/<title>[^<]*Thames Valley KAP[^<]*<\/title>/);
    expect(readBuilt(dist, 'modules/set-and-setting/index.html')).toMatch(/<title>[^<]* · Thames Valley KAP<\/title>/);
    expect(textOf(home)).not.toContain('KAP Prep Kit');
    expect(readBuilt(dist, 'search/index.html')).toContain('Search the Thames Valley KAP guides.');
  });
});
