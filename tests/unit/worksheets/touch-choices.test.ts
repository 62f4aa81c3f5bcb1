import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import chaperoneWorksheet from '../../../src/worksheets/chaperone/definition';
import type { ChoiceField } from '../../../src/worksheets/types';

/** The module that explains the touch choices to the patient, from the repository's root. */
const MODULE = 'src/content/modules/remote-sessions-and-your-chaperone.mdx';

/** The bold labels of the list under `### <heading>`, up to the next heading, without a closing full stop. */
function boldListLabels(mdx: string, heading: string): string[] {
  const lines = mdx.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `### ${heading}`);
  if (start < 0) throw new Error(`${MODULE} has no "### ${heading}" heading.`);
  const end = lines.findIndex((line, index) => index > start && /^#{1,6} /.test(line));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .flatMap((line) => /^\s*[-*]\s+\*\*(.+?)\*\*/.exec(line)?.[1] ?? [])
    .map((label) => label.trim().replace(/[.:]$/, ''));
}

describe('the chaperone agreement’s touch choices', () => {
  it(`are the choices ${MODULE} lists under "### Touch", in the same words and order`, () => {
    const touch = chaperoneWorksheet.sections
      .flatMap((section) => section.fields)
      .find((field) => field.id === 'touch') as ChoiceField;
    const labels = touch.options.filter((option) => !option.retired).map((option) => option.label.replace(/[.:]$/, ''));

    expect(boldListLabels(readFileSync(MODULE, 'utf8'), 'Touch')).toEqual(labels);
  });

  it('keep their released values, which saved PDFs hold', () => {
    const touch = chaperoneWorksheet.sections
      .flatMap((section) => section.fields)
      .find((field) => field.id === 'touch') as ChoiceField;
    expect(touch.options.map((option) => option.value)).toEqual(['none', 'hand-on-shoulder', 'hold-hand', 'ask-first']);
  });
});
