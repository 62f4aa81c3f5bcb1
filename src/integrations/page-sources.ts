import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, isLocale } from '../i18n/locales';

/** The file of the project a built page comes from, as far as it can be told. */
export interface PageSource {
  /** Project-relative, `/`-separated: `src/content/modules/es/set-and-setting.mdx`. */
  file: string;
  /** Whether the link asked about is written in that file (else a component or layout adds it). */
  writesLink: boolean;
}

/** Whether an MDX file's frontmatter says `draft: true` (such a translation is not what its page shows). */
const isDraft = (text: string) => /^draft:\s*true\s*$/m.test(text.split(/^---$/m)[1] ?? '');

/** A file's text, or undefined when the project has no such file. */
const textOf = (root: string, file: string) =>
  existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined;

/**
 * The files a page may come from, most likely first: its module or content page (the translation,
 * then the English one it falls back to), then the route under `src/pages/`. A module or page the
 * clinic replaces (`clinic/modules/<slug>.mdx`, `clinic/pages/<id>.mdx`, not a draft) comes from
 * the clinic's files only: the kit's translation of it is not what the page shows.
 * @param root the project folder
 * @param page the built page, e.g. `es/modules/a/index.html`
 */
function candidatesFor(root: string, page: string): string[] {
  if (page === '404.html') return ['src/pages/404.astro'];
  const parts = page
    .replace(/(^|\/)index\.html$/, '$1')
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);
  const locale = parts[0] && isLocale(parts[0]) && parts[0] !== defaultLocale ? parts.shift()! : undefined;
  const path = parts.join('/');
  const translatedOrEnglish = (kind: 'modules' | 'pages', name: string) => {
    const clinic = textOf(root, `clinic/${kind}/${name}.mdx`);
    const folder = clinic !== undefined && !isDraft(clinic) ? `clinic/${kind}` : `src/content/${kind}`;
    return [...(locale ? [`${folder}/${locale}/${name}.mdx`] : []), `${folder}/${name}.mdx`];
  };
  const routes = 'src/pages/[...locale]';
  if (parts[0] === 'modules' && parts.length === 2)
    return [...translatedOrEnglish('modules', parts[1]!), `${routes}/modules/[slug].astro`];
  if (parts.length === 0) return [`${routes}/index.astro`];
  const folder = parts.slice(0, -1).join('/');
  return [
    ...translatedOrEnglish('pages', path),
    `${routes}/${path}.astro`,
    `${routes}/${path}/index.astro`,
    // A page made from a dynamic route: `worksheets/intention/` from `worksheets/[id].astro`, a
    // clinic page `getting-here/` from `[page].astro`.
    ...(folder ? [`${routes}/${folder}/[id].astro`, `${routes}/${folder}/[slug].astro`] : [`${routes}/[page].astro`]),
  ];
}

/**
 * Which project file a built page comes from, and whether it is where a given link is written, so
 * a broken link can be reported where a developer fixes it. Module pages (`/modules/<slug>/`) come
 * from `src/content/modules/<slug>.mdx`, a translated one (`/es/modules/<slug>/`) from
 * `src/content/modules/es/<slug>.mdx` (or the English file while it is untranslated or a draft);
 * `/privacy/` and the like from `src/content/pages/`, other pages from their route in `src/pages/`.
 * Where the clinic has its own or a replacement (`clinic/modules/`, `clinic/pages/`), from there.
 * @param root the project folder
 * @param page the built page, e.g. `modules/a/index.html`
 * @param href the link as the page writes it, looked for in the file's text
 * @returns undefined when no such file exists (a page made some other way)
 */
export function sourceOfPage(root: string, page: string, href: string): PageSource | undefined {
  const existing = candidatesFor(root, page)
    .map((file) => ({ file, text: textOf(root, file) }))
    .filter((candidate): candidate is { file: string; text: string } => candidate.text !== undefined)
    // A draft has no page of its own, and a draft translation's page shows the English module.
    .filter((candidate) => !(candidate.file.endsWith('.mdx') && isDraft(candidate.text)));
  const writer = existing.find((candidate) => candidate.text.includes(href));
  if (writer) return { file: writer.file, writesLink: true };
  return existing[0] && { file: existing[0].file, writesLink: false };
}
