import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withBase, worksheetUrl } from '../../src/lib/urls';
import { worksheetDefinitions, worksheetFor, worksheetsFor } from '../../src/worksheets/definitions';
import { orderedDefinitions } from '../../src/worksheets/ordered-definitions';
import { worksheetIds } from '../../src/worksheets/ids';
import { worksheetSummaries } from '../../src/worksheets/registry';
import type { WorksheetDefinition } from '../../src/worksheets/types';

const worksheetsDir = new URL('../../src/worksheets/', import.meta.url);

/** Folders with a `definition.ts`, read from disk independently of the registry's glob. */
const foldersOnDisk = readdirSync(worksheetsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/definition.ts`, worksheetsDir)))
  .map((entry) => entry.name)
  .sort();

/** A definition with just what the registry reads. */
const sheet = (id: string, order: number) =>
  ({ id, order, title: `Title ${id}`, description: `About ${id}` }) as WorksheetDefinition;

describe('the worksheet registry', () => {
  it('has one worksheet per folder with a definition.ts, and nothing else', () => {
    expect([...worksheetIds].sort()).toEqual(foldersOnDisk);
    expect(worksheetDefinitions.map((definition) => definition.id)).toEqual([...worksheetIds]);
  });

  it('orders worksheets by `order`, ties by id', () => {
    const orders = worksheetDefinitions.map((definition) => definition.order);

    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(
      orderedDefinitions({
        './b/definition.ts': sheet('b', 2),
        './c/definition.ts': sheet('c', 1.5),
        './a/definition.ts': sheet('a', 2),
      }).map((definition) => definition.id),
    ).toEqual(['c', 'a', 'b']);
  });

  it.each([
    [
      'an id that is not its folder',
      { './dosing-day/definition.ts': sheet('dosing', 1) },
      /dosing-day\/definition\.ts defines id "dosing"; it must match its folder, "dosing-day"/,
    ],
    [
      'no order',
      { './a/definition.ts': { ...sheet('a', 1), order: undefined } },
      /src\/worksheets\/a\/definition\.ts: set `order` to a number/,
    ],
    [
      'an order that is not a number',
      { './a/definition.ts': { ...sheet('a', 1), order: Number.NaN } },
      /set `order` to a number/,
    ],
    [
      'no default export',
      { './a/definition.ts': undefined },
      /src\/worksheets\/a\/definition\.ts must have a default export/,
    ],
    [
      'a folder name that cannot be a URL',
      { './Dosing_Day/definition.ts': sheet('Dosing_Day', 1) },
      /lowercase words joined by dashes/,
    ],
  ])('stops the build, naming the file, for %s', (_case, found, message) => {
    expect(() => orderedDefinitions(found as Record<string, WorksheetDefinition>)).toThrow(message);
  });
});

describe('worksheetSummaries', () => {
  it('lists every worksheet in the registry’s order by default', () => {
    expect(worksheetSummaries().map((summary) => summary.id)).toEqual([...worksheetIds]);
  });

  it('keeps the order of the ids it is given, and lists only those', () => {
    const ids = [...worksheetIds].reverse();

    expect(worksheetSummaries(ids).map((summary) => summary.id)).toEqual(ids);
    expect(worksheetSummaries(ids.slice(0, 1)).map((summary) => summary.id)).toEqual(ids.slice(0, 1));
    expect(worksheetSummaries([])).toEqual([]);
  });

  it.each(worksheetIds)('gives "%s" the title and description of its definition, and its page', (id) => {
    const definition = worksheetDefinitions.find((candidate) => candidate.id === id)!;
    const [summary] = worksheetSummaries([id]);

    expect(summary).toEqual({
      id,
      title: definition.title,
      description: definition.description,
      href: worksheetUrl(id),
      translated: true,
      lang: 'en',
    });
    expect(summary!.title.trim()).not.toBe('');
    expect(summary!.description.trim()).not.toBe('');
    expect(summary!.href).toMatch(new RegExp(`/worksheets/${id}/$`));
  });

  it('refuses an id with no worksheet, naming the ones there are', () => {
    expect(() => worksheetSummaries(['no-such-sheet'])).toThrow(
      new RegExp(`"no-such-sheet" is not a worksheet. Use one of: ${worksheetIds.join(', ')}`),
    );
    expect(() => worksheetSummaries(['no-such-sheet'], 'es')).toThrow(/"no-such-sheet" is not a worksheet/);
  });

  it.each(worksheetIds)('gives "%s" in Spanish its Spanish title and description, and its Spanish page', (id) => {
    const english = worksheetDefinitions.find((candidate) => candidate.id === id)!;
    const { definition, translated } = worksheetFor(id, 'es');
    const [summary] = worksheetSummaries([id], 'es');

    expect(translated).toBe(true);
    expect(summary).toEqual({
      id,
      title: definition.title,
      description: definition.description,
      href: withBase(`es/worksheets/${id}/`),
      translated: true,
      lang: 'es',
    });
    expect(summary!.href).toMatch(new RegExp(`/es/worksheets/${id}/$`));
    expect(summary!.title).not.toBe(english.title);
    expect(summary!.description).not.toBe(english.description);
  });

  it('keeps the order of the ids in every locale', () => {
    const ids = [...worksheetIds].reverse();

    expect(worksheetSummaries(ids, 'es').map((summary) => summary.id)).toEqual(ids);
    expect(worksheetsFor('es').map((worksheet) => worksheet.definition.id)).toEqual([...worksheetIds]);
    expect(worksheetsFor('en').map((worksheet) => worksheet.definition)).toEqual([...worksheetDefinitions]);
  });
});
