import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleNodeScript } from '../../bench/lib/bundle.mjs';
import { worksheetDefinitions } from '../../src/worksheets/definitions';
import { astroBuild, copyProject, readBuilt, removeDir, ROOT, type BuildResult } from './astro-build';

/**
 * "Adding a worksheet is one folder": a copy of the project gets one new folder,
 * `src/worksheets/fixture-sheet/` with its `definition.ts` (and one module names it in its
 * frontmatter, as a module author would), and no other file changes. The build must give it a page,
 * list it where patients look (home, the module, the link builder, the sitemap) in its `order`;
 * its schema, PDF, resume and drafts must work (checked by a script bundled from the copy's own
 * source, the way the bench runs the engine in Node); and the browser suites' loops must list it.
 */

const ID = 'fixture-sheet';
const TITLE = 'Fixture sheet for the build test';

/** The whole new worksheet: data only, as docs/adding-a-worksheet.md describes. Order 15 puts it between intention (10) and chaperone (20). */
const definition = `import type { WorksheetDefinition } from '../types';

const fixtureSheet: WorksheetDefinition = {
  id: '${ID}',
  version: 1,
  order: 15,
  title: '${TITLE}',
  description: 'A worksheet that exists only in this test.',
  fileName: 'fixture-sheet',
  sections: [
    {
      id: 'basics',
      title: 'Basics',
      fields: [
        { id: 'nickname', kind: 'text', label: 'What should we call you?', maxLength: 80, required: true, requiredMessage: 'Enter what we should call you' },
        { id: 'visitDate', kind: 'date', label: 'Date of the visit' },
        { id: 'careLine', kind: 'tel', label: 'Care team phone', maxLength: 40, prefillable: true, defaultFrom: 'clinic.phone' },
        {
          id: 'where',
          kind: 'radio',
          label: 'Where is the visit?',
          options: [
            { value: 'clinic', label: 'At the clinic' },
            { value: 'home', label: 'At home' },
          ],
          prefillable: true,
        },
        { id: 'notes', kind: 'textarea', label: 'Anything else', maxLength: 2000, showWhen: { field: 'where', equals: ['home'] } },
        { id: 'ready', kind: 'checkbox', label: 'I have read this' },
      ],
    },
  ],
};

export default fixtureSheet;
`;

/** Run in Node against the copy's own source (bundled with the bench's esbuild setup). */
const check = `import clinicInput from './clinic.config';
import { parseClinicConfig } from './src/schemas/clinic';
import { translatorFor } from './src/i18n/strings';
import { formatClinicValue } from './src/clinic/values';
import { linkWorksheet } from './src/links/targets';
import { generateWorksheetPdf } from './src/pdf/generate';
import { readWorksheetPdf } from './src/pdf/read';
import { normalizeAnswers } from './src/worksheets/answers';
import { worksheetDefinitions } from './src/worksheets/definitions';
import { fitDraft } from './src/worksheets/fit-draft';
import { worksheetIds } from './src/worksheets/ids';
import { worksheetSchema } from './src/worksheets/schema';
import * as z from 'zod/mini';

const clinic = parseClinicConfig(clinicInput, 'clinic.config.ts');

const ui = translatorFor('en');
const definition = worksheetDefinitions.find((candidate) => candidate.id === '${ID}');
if (!definition) throw new Error('not registered');
const answers = normalizeAnswers(definition, {
  nickname: 'Robin', visitDate: '2031-05-06', careLine: formatClinicValue(clinic, 'clinic.phone', ui).text, where: 'home', notes: 'Bring socks. ¿Sí?', ready: true,
});
const schema = worksheetSchema(definition, { ui, country: clinic.clinic.country, today: '2030-01-01' });
const valid = await z.safeParseAsync(schema, answers);
const blank = await z.safeParseAsync(schema, normalizeAnswers(definition, {}));
const pdf = await generateWorksheetPdf(definition, answers, { clinicName: clinic.clinic.name, pageSize: 'letter', ui, createdOn: new Date(Date.UTC(2030, 0, 2)) });
const read = await readWorksheetPdf(pdf.bytes, definition);
const draft = fitDraft(definition, { version: 1, savedAt: '2030-01-02T10:00:00.000Z', answers });
console.log(JSON.stringify({
  ids: worksheetIds,
  valid: valid.success,
  blankErrors: blank.error?.issues.map((issue) => issue.message) ?? [],
  fileName: pdf.fileName,
  answers,
  read: read.ok ? read.answers : read,
  draft: draft?.answers,
  prefillable: linkWorksheet(definition).fields.filter((field) => field.prefillable).map((field) => field.id),
}));
`;

const run = promisify(execFile);

describe('a new worksheet is one folder', () => {
  let dir: string;
  let build: BuildResult;

  beforeAll(async () => {
    dir = copyProject('new-worksheet');
    mkdirSync(join(dir, 'src', 'worksheets', ID));
    writeFileSync(join(dir, 'src', 'worksheets', ID, 'definition.ts'), definition);
    const module = join(dir, 'src', 'content', 'modules', 'set-and-setting.mdx');
    writeFileSync(module, readFileSync(module, 'utf8').replace(/^worksheets: \[(.*)\]$/m, `worksheets: [$1, ${ID}]`));
    // With a public address, so the sitemap is made too.
    build = await astroBuild(dir, join(dir, 'dist'), { KAP_SITE: 'https://kit.example' });
  }, 300_000);

  afterAll(() => removeDir(dir));

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('gets its page at /worksheets/<id>/, rendered from the definition', () => {
    const html = readBuilt(join(dir, 'dist'), `worksheets/${ID}/index.html`);
    const text = html.replace(/<!--.*?-->|<[^>]*>/g, '');

    expect(html).toContain(`<h1>${TITLE}</h1>`);
    for (const label of [
      'What should we call you?',
      'Date of the visit',
      'Care team phone',
      'Where is the visit?',
      'At home',
      'I have read this',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('Anything else (optional)');
  });

  it('gets a page in every other language too, in English with the "not translated yet" notice until it is translated', () => {
    const html = readBuilt(join(dir, 'dist'), `es/worksheets/${ID}/index.html`);
    expect(html).toContain('<html lang="es"');
    expect(html).toContain('data-not-translated');
    expect(html).toContain(TITLE);
    expect(readBuilt(join(dir, 'dist'), 'es/index.html')).toContain(`href="/es/worksheets/${ID}/"`);
  });

  it('is listed on the home page in its order, between the intention worksheet and the chaperone agreement', () => {
    const home = readBuilt(join(dir, 'dist'), 'index.html');
    const at = (id: string) => home.indexOf(`href="/worksheets/${id}/"`);

    expect(at(ID)).toBeGreaterThan(at('intention'));
    expect(at('chaperone')).toBeGreaterThan(at(ID));
    expect(at('intention')).toBeGreaterThan(-1);
  });

  it('is linked from the module that names it, in the sitemap, and offered by the link builder', () => {
    const dist = join(dir, 'dist');

    expect(readBuilt(dist, 'modules/set-and-setting/index.html')).toContain(`href="/worksheets/${ID}/"`);
    expect(readBuilt(dist, 'sitemap-0.xml')).toContain(`https://kit.example/worksheets/${ID}/</loc>`);
    const builder = readBuilt(dist, 'providers/link-builder/index.html').replaceAll('&quot;', '"');
    expect(builder).toContain(`"${ID}"`);
    expect(builder).toContain(TITLE);
  });

  it('validates, makes a PDF that resumes exactly, keeps drafts and offers its prefillable fields to links', async () => {
    const script = join(dir, 'check-worksheet.ts');
    writeFileSync(script, check);
    const bundle = await bundleNodeScript(script, join(dir, 'check-worksheet.mjs'));
    const { stdout } = await run(process.execPath, [bundle], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    const result = JSON.parse(stdout) as Record<string, unknown>;

    // The project's own worksheets, with the new one in its order (15: between 10 and 20).
    const expected = [...worksheetDefinitions, { id: ID, order: 15 }]
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
      .map(({ id }) => id);
    expect(expected.slice(0, 3)).toEqual(['intention', ID, 'chaperone']);
    expect(result.ids).toEqual(expected);
    expect(result.valid).toBe(true);
    expect(result.blankErrors).toEqual(['Enter what we should call you']);
    expect(result.fileName).toBe('fixture-sheet-2030-01-02.pdf');
    expect(result.read).toEqual(result.answers);
    expect(result.draft).toEqual(result.answers);
    expect(result.prefillable).toEqual(['careLine', 'where']);
  }, 120_000);

  it('is in the browser suites’ loops over every worksheet', async () => {
    // The suites as they are, with the fixtures and bench helpers they import.
    for (const path of ['tests/e2e', 'tests/fixtures', 'tests/unit', 'bench', 'scripts', 'playwright.config.ts'])
      cpSync(join(ROOT, path), join(dir, path), { recursive: true });
    const cli = join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
    const { stdout } = await run(
      process.execPath,
      [cli, 'test', '--list', '--config', join(dir, 'playwright.config.ts')],
      {
        cwd: dir,
        maxBuffer: 16 * 1024 * 1024,
      },
    );

    expect(stdout).toContain(`loading the ${ID} worksheet makes no Intl formatter`);
  }, 120_000);
});
