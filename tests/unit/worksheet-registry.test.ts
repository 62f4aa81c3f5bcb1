import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t';
import { worksheetUrl } from '../../src/lib/urls';
import { worksheetIds, type WorksheetId } from '../../src/worksheets/ids';
import { worksheetSummaries } from '../../src/worksheets/registry';

const worksheetsDir = new URL('../../src/worksheets/', import.meta.url);

/** The part of a `node:fs` Dirent used here. */
type Entry = { name: string; isDirectory(): boolean };

/** Ids whose folder has a `definition.ts`, read from disk independently of the registry's glob. */
const definedOnDisk = new Set<string>(
  readdirSync(worksheetsDir, { withFileTypes: true })
    .filter((dirent: Entry) => dirent.isDirectory() && existsSync(new URL(`${dirent.name}/definition.ts`, worksheetsDir)))
    .map((dirent: Entry) => dirent.name),
);

describe('worksheetSummaries', () => {
  it('lists every worksheet in the order of src/worksheets/ids.ts by default', () => {
    expect(worksheetSummaries().map((summary) => summary.id)).toEqual([...worksheetIds]);
  });

  it('keeps the order of the ids it is given', () => {
    const ids = [...worksheetIds].reverse();

    expect(worksheetSummaries(ids).map((summary) => summary.id)).toEqual(ids);
  });

  it('lists only the worksheets it is given', () => {
    const [first] = worksheetIds;

    expect(worksheetSummaries([first]).map((summary) => summary.id)).toEqual([first]);
  });

  it('returns an empty list for no ids', () => {
    expect(worksheetSummaries([])).toEqual([]);
  });

  it.each(worksheetIds)('takes the title and description of "%s" from en.json', (id: WorksheetId) => {
    const [summary] = worksheetSummaries([id]);

    expect(summary?.title).toBe(t(`worksheet.${id}.title`));
    expect(summary?.description).toBe(t(`worksheet.${id}.description`));
  });

  it.each(worksheetIds)('links "%s" only if its folder has a definition.ts', (id: WorksheetId) => {
    const [summary] = worksheetSummaries([id]);

    if (definedOnDisk.has(id)) {
      expect(summary?.href).toBe(worksheetUrl(id));
      expect(summary?.href).toMatch(new RegExp(`/worksheets/${id}/$`));
    } else {
      expect(summary).toHaveProperty('href', undefined);
    }
  });

  it('links exactly the worksheets that have a definition.ts', () => {
    const linked = worksheetSummaries().filter((summary) => summary.href !== undefined).map((summary) => summary.id);

    expect(linked).toEqual(worksheetIds.filter((id) => definedOnDisk.has(id)));
  });
});
