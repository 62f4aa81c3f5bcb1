import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, readBuilt, removeDir, ROOT, type BuildResult } from './astro-build';

/**
 * "Adding a language is a folder of strings and modules plus one line of config": a copy of the
 * project gets a French locale — `src/i18n/fr/` (its UI strings: here the English ones marked «fr»,
 * a stand-in for a translation), one translated module in `src/content/modules/fr/`, the line in
 * src/i18n/locales.ts — and the clinic's prose settings in French (a clinic's own file, which says
 * what each setting is in every language it serves). No other file changes. The build must give
 * every page a French address; the translated module in French, the others in English with the
 * notice; search in French; hreflang only where a page is written in French.
 */

const MODULE = 'set-and-setting';
const TITLE = 'Votre état d’esprit et votre cadre';

/**
 * A French module: its own words, under the English module's headings (same order and levels — a
 * translation keeps them, and its sections share the English ids).
 */
function moduleFile(): string {
  const english = readFileSync(join(ROOT, 'src', 'content', 'modules', `${MODULE}.mdx`), 'utf8');
  const headings = english.match(/^#{2,3} .*$/gm) ?? [];
  const body = headings
    .map(
      (heading, index) =>
        `${heading.split(' ')[0]} Partie ${index + 1}\n\nNe mangez rien pendant <ClinicValue name="fasting.food" /> avant la séance.\n`,
    )
    .join('\n');
  return `---
title: "${TITLE}"
description: "Préparez votre esprit et la pièce pour votre séance."
lastReviewed: 2026-12-04
sources:
  - title: "Source"
    url: "https://example.org/source"
  - title: "Autre source"
    url: "https://example.org/autre"
---

${body}`;
}

/** The id of the English module's first heading, as its built page gives it. */
const firstEnglishId = (dist: string) => {
  const html = readBuilt(dist, `modules/${MODULE}/index.html`);
  return /<h2 id="([^"]+)"/.exec(html.slice(html.indexOf('<div class="prose"')))?.[1];
};

/** English strings marked as French: every key, every placeholder, recognisably not English. */
const marked = (file: string) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(
        JSON.parse(readFileSync(join(ROOT, 'src', 'i18n', 'en', file), 'utf8')) as Record<string, string>,
      ).map(([key, text]) => [key, `«fr» ${text}`]),
    ),
    null,
    2,
  );

describe('a new language is a folder of strings and modules plus one line of config', () => {
  let dir: string;
  let dist: string;
  let build: BuildResult;

  beforeAll(async () => {
    dir = copyProject('new-locale');
    dist = join(dir, 'dist');
    const locales = join(dir, 'src', 'i18n', 'locales.ts');
    writeFileSync(
      locales,
      readFileSync(locales, 'utf8').replace(
        /^(\s*es: .*\n)/m,
        `$1  fr: { label: 'Français', lang: 'fr', dir: 'ltr' },\n`,
      ),
    );
    mkdirSync(join(dir, 'src', 'i18n', 'fr'));
    for (const file of ['ui.json', 'links.json']) writeFileSync(join(dir, 'src', 'i18n', 'fr', file), marked(file));
    mkdirSync(join(dir, 'src', 'content', 'modules', 'fr'));
    writeFileSync(join(dir, 'src', 'content', 'modules', 'fr', `${MODULE}.mdx`), moduleFile());
    // The clinic says its prose settings in French too (each `{ en, es }` gains `fr`).
    const clinic = join(dir, 'clinic.config.ts');
    writeFileSync(
      clinic,
      readFileSync(clinic, 'utf8').replace(/(\{ en: '[^']*', es: '[^']*')( \})/g, "$1, fr: 'texte en français'$2"),
    );
    build = await astroBuild(dir, dist);
  }, 300_000);

  afterAll(() => removeDir(dir));

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('gives every page a French address in French, with the French strings', () => {
    const home = readBuilt(dist, 'fr/index.html');
    expect(home).toContain('<html lang="fr"');
    expect(home).toContain('«fr» ');
    for (const path of [
      'fr/plan/index.html',
      'fr/privacy/index.html',
      'fr/providers/link-builder/index.html',
      'fr/search/index.html',
      'fr/worksheets/intention/index.html',
    ]) {
      expect(existsSync(join(dist, path)), path).toBe(true);
    }
  });

  it('shows the translated module in French, searchable, its sections under the English ids', () => {
    const html = readBuilt(dist, `fr/modules/${MODULE}/index.html`);
    expect(html).toContain(TITLE);
    expect(html).toContain('data-pagefind-body');
    expect(html).not.toContain('data-not-translated');
    expect(html).toMatch(new RegExp(`<h2 id="${firstEnglishId(dist)}">Partie 1</h2>`));
  });

  it('shows a module not translated yet in English, says so in French, and keeps it out of French search', () => {
    const html = readBuilt(dist, 'fr/modules/safety-protocol/index.html');
    expect(html).toContain('data-not-translated');
    expect(html).toContain('«fr» ');
    expect(html).toContain('<h1 lang="en">Your safety protocol</h1>');
    expect(html).not.toContain('data-pagefind-body');
  });

  it('lists French among the alternates only where the page is written in French', () => {
    const translated = readBuilt(dist, `modules/${MODULE}/index.html`);
    const english = readBuilt(dist, 'modules/safety-protocol/index.html');
    expect(translated).toContain(`hreflang="fr" href="/fr/modules/${MODULE}/"`);
    expect(english).not.toContain('hreflang="fr" href=');
    // The switch still offers the French page (it exists, with the notice).
    expect(english).toContain('href="/fr/modules/safety-protocol/" lang="fr"');
  });

  it('indexes the French page for search in French', () => {
    const entry = JSON.parse(readBuilt(dist, 'pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['fr']?.page_count).toBe(1);
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es', 'fr']);
  });
});
