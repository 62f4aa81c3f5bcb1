import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseItem, moveItem, totalMinutes } from '../../../src/links/reading-list';

describe('moving an item in the reading list', () => {
  it('moves up and down by one', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the list as it was past either end or from nowhere', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('never loses, adds or changes items, and puts the item where asked', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.integer({ min: -3, max: 25 }),
        (list, from, to) => {
          const index = from % list.length;
          const moved = moveItem(list, index, to);
          expect([...moved].sort()).toEqual([...list].sort());
          expect(moved.indexOf(list[index]!)).toBe(Math.min(Math.max(to, 0), list.length - 1));
        },
      ),
    );
  });

  it('returns a new array and leaves the original alone', () => {
    const list = ['a', 'b'];
    expect(moveItem(list, 1, 0)).not.toBe(list);
    expect(list).toEqual(['a', 'b']);
  });
});

describe('choosing items', () => {
  it('adds a new choice at the end and removes an unticked one', () => {
    expect(chooseItem(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(chooseItem(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
  });

  it('never lists an item twice', () => {
    expect(chooseItem(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
  });
});

describe('total reading time', () => {
  it('adds up the chosen items only', () => {
    expect(
      totalMinutes(
        ['a', 'c'],
        new Map([
          ['a', 4],
          ['b', 10],
          ['c', 7],
        ]),
      ),
    ).toBe(11);
    expect(totalMinutes([], new Map())).toBe(0);
  });
});
