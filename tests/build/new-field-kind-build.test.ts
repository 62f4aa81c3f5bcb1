import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleNodeScript } from '../../bench/lib/bundle.mjs';
import { astroBuild, copyProject, readBuilt, removeDir, type BuildResult } from './astro-build';

/**
 * "A new field kind is one folder": a copy of the project gets `src/worksheets/kinds/count/` (a
 * whole number between two limits, the five files every kind has) and a worksheet folder that
 * uses it, and nothing else. The build must draw its input on the worksheet's page inside the
 * shared field wrapper; its validation, PDF, resume and drafts must work (a script bundled from the
 * copy's own source, as the bench runs the engine in Node).
 */

const kind: Record<string, string> = {
  'kind.ts': `import type { FieldBase } from '../field-kind';
import { textKind } from '../shared/text';

/** A whole number from \`min\` to \`max\`, typed; stored as its digits. */
export interface CountField extends FieldBase {
  kind: 'count';
  min: number;
  max: number;
}

declare module '../field-kind' {
  interface FieldKinds {
    count: CountField;
  }
}

export const isWholeNumber = (value: string) => /^\\d{1,6}$/.test(value);

export default textKind<CountField>('count', 'text', false, isWholeNumber);
`,
  'checks.ts': `import * as z from 'zod/mini';
import type { KindChecks } from '../kind-checks';
import { asSubject } from '../shared/text-checks';
import { isWholeNumber, type CountField } from './kind';

const checks: KindChecks<CountField> = {
  kind: 'count',
  schema: (_slot, field, { required, requiredMessage }) =>
    z.string().check(
      z.refine((value) => value === '' || (isWholeNumber(value) && Number(value) >= field.min && Number(value) <= field.max), {
        error: \`\${asSubject(field.label)} must be a whole number from \${field.min} to \${field.max}\`,
      }),
      z.refine((value) => !required || value !== '', { error: requiredMessage }),
    ),
};

export default checks;
`,
  'pdf.ts': `import { textPdf } from '../shared/text-pdf';
import type { CountField } from './kind';

export default textPdf<CountField>('count', () => ({ multiline: false, minLines: 1, short: true }));
`,
  'examples.ts': `import { kindExamples, stringExamples } from '../shared/example-answers';
import type { CountField } from './kind';

export default kindExamples<CountField>({
  kind: 'count',
  field: (id) => ({ id, kind: 'count', label: 'Hours slept', min: 0, max: 24 }),
  answers: (field) => stringExamples(field.id, { typical: '7', atLimit: '24', awkward: ['0'], refused: ['seven', '1.5', '-1', 7] }),
});
`,
  'Input.tsx': `import type { FieldInputProps, FieldOf } from '../../../components/forms/field-input';
import { FieldWrapper } from '../../../components/forms/FieldWrapper';

/** A whole number, typed with the phone's number pad (GOV.UK: a text input with inputmode="numeric"). */
export default function CountInput({ field, form, errors }: FieldInputProps<FieldOf<'count'>>) {
  return (
    <FieldWrapper field={field} error={errors[field.id]}>
      {(control) => <input {...control} type="text" inputMode="numeric" className="input input--short" autoComplete="off" data-kind="count" {...form.register(field.id)} />}
    </FieldWrapper>
  );
}
`,
};

const worksheet = `import type { WorksheetDefinition } from '../types';

const sleepLog: WorksheetDefinition = {
  id: 'sleep-log',
  version: 1,
  order: 99,
  title: 'Sleep log for the build test',
  description: 'A worksheet that exists only in this test.',
  fileName: 'sleep-log',
  sections: [
    {
      id: 'night',
      title: 'Last night',
      fields: [
        { id: 'hoursSlept', kind: 'count', label: 'Hours slept', hint: 'A whole number.', min: 0, max: 24, required: true, requiredMessage: 'Enter how many hours you slept' },
        { id: 'notes', kind: 'textarea', label: 'Anything else', maxLength: 2000 },
      ],
    },
  ],
};

export default sleepLog;
`;

const check = `import clinicInput from './clinic.config';
import { parseClinicConfig } from './src/schemas/clinic';
import { translatorFor } from './src/i18n/strings';
import { generateWorksheetPdf } from './src/pdf/generate';
import { readWorksheetPdf } from './src/pdf/read';
import { normalizeAnswers } from './src/worksheets/answers';
import { worksheetDefinitions } from './src/worksheets/definitions';
import { fitDraft } from './src/worksheets/fit-draft';
import { worksheetSchema } from './src/worksheets/schema';
import * as z from 'zod/mini';

const clinic = parseClinicConfig(clinicInput, 'clinic.config.ts');

const ui = translatorFor('en');
const definition = worksheetDefinitions.find((candidate) => candidate.id === 'sleep-log');
if (!definition) throw new Error('not registered');
const answers = normalizeAnswers(definition, { hoursSlept: '7', notes: 'Woke once.' });
const schema = worksheetSchema(definition, { ui, country: clinic.clinic.country });
const messages = async (raw: Record<string, unknown>) => (await z.safeParseAsync(schema, normalizeAnswers(definition, raw))).error?.issues.map((issue) => issue.message) ?? [];
const pdf = await generateWorksheetPdf(definition, answers, { clinicName: clinic.clinic.name, pageSize: 'letter', ui, createdOn: new Date(Date.UTC(2030, 0, 2)) });
const read = await readWorksheetPdf(pdf.bytes, definition);
console.log(JSON.stringify({
  valid: await messages({ hoursSlept: '7' }),
  tooMany: await messages({ hoursSlept: '25' }),
  words: await messages({ hoursSlept: 'seven' }),
  blank: await messages({}),
  answers,
  read: read.ok ? read.answers : read,
  draft: fitDraft(definition, { version: 1, savedAt: '2030-01-02T10:00:00.000Z', answers: { hoursSlept: 'seven', notes: 'x' } }),
}));
`;

const run = promisify(execFile);

describe('a new field kind is one folder', () => {
  let dir: string;
  let build: BuildResult;

  beforeAll(async () => {
    dir = copyProject('new-kind');
    const folder = join(dir, 'src', 'worksheets', 'kinds', 'count');
    mkdirSync(folder);
    for (const [file, source] of Object.entries(kind)) writeFileSync(join(folder, file), source);
    mkdirSync(join(dir, 'src', 'worksheets', 'sleep-log'));
    writeFileSync(join(dir, 'src', 'worksheets', 'sleep-log', 'definition.ts'), worksheet);
    build = await astroBuild(dir, join(dir, 'dist'));
  }, 300_000);

  afterAll(() => removeDir(dir));

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('draws its input inside the shared field wrapper, with its label and hint', () => {
    const html = readBuilt(join(dir, 'dist'), 'worksheets/sleep-log/index.html');

    expect(html).toMatch(/<label class="field__label" for="field-hoursSlept">Hours slept<\/label>/);
    expect(html).toMatch(/<p class="field__hint" id="field-hoursSlept-hint">A whole number\.<\/p>/);
    expect(html).toMatch(
      /<input id="field-hoursSlept"[^>]*aria-describedby="field-hoursSlept-hint"[^>]*inputMode="numeric"[^>]*data-kind="count"/,
    );
  });

  it('validates with its own messages, makes a PDF that resumes exactly, and fits drafts by its own rule', async () => {
    const script = join(dir, 'check-kind.ts');
    writeFileSync(script, check);
    const bundle = await bundleNodeScript(script, join(dir, 'check-kind.mjs'));
    const { stdout } = await run(process.execPath, [bundle], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    const result = JSON.parse(stdout) as Record<string, unknown> & { draft: { answers: unknown; ignored: unknown } };

    expect(result.valid).toEqual([]);
    expect(result.tooMany).toEqual(['Hours slept must be a whole number from 0 to 24']);
    expect(result.words).toEqual(['Hours slept must be a whole number from 0 to 24']);
    expect(result.blank).toEqual(['Enter how many hours you slept']);
    expect(result.read).toEqual(result.answers);
    expect(result.draft.answers).toEqual({ hoursSlept: '', notes: 'x' });
    expect(result.draft.ignored).toEqual(['hoursSlept']);
  }, 120_000);
});
