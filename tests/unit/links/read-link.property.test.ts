import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overridableNames } from '../../../src/clinic/overrides';
import { readProviderLink } from '../../../src/links/read-link';
import { writeProviderLink } from '../../../src/links/write-link';
import { exampleClinic } from '../../fixtures/example-clinic';
import { siteLinkTargets } from '../../fixtures/link-targets';
import { englishLinks } from './translators';

const MARKER = 'Zq7marker';
const allFieldIds = [
  ...new Set(siteLinkTargets.worksheets.flatMap((worksheet) => worksheet.fields.map((field) => field.id))),
];
const prefillable = (worksheetId: string | undefined) =>
  new Set(
    siteLinkTargets.worksheets
      .find((worksheet) => worksheet.id === worksheetId)
      ?.fields.filter((field) => field.prefillable)
      .map((field) => field.id) ?? [],
  );

/** Any text, including markup, escapes, separators and the marker. */
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    'javascript:alert(1)',
    '%',
    '%zz',
    '%E2%80%AE',
    '&',
    '=',
    '#',
    '+',
  ),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '=', '%', '+', ',', '/', 'a', ' ', MARKER), maxLength: 40 }),
);

/** Keys a link could hold: real ones (patient fields included), overrides, near misses, junk. */
const anyKey = fc.oneof(
  fc.constantFrom('v', 'r', 'w', 'v', 'f.', 'o.', '__proto__', 'constructor', 'f.__proto__', 'o.__proto__'),
  fc.constantFrom(...allFieldIds).map((id) => `f.${id}`),
  fc.constantFrom(...overridableNames, 'emergency.number', 'clinic.name').map((name) => `o.${name}`),
  fc.string({ maxLength: 12 }),
);

/**
 * Phone numbers the one phone rule accepts, written the many ways people write them: North American
 * numbers (real area codes, exchanges 200–999) and UK numbers, with or without an extension.
 */
const dialableNumber = fc
  .record({
    area: fc.constantFrom(201, 212, 303, 415, 617, 808),
    exchange: fc.integer({ min: 200, max: 999 }),
    line: fc.integer({ min: 0, max: 9999 }).map((line) => String(line).padStart(4, '0')),
    layout: fc.constantFrom('+1 A E L', '(A) E-L', 'A.E.L', '+1-A-E-L', '+44 20 7946 L'),
    extension: fc.option(fc.tuple(fc.constantFrom(' ext. ', ' x', ' ext '), fc.integer({ min: 1, max: 999999 })), {
      nil: undefined,
    }),
  })
  .map(
    ({ area, exchange, line, layout, extension }) =>
      layout.replace('A', String(area)).replace('E', String(exchange)).replace('L', line) +
      (extension ? extension.join('') : ''),
  );

/** Random fragments: raw key=value pairs joined with `&`, sometimes percent-encoded, sometimes not. */
const anyFragment = fc
  .array(
    fc
      .tuple(anyKey, anyValue, fc.boolean())
      .map(([key, value, encoded]) => `${key}=${encoded ? encodeURIComponent(value) : value}`),
    { maxLength: 25 },
  )
  .chain((pairs) => fc.constantFrom(`v=1&${pairs.join('&')}`, pairs.join('&'), `#v=1&${pairs.join('&')}`));

describe('any fragment', () => {
  it('is read without throwing, and only ever yields checked values', async () => {
    await fc.assert(
      fc.asyncProperty(anyFragment, fc.constantFrom(undefined, 'intention', 'chaperone'), async (fragment, page) => {
        const reading = await readProviderLink(fragment, siteLinkTargets, {
          config: exampleClinic,
          worksheet: page,
          links: englishLinks,
        });
        if (!reading) return;
        const { link, notices } = reading;
        const allowed = prefillable(link.worksheet ?? page);
        for (const id of Object.keys(link.prefill)) expect(allowed.has(id), id).toBe(true);
        for (const name of Object.keys(link.overrides)) expect(overridableNames).toContain(name);
        for (const slug of link.readingList) expect(siteLinkTargets.moduleSlugs).toContain(slug);
        // Notices are the kit's own sentences: never the link's text, never markup.
        for (const text of notices) {
          expect(text).not.toContain(MARKER);
          expect(text).not.toMatch(/[<>]/);
        }
        expect(Object.getPrototypeOf(link.prefill)).toBe(Object.prototype);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('any link the builder can make', () => {
  const worksheetLink = fc.constantFrom(...siteLinkTargets.worksheets).chain((worksheet) => {
    const fields = worksheet.fields.filter((field) => field.prefillable);
    const value = (field: (typeof fields)[number]) => {
      switch (field.kind) {
        case 'date':
          return fc
            .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
            .map((date) => date.toISOString().slice(0, 10));
        case 'time':
          return fc
            .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
            .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
        case 'radio':
        case 'select':
          return fc.constantFrom(...field.options!);
        case 'tel':
          return dialableNumber;
        default:
          // What a provider may type: any printable text (no control characters), trimmed, within the limit.
          return fc
            .string({ unit: 'grapheme', minLength: 1, maxLength: field.maxLength })
            .map((text) => text.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, '').trim())
            .filter((text) => text !== '');
      }
    };
    return fc.record({
      worksheet: fc.constant(worksheet.id),
      prefill: fc.record(Object.fromEntries(fields.map((field) => [field.id, value(field)])), { requiredKeys: [] }),
    });
  });

  it('reads back to exactly what was written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .subarray([...siteLinkTargets.moduleSlugs])
          .chain((slugs) => fc.shuffledSubarray(slugs, { minLength: slugs.length })),
        worksheetLink,
        fc.record(
          {
            'clinic.phone': dialableNumber,
            'fasting.food': fc.integer({ min: 8, max: 24 }),
            // Never above the clinic's food hours (4), so either may appear without the other.
            'fasting.clearLiquids': fc.integer({ min: 0, max: 4 }),
            'lookIn.interval': fc.integer({ min: 1, max: 60 }),
            // Each level in a band of its own, between the clinic's levels either side of it
            // (140/90, 160/100, 180/120), so any of them may appear without the others.
            'bloodPressure.doNotStartAbove': fc.record({
              systolic: fc.integer({ min: 120, max: 149 }),
              diastolic: fc.integer({ min: 70, max: 89 }),
            }),
            'bloodPressure.callCareTeamAt': fc.record({
              systolic: fc.integer({ min: 150, max: 169 }),
              diastolic: fc.integer({ min: 91, max: 99 }),
            }),
            'bloodPressure.seekEmergencyCareAt': fc.record({
              systolic: fc.integer({ min: 170, max: 220 }),
              diastolic: fc.integer({ min: 101, max: 140 }),
            }),
          },
          { requiredKeys: [] },
        ),
        async (readingList, { worksheet, prefill }, overrides) => {
          const link = { readingList, worksheet, prefill: prefill as Record<string, string>, overrides };
          const reading = await readProviderLink(writeProviderLink(link), siteLinkTargets, {
            config: exampleClinic,
            links: englishLinks,
          });
          expect(reading).toEqual({ link, notices: [] });
        },
      ),
      { numRuns: 500 },
    );
  });
});
