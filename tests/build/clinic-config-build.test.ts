import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import shippedConfig from '../../src/clinic/settings';
import { formatClinicValue } from '../../src/clinic/values';
import { translatorFor } from '../../src/i18n/strings';
import { findMiswordedLevels, visibleText } from '../fixtures/blood-pressure-wording';
import { astroBuild, copyProject, listFiles, readBuilt, removeDir, type BuildResult } from './astro-build';

/** Another clinic's settings: every value differs from the example clinic's. */
const otherClinic = `import { defineClinicConfig } from './src/schemas/clinic';
export default defineClinicConfig({
  clinic: { name: 'Harbour Mind Care', phone: '+44 161 496 0000', email: 'team@harbour.example', website: 'https://harbour.example' },
  emergency: { number: '999', phrase: { en: 'the emergency services', es: 'los servicios de emergencia' } },
  crisisLine: { name: { en: 'Samaritans', es: 'Samaritans' }, number: '116 123', how: { en: 'call', es: 'llama al' } },
  protocol: {
    fasting: { food: 6, clearLiquids: 3 },
    bloodPressure: {
      doNotStartAbove: { systolic: 150, diastolic: 95 },
      callCareTeamAt: { systolic: 170, diastolic: 110 },
      seekEmergencyCareAt: { systolic: 185, diastolic: 125 },
      restBeforeReadingMinutes: 10,
    },
    noAlcoholOrCannabisHours: 72,
    holdInMouthMinutes: { min: 10, max: 15 },
    lookInIntervalMinutes: 20,
    sessionLengthHours: { min: 3, max: 4 },
    drivingAllowedAgain: { en: '24 hours after your dose', es: 'pasen 24 horas después de tu dosis' },
  },
  pdf: { pageSize: 'a4' },
});
`;

/** What the English pages show (the Spanish ones are checked for the prose settings below). */
const expected: Record<string, string> = {
  'clinic.name': 'Harbour Mind Care',
  'clinic.phone': '+44 161 496 0000',
  'emergency.call': 'the emergency services (999)',
  'fasting.food': '6 hours',
  'fasting.clearLiquids': '3 hours',
  'crisis.line': 'Samaritans (call 116 123)',
  'bloodPressure.doNotStartAbove': 'above 150/95 mm Hg',
  'bloodPressure.callCareTeamAt': 'at or above 170/110 mm Hg',
  'bloodPressure.seekEmergencyCareAt': 'at or above 185/125 mm Hg',
  'bloodPressure.restBeforeReading': '10 minutes',
  'substances.stopBefore': '72 hours',
  'medicine.holdInMouth': '10–15 minutes',
  'lookIn.interval': '20 minutes',
  'session.length': '3–4 hours',
  'driving.allowedAgain': '24 hours after your dose',
};

describe('a clinic that edits clinic.config.ts', () => {
  let dir: string;
  let build: BuildResult;
  let pages: { file: string; html: string }[];

  beforeAll(async () => {
    dir = copyProject('other-clinic');
    writeFileSync(join(dir, 'clinic.config.ts'), otherClinic);
    build = await astroBuild(dir, join(dir, 'dist'));
    pages = build.ok
      ? listFiles(join(dir, 'dist'))
          .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
          .map((file) => ({ file, html: readBuilt(join(dir, 'dist'), file) }))
      : [];
  });
  afterAll(() => removeDir(dir));

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('sees every sentence that shows a clinic value change', () => {
    const shown = new Map<string, Set<string>>();
    for (const { html } of pages.filter(({ file }) => !file.startsWith('es/'))) {
      for (const [, name, text] of html.matchAll(/data-clinic-value="([^"]+)"[^>]*>([^<]*)</g)) {
        shown.set(name!, (shown.get(name!) ?? new Set()).add(text!.replaceAll('&amp;', '&')));
      }
    }
    for (const [name, text] of Object.entries(expected)) {
      if (shown.has(name)) expect([...shown.get(name)!], name).toEqual([text]);
    }
    expect(shown.size).toBeGreaterThanOrEqual(8);
  });

  it('shows the clinic’s prose settings in Spanish on the Spanish pages', () => {
    // What a reader sees: the page's config block (LinkSettings) holds every language's words.
    const spanish = pages
      .filter(({ file }) => file.startsWith('es/'))
      .map(({ html }) => visibleText(html))
      .join('\n');
    expect(spanish).toContain('los servicios de emergencia (999)');
    expect(spanish).toContain('Samaritans (llama al 116 123)');
    expect(spanish).not.toContain('the emergency services');
  });

  it('words the clinic’s own blood-pressure levels on every page as the blood-pressure model does', () => {
    const levels = {
      doNotStartAbove: { systolic: 150, diastolic: 95 },
      callCareTeamAt: { systolic: 170, diastolic: 110 },
      seekEmergencyCareAt: { systolic: 185, diastolic: 125 },
    };
    const misworded = pages.flatMap(({ file, html }) =>
      findMiswordedLevels(visibleText(html), levels, translatorFor(file.startsWith('es/') ? 'es' : 'en')).map(
        (problem) => ({ file, ...problem }),
      ),
    );
    expect(misworded).toEqual([]);
  });

  it('leaves none of the shipped clinic’s details anywhere on the site', () => {
    const shipped = [
      shippedConfig.clinic.name,
      shippedConfig.clinic.phone,
      shippedConfig.clinic.email,
      `(${shippedConfig.emergency.number})`,
      // As prose and notices show it (a module's sources may still cite the US line by name).
      formatClinicValue(shippedConfig, 'crisis.line', translatorFor('en')).text,
      formatClinicValue(shippedConfig, 'crisis.line', translatorFor('es')).text,
    ];
    const leftovers = pages.filter(({ html }) => shipped.some((value) => html.includes(value))).map(({ file }) => file);
    expect(leftovers).toEqual([]);
  });

  it('passes the paper size to the worksheet PDFs', () => {
    const worksheet = readFileSync(join(dir, 'dist', 'worksheets', 'intention', 'index.html'), 'utf8');
    // Island props are serialised as HTML-escaped JSON: "pageSize":[0,"a4"].
    expect(/pageSize&quot;:\[0,&quot;a4&quot;/.test(worksheet)).toBe(true);
  });
});
