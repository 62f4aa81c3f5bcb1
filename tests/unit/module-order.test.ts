import { describe, expect, it } from 'vitest';
import { groupBySection, inReadingOrder, neighbours, type OrderedModule } from '../../src/lib/module-order';
import type { SectionId } from '../../src/schemas/sections';

/** A module entry with just what ordering needs, plus a `file` field to prove extra data survives. */
function entry(id: string, order: number, section: SectionId = 'preparation') {
  return { id, file: `${id}.mdx`, data: { order, section, title: `Title of ${id}` } } satisfies OrderedModule & { file: string };
}

const ids = (modules: readonly OrderedModule[]) => modules.map((module) => module.id);

describe('inReadingOrder', () => {
  it('sorts modules by order', () => {
    const modules = [entry('c', 3), entry('a', 1), entry('b', 2)];

    expect(ids(inReadingOrder(modules))).toEqual(['a', 'b', 'c']);
  });

  it('allows gaps between order numbers', () => {
    expect(ids(inReadingOrder([entry('ten', 10), entry('one', 1), entry('five', 5)]))).toEqual(['one', 'five', 'ten']);
  });

  it('returns the same entry objects, extra fields included', () => {
    const first = entry('first', 1);

    const [sorted] = inReadingOrder([entry('second', 2), first]);

    expect(sorted).toBe(first);
    expect(sorted?.file).toBe('first.mdx');
  });

  it('leaves the input list in its original order', () => {
    const modules = [entry('b', 2), entry('a', 1)];

    inReadingOrder(modules);

    expect(ids(modules)).toEqual(['b', 'a']);
  });

  it('returns an empty list for no modules', () => {
    expect(inReadingOrder([])).toEqual([]);
  });

  it('throws naming both modules when two share an order', () => {
    const modules = [entry('set-and-setting', 4), entry('intro', 1), entry('music', 4)];

    expect(() => inReadingOrder(modules)).toThrow(/"set-and-setting" and "music" both have order 4/);
  });

  it('throws even when the duplicates are the last two in reading order', () => {
    expect(() => inReadingOrder([entry('z', 9), entry('a', 1), entry('y', 9)])).toThrow(/"z".*"y"|"y".*"z"/);
  });
});

describe('groupBySection', () => {
  it('lists sections in the order sectionIds declares, not the order modules appear', () => {
    const modules = [entry('bp', 1, 'safety'), entry('prep', 2, 'preparation'), entry('later', 3, 'after')];

    expect(groupBySection(modules).map((group) => group.section)).toEqual(['preparation', 'safety', 'after']);
  });

  it('drops sections without modules', () => {
    const groups = groupBySection([entry('bp', 1, 'safety')]);

    expect(groups).toEqual([{ section: 'safety', modules: [expect.objectContaining({ id: 'bp' })] }]);
  });

  it('keeps reading order within a section', () => {
    const modules = [entry('a', 1, 'safety'), entry('b', 2, 'preparation'), entry('c', 3, 'safety')];

    const safety = groupBySection(modules).find((group) => group.section === 'safety');

    expect(ids(safety?.modules ?? [])).toEqual(['a', 'c']);
  });

  it('puts every module in exactly one group', () => {
    const modules = [entry('a', 1, 'after'), entry('b', 2, 'set-and-setting'), entry('c', 3, 'preparation'), entry('d', 4, 'after')];

    const grouped = groupBySection(modules).flatMap((group) => ids(group.modules));

    expect(grouped.sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns no groups for no modules', () => {
    expect(groupBySection([])).toEqual([]);
  });
});

describe('neighbours', () => {
  const modules = [entry('first', 1), entry('middle', 2), entry('last', 3)];

  it('gives the previous and next module of one in the middle', () => {
    const { previous, next } = neighbours(modules, 'middle');

    expect(previous?.id).toBe('first');
    expect(next?.id).toBe('last');
  });

  it('gives no previous module for the first one', () => {
    const result = neighbours(modules, 'first');

    expect(result.previous).toBeUndefined();
    expect(result.next?.id).toBe('middle');
  });

  it('gives no next module for the last one', () => {
    const result = neighbours(modules, 'last');

    expect(result.previous?.id).toBe('middle');
    expect(result.next).toBeUndefined();
  });

  it('gives neither for the only module', () => {
    const result = neighbours([entry('only', 1)], 'only');

    expect(result.previous).toBeUndefined();
    expect(result.next).toBeUndefined();
  });

  it('returns an empty object for an unknown id', () => {
    expect(neighbours(modules, 'missing')).toStrictEqual({});
  });
});
