import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishIn, type EnglishFinding } from './english-scan';

/**
 * Issue 16: "No user-facing English string outside the English files (a test scans for it)."
 * The scan (english-scan.ts, english-words.ts) reads every .ts, .tsx and .astro file under src/
 * except those below, and reports each string a person would read that is English words.
 * clinic.config.ts, a clinic's own settings (given per language), is outside src/ and not scanned.
 */

/** A group of files the scan leaves out, and why. `*` is one path segment, `**` any number. */
interface SkippedFiles {
  glob: string;
  reason: string;
}

/** The English files: English is written here, and translated elsewhere. */
const ENGLISH_FILES: readonly SkippedFiles[] = [
  { glob: 'src/i18n/en/**', reason: 'the English UI strings, which src/i18n/<locale>/ translates' },
  {
    glob: 'src/worksheets/*/definition.ts',
    reason: "a worksheet's English source, translated by src/i18n/<locale>/worksheets/<id>.json",
  },
  {
    glob: 'src/worksheets/*/en.json',
    reason: "a worksheet's own English words (`words`), translated with its definition",
  },
  {
    glob: 'src/worksheets/shared-fields.ts',
    reason: 'questions spread into several definition.ts files: English source, translated in each worksheet’s JSON',
  },
  {
    glob: 'src/worksheets/card-blocks.ts',
    reason: 'card blocks spread into several definition.ts files: English source, translated in each worksheet’s JSON',
  },
  { glob: 'src/content/modules/*.mdx', reason: 'the English modules (src/content/modules/<locale>/ translates them)' },
  { glob: 'src/content/pages/*.mdx', reason: 'the English pages (src/content/pages/<locale>/ translates them)' },
];

/** Files no patient or provider reads from: their messages are for developers and translators. */
const DEVELOPER_FILES: readonly SkippedFiles[] = [
  {
    glob: 'src/schemas/**',
    reason: "build-time schemas of clinic.config.ts and the modules' frontmatter: messages for the clinic's developer",
  },
  { glob: 'src/integrations/**', reason: 'Astro integrations: run at build, report to the build log' },
  { glob: 'src/content.config.ts', reason: 'content collections: build time only' },
  {
    glob: 'src/worksheets/check-definition.ts',
    reason: "checks a worksheet's definition at build: messages for the worksheet's author",
  },
  {
    glob: 'src/worksheets/ordered-definitions.ts',
    reason: "orders definitions at build: messages for the worksheet's author",
  },
  { glob: 'src/lib/phone-at-build.ts', reason: "checks clinic.config.ts's phone numbers at build" },
  {
    glob: 'src/clinic/settings.ts',
    reason: "loads the clinic's settings at build: messages for the clinic's developer",
  },
  {
    glob: 'src/clinic/brand-colours.ts',
    reason: "checks the clinic's accent contrast at build: messages for the clinic's developer",
  },
  {
    glob: 'src/clinic/string-overrides.ts',
    reason: "checks the clinic's string overrides at build: messages for the clinic's developer",
  },
  {
    glob: 'src/lib/clinic-content.ts',
    reason: "merges the clinic's modules at build: messages for the clinic's developer",
  },
  {
    glob: 'src/lib/clinic-pages.ts',
    reason: "checks the clinic's page names at build: messages for the clinic's developer",
  },
  {
    glob: 'src/pdf/brand-logo.ts',
    reason: 'why a logo was left off a PDF: a console warning for the developer; the patient still gets the PDF',
  },
  {
    glob: 'src/lib/checked-glob.ts',
    reason: 'the content loader: its build messages are for the author of a module or page',
  },
  {
    glob: 'src/lib/frontmatter-*.ts',
    reason: "words the content loader's build messages (a frontmatter mistake, for the module's author)",
  },
  { glob: 'src/i18n/parity.ts', reason: 'key parity of translations, checked at build: messages for translators' },
  {
    glob: 'src/worksheets/localize.ts',
    reason: 'applies worksheet translations at build; its problems are for translators',
  },
  {
    glob: 'src/worksheets/localized-worksheets.ts',
    reason: 'finds worksheet translation files at build; its problems are for translators',
  },
  {
    glob: 'src/worksheets/kinds/*/examples.ts',
    reason: "each field kind's test examples (kind-examples.ts): imported by tests only, never by the site",
  },
  {
    glob: 'src/worksheets/kinds/shared/*-examples.ts',
    reason: 'building blocks of the kinds’ test examples: tests only',
  },
  {
    glob: 'src/worksheets/kinds/shared/example-answers.ts',
    reason: 'building blocks of the kinds’ test examples: tests only',
  },
];

/** Files scanned although a glob above matches them, and why. */
const SCANNED_ANYWAY: readonly { file: string; reason: string }[] = [
  {
    file: 'src/schemas/link-fragment.ts',
    reason: "reads a provider's link in the browser: its messages are shown to the patient",
  },
];

/** Strings that read as English but are right where they are, each by its file and exact text. */
const ALLOWED: readonly { file: string; text: string; reason: string }[] = [
  {
    file: 'src/i18n/locales.ts',
    text: 'English',
    reason: "a language's own name, shown in that language on every page (the language switch)",
  },
  {
    file: 'src/i18n/locales.ts',
    text: 'Español',
    reason: "a language's own name, shown in that language on every page (the language switch)",
  },
  {
    file: 'src/worksheets/kinds/shared/choices.ts',
    text: 'option "${…}" must be letters, digits and dashes',
    reason: "a field kind's `problem`: read only by check-definition.ts, at build, for the worksheet's author",
  },
  {
    file: 'src/worksheets/kinds/shared/choices.ts',
    text: 'option "${…}" is there twice${…}',
    reason: "a field kind's `problem`: read only by check-definition.ts, at build, for the worksheet's author",
  },
  {
    file: 'src/worksheets/kinds/shared/choices.ts',
    text: '(the "Other" option is added for you)',
    reason: "a field kind's `problem`: read only by check-definition.ts, at build, for the worksheet's author",
  },
];

/** A glob as a regular expression over a path from the repository root. */
const globPattern = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/[.+?^$()[\]{}|\\]/g, '\\$&')
      .replace(/\*\*/g, '\0')
      .replace(/\*/g, '[^/]*')
      .replace(/\0/g, '.*')}$`,
  );

/** Every file under src/, as a path from the repository root. */
const allFiles = (readdirSync('src', { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
  .filter((entry) => entry.isFile())
  .map((entry) => `${entry.parentPath.replace(/\\/g, '/')}/${entry.name}`)
  .sort();

const skipped = [...ENGLISH_FILES, ...DEVELOPER_FILES];
const isSkipped = (file: string) =>
  !SCANNED_ANYWAY.some((kept) => kept.file === file) && skipped.some(({ glob }) => globPattern(glob).test(file));
const scanned = allFiles.filter((file) => /\.(?:ts|tsx|astro)$/.test(file) && !isSkipped(file));

const isAllowed = (finding: EnglishFinding) =>
  ALLOWED.some(({ file, text }) => file === finding.file && text === finding.text);
/** Each file's English, or one entry saying the file could not be read (so the scan never passes by skipping it). */
const englishInFile = (file: string): EnglishFinding[] => {
  try {
    return englishIn(readFileSync(file, 'utf8'), file);
  } catch (error) {
    return [{ file, line: 1, text: `(not scanned: ${(error as Error).message})` }];
  }
};
let scan: EnglishFinding[] | undefined;
/** Every string of the scanned files that reads as English, allowed or not (scanned once, when a test first asks). */
const everyFinding = () => (scan ??= scanned.flatMap(englishInFile));
const shown = (finding: EnglishFinding) => `${finding.file}:${finding.line}: ${JSON.stringify(finding.text)}`;

describe('no user-facing English outside the English files', () => {
  it('scans the site’s code', () => {
    expect(scanned.length).toBeGreaterThan(100);
    expect(scanned).toContain('src/components/forms/RepeatedEntries.tsx');
    expect(scanned).toContain('src/components/PageShell.astro');
    expect(scanned).toContain('src/schemas/link-fragment.ts');
  });

  it('finds no English string in src/ (move each into src/i18n/en/ and look it up)', () => {
    const english = everyFinding()
      .filter((finding) => !isAllowed(finding))
      .map(shown);
    expect(english, `English outside the English files:\n${english.join('\n')}\n`).toEqual([]);
  });

  it('has no allow-list entry that no longer matches a string', () => {
    const unused = ALLOWED.filter(
      ({ file, text }) => !everyFinding().some((finding) => finding.file === file && finding.text === text),
    );
    expect(unused.map(({ file, text }) => `${file}: ${JSON.stringify(text)}`)).toEqual([]);
  });

  it('has no skipped or kept file that no longer exists', () => {
    const gone = skipped
      .filter(({ glob }) => !allFiles.some((file) => globPattern(glob).test(file)))
      .map(({ glob }) => glob);
    gone.push(...SCANNED_ANYWAY.filter(({ file }) => !existsSync(file)).map(({ file }) => file));
    expect(gone).toEqual([]);
  });
});

/** What the scan reports in a small source, as `line: text`. */
const found = (source: string, file = 'fixture.tsx') =>
  englishIn(source, file).map(({ line, text }) => `${line}: ${text}`);

describe('the scan', () => {
  it('flags English in a JSX text node, even two words in title case or one word', () => {
    expect(found('const a = <button type="button">Clear signature</button>;\nconst b = <p>\n  Entry\n</p>;')).toEqual([
      '1: Clear signature',
      '3: Entry',
    ]);
  });

  it('flags a literal user-facing attribute, and the literal branches of its expression', () => {
    expect(found('<a aria-label="Close">×</a>')).toEqual(['1: Close']);
    expect(found('<img alt={done ? "Signed" : ""} title="Your signature" />')).toEqual([
      '1: Signed',
      '1: Your signature',
    ]);
    expect(found('<input type="submit" value="Send" />')).toEqual(['1: Send']);
    expect(found('<Step heading="Pick worksheets" hint={hint} />')).toEqual(['1: Pick worksheets']);
  });

  it('flags a string literal passed to a function, or held by a label-like property or constant', () => {
    const code =
      "announce('Download PDF');\nsetStatus('Add another entry');\nconst field = { id: 'date', label: 'Date' };\nconst heading = 'Notes';\nshow('Day 2');\nformat('Call {clinic.phone} now');";
    expect(found(code, 'f.ts')).toEqual([
      '1: Download PDF',
      '2: Add another entry',
      '3: Date',
      '4: Notes',
      '5: Day 2',
      '6: Call {clinic.phone} now',
    ]);
  });

  it('flags a template literal that reads as words around its values', () => {
    expect(
      found(
        'const a = `Answer “${label}”`;\nconst b = `Remove entry ${n}`;\nconst c = `${n} of ${total} answered`;',
        'f.ts',
      ),
    ).toEqual(['1: Answer “${…}”', '2: Remove entry ${…}', '3: ${…} of ${…} answered']);
  });

  it('does not flag code: keys, class names, selectors, imports, errors, logs, comments, URLs, regexes', () => {
    const code = [
      "import SearchPanel from './Search Panel.astro';",
      "export { t } from '../i18n/t';",
      "const key = t('form.resume.problem.not-pdf');",
      "const pick = document.querySelectorAll('input, textarea, select, button');",
      "if (!ok) throw new Error('The definition has no title and cannot be built');",
      'const problem = new TypeError(`Expected a string for the label of ${id}`);',
      "console.warn('Could not load the font, using Helvetica');",
      '// Remove the entry when the patient asks for it.',
      '/** The answer to the question, as the patient typed it. */',
      "const link = 'https://example.org/the-guide for-you';",
      'const rule = /^the (first|last) one$/;',
      "const source = new RegExp('one or more words');",
      "const type = 'application/pdf';",
      "const strings = { 'form.download': x, 'Remove entry': y };",
      "type Words = 'Download PDF' | 'Clear signature';",
      "const meta = 'width=device-width, initial-scale=1';",
      'const html = \'<li class="choice"><input type="checkbox">\';',
      'const a = <div className="button button--secondary repeat__add" data-hint="Add one more" />;',
      'const b = <p class:list={["is the one"]}>{t("form.download")}</p>;',
      'const c = <p>{`${count}`} · {label}</p>;',
    ].join('\n');
    expect(found(code)).toEqual([]);
  });

  it('reads an .astro file: frontmatter, template text and attributes, and scripts, on their own lines', () => {
    const astro = [
      '---',
      "import Shell from './Shell.astro';",
      "const title = 'Your plan for the day';",
      '---',
      '<!-- A comment for the next developer -->',
      '<Shell title={title}>',
      '  <nav aria-label="Main menu" class="site nav for the page">',
      '    <p>Hello there</p>',
      '    <p set:text="Read this first" />',
      '    {missing && <p>{"Nothing to show"}</p>}',
      '  </nav>',
      '</Shell>',
      '<style>.a::after { content: "Read this now"; }</style>',
      '<script>',
      "  status.textContent = 'Copied to your clipboard';",
      "  document.querySelector('[data-search] input');",
      '</script>',
    ].join('\n');
    expect(found(astro, 'Page.astro')).toEqual([
      '3: Your plan for the day',
      '7: Main menu',
      '8: Hello there',
      '9: Read this first',
      '10: Nothing to show',
      '15: Copied to your clipboard',
    ]);
  });

  it('refuses an .astro file it cannot parse rather than passing it', () => {
    expect(() => found('<div>\n<p>Unclosed', 'Broken.astro')).toThrow(/Broken\.astro does not parse as Astro/);
  });
});
