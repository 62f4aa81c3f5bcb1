import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitAnswers } from '../../../src/worksheets/fit-draft';
import { answerSlots, emptyAnswers, normalizeAnswers } from '../../../src/worksheets/answers';
import { checkDefinition } from '../../../src/worksheets/check-definition';
import { kindChecks } from '../../../src/worksheets/kinds/checks-table';
import { kindExamples } from '../../../src/worksheets/kinds/examples-table';
import { fieldKindNames, fieldKinds } from '../../../src/worksheets/kinds/kind-table';
import { kindPdfs } from '../../../src/worksheets/kinds/pdf-table';
import { worksheetSchema } from '../../../src/worksheets/schema';
import type { WorksheetDefinition, WorksheetField } from '../../../src/worksheets/types';
import { kindsWorksheet } from '../../fixtures/kinds-worksheet';
import { translatorFor } from '../../../src/i18n/strings';

const KINDS = join(import.meta.dirname, '../../../src/worksheets/kinds');

/** What each kind's folder holds (see src/worksheets/kinds/field-kind.ts). */
const PARTS = ['kind.ts', 'checks.ts', 'pdf.ts', 'examples.ts', 'Input.tsx'] as const;

/** Folders of shared code, not kinds: they must hold none of {@link PARTS}, or the globs would take them for a kind. */
const SHARED = ['shared'];

const folders = readdirSync(KINDS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !SHARED.includes(entry.name))
  .map((entry) => entry.name)
  .sort();

describe('the field kinds', () => {
  it('are the folders of src/worksheets/kinds, each table holding every one', () => {
    expect(folders.length).toBeGreaterThan(0);
    expect([...fieldKindNames].sort()).toEqual(folders);
    for (const table of [fieldKinds, kindChecks, kindPdfs, kindExamples])
      expect(Object.keys(table).sort()).toEqual(folders);
  });

  it.each(folders)('%s: its folder holds kind.ts, checks.ts, pdf.ts, examples.ts and Input.tsx', (kind) => {
    const missing = PARTS.filter((part) => !existsSync(join(KINDS, kind, part)));
    expect(missing, `src/worksheets/kinds/${kind}/ is missing ${missing.join(', ')}`).toEqual([]);
  });

  it('keeps shared code in files the globs do not take for a kind', () => {
    for (const folder of SHARED)
      for (const part of PARTS) expect(existsSync(join(KINDS, folder, part)), `${folder}/${part}`).toBe(false);
  });
});

/** A worksheet of one example field of a kind. */
const oneField = (field: WorksheetField): WorksheetDefinition => ({
  ...kindsWorksheet,
  sections: [{ id: 'only', title: 'Only', fields: [field] }],
});

describe.each(fieldKindNames)('the %s kind’s examples', (kind) => {
  const field = (kindExamples[kind].field as (id: string) => WorksheetField)('example');
  const definition = oneField(field);
  const examples = kindExamples[kind].answers(field as never);
  const holds = [examples.typical, examples.atLimit, examples.empty, ...examples.awkward];

  it('give a field a definition may hold, of this kind', () => {
    expect(field.kind).toBe(kind);
    expect(() => checkDefinition(definition)).not.toThrow();
  });

  it('answer only the field’s own keys, and the empty example is a blank form', () => {
    const keys = answerSlots(definition).map((slot) => slot.key);
    for (const answers of [...holds, ...examples.refused.map((refused) => refused.given)])
      for (const key of Object.keys(answers)) expect(keys).toContain(key);
    expect({ ...emptyAnswers(definition), ...examples.empty }).toEqual(emptyAnswers(definition));
  });

  it('are answers the field holds: coercing and fitting (drafts, links, hidden answers) keep them whole', () => {
    for (const answers of holds) {
      expect(normalizeAnswers(definition, answers)).toEqual({ ...emptyAnswers(definition), ...answers });
      expect(fitAnswers(definition, answers)).toEqual({ answers, ignored: [] });
    }
  });

  it('refuse what the field cannot hold, keeping what the kind says it keeps', () => {
    for (const { given, kept } of examples.refused) {
      const fitted = fitAnswers(definition, given);
      expect(fitted.answers).toEqual(kept);
      expect(fitted.ignored).toEqual(Object.keys(given));
    }
  });

  it('include a typical answer that passes every check of the kind', async () => {
    const schema = worksheetSchema(definition, { country: 'US', today: '2026-01-01', ui: translatorFor('en') });
    const result = await schema.safeParseAsync({ ...emptyAnswers(definition), ...examples.typical });
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
