import { describe, expect, it } from 'vitest';
import { FrontmatterError } from '../../src/lib/frontmatter-error';
import { groupBySection, inReadingOrder, neighbours, type OrderedModule } from '../../src/lib/module-order';
import type { SectionId } from '../../src/schemas/sections';

/** A module entry with just what ordering needs, plus a `file` field to prove extra data survives. */
function entry(id: string, order: number, section: SectionId = 'preparation') {
  return { id, file: `${id}.mdx`, data: { order, section, title: `Title of ${id}` } } satisfies OrderedModule & {
    file: string;
  };
}

/** A module entry with its `filePath`, as Astro's entries have one. */
const withFile = (id: string, order: number) => ({ ...entry(id, order), filePath: `src/content/modules/${id}.mdx` });

const ids = (modules: readonly OrderedModule[]) => modules.map((module) => module.id);

describe('inReadingOrder', () => {
  it('sorts modules by order', () => {
    const modules = [entry('c', 3), entry('a', 1), entry('b', 2)];

    expect(ids(inReadingOrder(modules))).toEqual(['a', 'b', 'c']);
  });

  it('allows gaps between order numbers', () => {
    expect(ids(inReadingOrder([entry('ten', 10), entry('one', 1), entry('five', 5)]))).toEqual(['one', 'five', 'ten']);
  });

  it('puts a module with a decimal order between the two whole numbers around it', () => {
    const modules = [entry('five', 5), entry('four', 4), entry('clinic-parking', 4.5), entry('six', 6)];

    expect(ids(inReadingOrder(modules))).toEqual(['four', 'clinic-parking', 'five', 'six']);
  });

  it('keeps inserting between decimals without renumbering', () => {
    const modules = [entry('b', 4.5), entry('a', 4), entry('c', 4.75), entry('d', 4.625), entry('e', 5)];

    expect(ids(inReadingOrder(modules))).toEqual(['a', 'b', 'd', 'c', 'e']);
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

    expect(() => inReadingOrder(modules)).toThrow(/module "set-and-setting" and module "music" both have order: 4\./);
  });

  it('names both files and suggests a free number between the clash and the next order', () => {
    const modules = [
      withFile('set-and-setting', 4),
      withFile('intro', 1),
      withFile('music-and-sound', 4),
      withFile('safety', 6),
    ];

    expect(() => inReadingOrder(modules)).toThrow(
      new FrontmatterError(
        'src/content/modules/set-and-setting.mdx and src/content/modules/music-and-sound.mdx both have order: 4. Give each module its own number; 5 is free (between 4 and 6).',
      ),
    );
  });

  it('suggests a decimal when the clash is at a decimal', () => {
    expect(() => inReadingOrder([withFile('a', 4.5), withFile('b', 4.5), withFile('c', 5)])).toThrow(
      /4\.75 is free \(between 4\.5 and 5\)/,
    );
  });

  it('throws even when the duplicates are the last two in reading order, suggesting a number after them', () => {
    expect(() => inReadingOrder([entry('z', 9), entry('a', 1), entry('y', 9)])).toThrow(
      /module "z" and module "y" both have order: 9\. Give each module its own number; 10 is free \(after the last module\)\./,
    );
  });

  it('names every clash at once, three modules sharing one order included', () => {
    const modules = [
      withFile('a', 2),
      withFile('b', 2),
      withFile('c', 2),
      withFile('d', 7),
      withFile('e', 7),
      withFile('f', 8),
    ];

    expect(() => inReadingOrder(modules)).toThrow(
      [
        'src/content/modules/a.mdx, src/content/modules/b.mdx and src/content/modules/c.mdx all have order: 2. Give each module its own number; 4.5 is free (between 2 and 7).',
        'src/content/modules/d.mdx and src/content/modules/e.mdx both have order: 7. Give each module its own number; 7.5 is free (between 7 and 8).',
      ].join('\n'),
    );
  });

  it('throws an error without a stack trace, which would point into the kit instead of at the files', () => {
    let thrown: unknown;
    try {
      inReadingOrder([entry('a', 1), entry('b', 1)]);
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(FrontmatterError);
    expect((thrown as Error).stack).toBe('');
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
    const modules = [
      entry('a', 1, 'after'),
      entry('b', 2, 'set-and-setting'),
      entry('c', 3, 'preparation'),
      entry('d', 4, 'after'),
    ];

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
