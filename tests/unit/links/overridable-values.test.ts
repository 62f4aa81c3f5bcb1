import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  overridableValue,
  overridableValues,
  overrideText,
  type OverridableName,
} from '../../../src/clinic/overridable-values';
import { applyOverrides, overridableNames, type ClinicOverrides } from '../../../src/clinic/overrides';
import { comparisonWord, formatClinicValue } from '../../../src/clinic/values';
import { overrideLabel } from '../../../src/components/links/OverrideFields';
import links from '../../../src/i18n/en/links.json' with { type: 'json' };
import { buildProviderLink } from '../../../src/links/build-link';
import { overriddenValues } from '../../../src/links/link-notice-text';
import { readProviderLink } from '../../../src/links/read-link';
import { writeProviderLink } from '../../../src/links/write-link';
import { clinicConfigSchema, type ClinicConfigInput } from '../../../src/schemas/clinic';
import { linkFragmentShape, overrideSchema } from '../../../src/schemas/link-fragment';
import { exampleClinic, exampleClinicInput } from '../../fixtures/example-clinic';
import { siteLinkTargets } from '../../fixtures/link-targets';
import { englishLinks, englishUi, FAKE, fakeLinks, fakeUi } from './translators';

/** The table of overridable clinic values, row by row: everything derives from it, so a new row is tested here. */

const rows = overridableValues.map((row) => [row.name, row] as const);
const { country } = exampleClinic.clinic;

/** The value at a dotted path of an object (`protocol.fasting.food`). */
const valueAt = (object: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], object);

/** A copy of `object` with the value at a dotted `path` replaced. */
function withValueAt<T>(object: T, path: string, value: unknown): T {
  const copy = structuredClone(object) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((target, key) => target[key] as Record<string, unknown>, copy);
  parent[last] = value;
  return copy as T;
}

/** The example clinic's input with the setting at `path` replaced. */
const inputWith = (path: string, value: unknown): ClinicConfigInput => withValueAt(exampleClinicInput(), path, value);

/** Whether clinic.config.ts would accept `value` for the setting at `path` (problems of other settings and of groups aside). */
function configAccepts(path: string, value: unknown): boolean {
  const result = clinicConfigSchema.safeParse(inputWith(path, value));
  if (result.success) return true;
  return !result.error.issues.some((issue) => {
    const at = issue.path.join('.');
    return at === path || at.startsWith(`${path}.`);
  });
}

/** The link's reading of `text` for `name`, or `undefined` when it refuses it. */
async function linkReads(name: OverridableName, text: string): Promise<unknown> {
  const result = await z.safeParseAsync(overrideSchema(name, country, englishLinks), text);
  return result.success ? result.data : undefined;
}

describe.each(rows)('the overridable value %s', (name, row) => {
  it('round-trips from the builder’s example through the link to the patient’s page', async () => {
    const built = await buildProviderLink(
      { readingList: [], prefill: {}, overrides: { [name]: row.input.example } },
      siteLinkTargets,
      exampleClinic,
      englishLinks,
    );
    expect(built.problems).toEqual({});
    const value = built.link.overrides[name];
    expect(value).toBeDefined();
    expect(built.fragment).toBe(writeProviderLink({ overrides: { [name]: value } }));
    expect(built.fragment).toMatch(new RegExp(`^v=1&o\\.${name.replace('.', '\\.')}=`));
    expect(overrideText(name, value as never)).toBe(row.input.example);
    expect(
      await readProviderLink(`#${built.fragment}`, siteLinkTargets, { config: exampleClinic, links: englishLinks }),
    ).toEqual({
      link: { readingList: [], prefill: {}, overrides: { [name]: value } },
      notices: [],
    });
  });

  it('round-trips the same way whatever the language of the builder and of the patient’s page', async () => {
    const draft = { readingList: [], prefill: {}, overrides: { [name]: row.input.example } };
    const inEnglish = await buildProviderLink(draft, siteLinkTargets, exampleClinic, englishLinks);
    const inOther = await buildProviderLink(draft, siteLinkTargets, exampleClinic, fakeLinks);
    expect(inOther).toEqual(inEnglish);
    // Written in one language, read in the other: the value arrives whole.
    expect(
      await readProviderLink(`#${inEnglish.fragment}`, siteLinkTargets, { config: exampleClinic, links: fakeLinks }),
    ).toEqual({
      link: inEnglish.link,
      notices: [],
    });
  });

  it('has its builder and notice words in src/i18n/en/links.json', () => {
    const keys = [row.input.label, row.input.hint, row.notice.label, row.notice.refused].filter(
      (key) => key !== undefined,
    );
    for (const key of keys) expect(Object.keys(links), key).toContain(key);
    expect(overrideLabel(name, englishLinks, englishUi)).not.toMatch(/[{}]/);
    expect(englishLinks.t(row.notice.refused, row.kind.words)).not.toMatch(/[{}]/);
  });

  it('is labelled in the builder with the translators given', () => {
    const label = overrideLabel(name, fakeLinks, fakeUi);
    expect(label.startsWith(FAKE), label).toBe(true);
    expect(label).not.toBe(overrideLabel(name, englishLinks, englishUi));
    // A blood-pressure level takes its comparison word from the site strings given, too.
    const { level } = overridableValue(name);
    if (level) {
      expect(label).toContain(comparisonWord(level, fakeUi));
      expect(comparisonWord(level, fakeUi).startsWith(FAKE)).toBe(true);
    }
  });

  it('is named in the notice on the patient’s page, with its new value', async () => {
    const { link } = (await readProviderLink(
      `#v=1&o.${name}=${encodeURIComponent(row.input.example)}`,
      siteLinkTargets,
      {
        config: exampleClinic,
        links: englishLinks,
      },
    ))!;
    const merged = applyOverrides(exampleClinic, link.overrides);
    expect(overriddenValues(merged, link.overrides, englishLinks, englishUi)).toEqual([
      { label: englishLinks.t(row.notice.label), text: formatClinicValue(merged, name, englishUi).text },
    ]);
    expect(formatClinicValue(merged, name, englishUi)).not.toEqual(formatClinicValue(exampleClinic, name, englishUi));
  });

  it('is named and formatted in the notice by the translators given', async () => {
    const { link } = (await readProviderLink(
      `#v=1&o.${name}=${encodeURIComponent(row.input.example)}`,
      siteLinkTargets,
      {
        config: exampleClinic,
        links: fakeLinks,
      },
    ))!;
    const merged = applyOverrides(exampleClinic, link.overrides);
    const [value] = overriddenValues(merged, link.overrides, fakeLinks, fakeUi);
    expect(value).toEqual({ label: fakeLinks.t(row.notice.label), text: formatClinicValue(merged, name, fakeUi).text });
    expect(value?.label.startsWith(FAKE)).toBe(true);
  });

  it('is left out with its own notice when the link’s value is refused', async () => {
    const reading = await readProviderLink(`#v=1&o.${name}=%3Cb%3E`, siteLinkTargets, {
      config: exampleClinic,
      links: englishLinks,
    });
    expect(reading).toEqual({
      link: { readingList: [], prefill: {}, overrides: {} },
      notices: [englishLinks.t(row.notice.refused, row.kind.words)],
    });
  });

  it('replaces exactly its own setting in the config', async () => {
    const value = await linkReads(name, row.input.example);
    const merged = applyOverrides(exampleClinic, { [name]: value } as ClinicOverrides);
    expect(valueAt(merged, row.setting)).toEqual(value);
    // Everything else is the clinic's, and the clinic's own config is untouched.
    expect(withValueAt(merged, row.setting, valueAt(exampleClinic, row.setting))).toEqual(exampleClinic);
    expect(valueAt(exampleClinic, row.setting)).not.toEqual(value);
  });

  it('has a key in the link schema', () => {
    expect(Object.keys(linkFragmentShape(siteLinkTargets, { country, links: englishLinks }))).toContain(`o.${name}`);
  });
});

describe('the link’s rule for each value', () => {
  /** Candidate values of every kind, near and past every bound: numbers with up to two decimals, readings, phone numbers. */
  const candidates = fc.oneof(
    fc.integer({ min: -5, max: 300 }),
    fc.integer({ min: -500, max: 30000 }).map((hundredths) => hundredths / 100),
    fc.record({ systolic: fc.integer({ min: 0, max: 400 }), diastolic: fc.integer({ min: 0, max: 400 }) }),
    fc.constantFrom(
      '+1 201 555 0142',
      '(201) 555-0123 ext. 4',
      '+44 20 7946 0958',
      '020 7946',
      '555',
      '+1 555 010 0100',
      'call me',
    ),
  );

  it.each(rows)('for %s accepts exactly what clinic.config.ts accepts for its setting', async (name, row) => {
    // The example's kind of value (number, reading, text) picks the candidates that are values of this row.
    const sample = await linkReads(name, row.input.example);
    const sameKind = (value: unknown) => typeof value === typeof sample;
    await fc.assert(
      fc.asyncProperty(candidates.filter(sameKind), async (value) => {
        const read = await linkReads(name, overrideText(name, value as never));
        expect(read !== undefined, JSON.stringify(value)).toBe(configAccepts(row.setting, value));
        if (read !== undefined) expect(read).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses text no builder writes, which the config could not hold either', async () => {
    for (const name of overridableNames) {
      for (const text of ['', ' ', 'six', '6 hours', '1e1', '0x10', '-0', '+6', '150 / 95', '<b>6</b>']) {
        expect(await linkReads(name, text), `${name}=${text}`).toBeUndefined();
      }
    }
  });
});
