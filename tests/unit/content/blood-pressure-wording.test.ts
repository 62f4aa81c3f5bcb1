import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bloodPressureLevels, readingReaches } from '../../../src/clinic/blood-pressure';
import { comparisonWord } from '../../../src/clinic/values';
import { findMiswordedLevels } from '../../fixtures/blood-pressure-wording';
import { exampleClinic } from '../../fixtures/example-clinic';
import { moduleFiles, pageFiles, withClinicValues } from './modules-on-disk';

/**
 * One blood-pressure model, worded one way: prose, UI strings and worksheet text never write their
 * own comparison in front of a level — `<ClinicValue name="bloodPressure.…" />` and
 * `{bloodPressure.…}` bring it from src/clinic/blood-pressure.ts. The built pages and the PDFs are
 * checked the same way in tests/build/site-build.test.ts and tests/unit/pdf/blood-pressure-wording.test.ts.
 */

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');
const levels = exampleClinic.protocol.bloodPressure;

/** Every file whose words reach a patient: modules, pages, UI strings and worksheet definitions. */
function wordedFiles(): { file: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return [...walk(join(SRC, 'content')), ...walk(join(SRC, 'i18n')), ...walk(join(SRC, 'worksheets'))]
    .filter((file) => /\.(mdx|json)$/.test(file) || /\/definition\.ts$/.test(file))
    .map((file) => ({ file: relative(SRC, file), text: readFileSync(file, 'utf8') }));
}

/** A comparison typed right before a blood-pressure value that brings its own. */
const TYPED_BEFORE_LEVEL =
  /\b(at or above|at or below|above|below|over|under|higher than|lower than|more than|less than|greater than|exceeds?|exceeding)\s+(?:<ClinicValue\s+name="bloodPressure\.|\{bloodPressure\.)/gi;

/** Comparisons only the blood-pressure model may word ("at or above" lives in en.json, once). */
const MODEL_ONLY = /\b(at or above|at or below|or higher|or lower|and above|and below)\b/gi;

describe('blood-pressure comparisons are worded in one place', () => {
  const files = wordedFiles();

  it('finds the modules, strings and worksheets to check', () => {
    expect(files.filter(({ file }) => file.endsWith('.mdx')).length).toBe(moduleFiles().length + pageFiles().length);
    expect(files.some(({ file }) => file.endsWith('definition.ts'))).toBe(true);
    expect(files.some(({ file }) => file.endsWith('en.json'))).toBe(true);
  });

  it.each(files.map(({ file }) => file))('%s types no comparison in front of a blood-pressure value', (file) => {
    const { text } = files.find((candidate) => candidate.file === file)!;
    expect([...text.matchAll(TYPED_BEFORE_LEVEL)].map((match) => match[0])).toEqual([]);
  });

  it.each(files.map(({ file }) => file))('%s leaves "at or above" and its kin to the blood-pressure model', (file) => {
    const { text } = files.find((candidate) => candidate.file === file)!;
    const own = file === 'i18n/en.json' ? text.replace(/"clinicValue\.comparison\.\w+": "[^"]*"/g, '') : text;
    expect([...own.matchAll(MODEL_ONLY)].map((match) => match[0])).toEqual([]);
  });

  it.each([...moduleFiles(), ...pageFiles()].map((file) => [file.slug, file] as const))(
    '%s shows every level with its own comparison',
    (_slug, file) => {
      expect(findMiswordedLevels(withClinicValues(file.body), levels)).toEqual([]);
    },
  );
});

describe('the blood-pressure model', () => {
  it('compares "above" strictly and "at or above" inclusively, on either number', () => {
    const level = { systolic: 140, diastolic: 90 };
    expect(readingReaches({ systolic: 140, diastolic: 90 }, level, 'above')).toBe(false);
    expect(readingReaches({ systolic: 141, diastolic: 80 }, level, 'above')).toBe(true);
    expect(readingReaches({ systolic: 120, diastolic: 91 }, level, 'above')).toBe(true);
    expect(readingReaches({ systolic: 140, diastolic: 80 }, level, 'atOrAbove')).toBe(true);
    expect(readingReaches({ systolic: 139, diastolic: 90 }, level, 'atOrAbove')).toBe(true);
    expect(readingReaches({ systolic: 139, diastolic: 89 }, level, 'atOrAbove')).toBe(false);
  });

  it('words do-not-start as "above" (FACTS: the label weighs the risk above 140/90) and calling for help as "at or above"', () => {
    expect(bloodPressureLevels.map((level) => [level.key, comparisonWord(level.key)])).toEqual([
      ['doNotStartAbove', 'above'],
      ['callCareTeamAt', 'at or above'],
      ['seekEmergencyCareAt', 'at or above'],
    ]);
  });
});

describe('the wording check itself', () => {
  it('accepts each level with its own comparison, and a negated one', () => {
    const text = 'Do not start above 140/90 mm Hg. If it is not above 140/90, go ahead. Call at or above 160/100 mm Hg; emergency at or above 180/120.';
    expect(findMiswordedLevels(text, levels)).toEqual([]);
  });

  it.each([
    ['at or below 140/90', 'doNotStartAbove'],
    ['do not start at or above 140/90', 'doNotStartAbove'],
    ['call when it is above 160/100', 'callCareTeamAt'],
    ['emergency: 180/120', 'seekEmergencyCareAt'],
    ['over 180 / 120 mm Hg', 'seekEmergencyCareAt'],
  ])('catches "%s"', (text, level) => {
    expect(findMiswordedLevels(text, levels).map((problem) => problem.level)).toEqual([level]);
  });

  it('catches a comparison typed in front of a value in a source file', () => {
    expect('is at or below <ClinicValue name="bloodPressure.doNotStartAbove" />'.match(TYPED_BEFORE_LEVEL)).toHaveLength(1);
    expect('blood pressure is above {bloodPressure.callCareTeamAt}'.match(TYPED_BEFORE_LEVEL)).toHaveLength(1);
    expect('blood pressure is {bloodPressure.callCareTeamAt}'.match(TYPED_BEFORE_LEVEL)).toBeNull();
  });
});
