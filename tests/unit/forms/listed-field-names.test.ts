import { describe, expect, it } from 'vitest';
import { listedFieldNames, MAX_LISTED_FIELD_NAMES } from '../../../src/components/forms/listed-field-names';

describe('listedFieldNames (the fields a resumed PDF had that the worksheet does not)', () => {
  it('names fields shaped like the kit’s: an answer, a piece of one, an option', () => {
    expect(listedFieldNames(['phone', 'bring.blanket', 'intentions__2', 'favouriteColour'])).toEqual({
      shown: ['phone', 'bring.blanket', 'intentions__2', 'favouriteColour'],
      more: 0,
    });
  });

  it('only counts names another program or a crafted file chose: words, markup, control and direction characters', () => {
    const crafted = [
      'Call 555-0100 now',
      '<img src=x onerror=alert(1)>',
      'a\u202Eevil',
      'tab\there',
      'x'.repeat(200),
      '',
    ];
    expect(listedFieldNames(['fears', ...crafted])).toEqual({ shown: ['fears'], more: crafted.length });
  });

  it(`names at most ${MAX_LISTED_FIELD_NAMES} and counts the rest`, () => {
    const names = Array.from({ length: 9_000 }, (_, index) => `extra${index}`);
    const { shown, more } = listedFieldNames(names);
    expect(shown).toEqual(names.slice(0, MAX_LISTED_FIELD_NAMES));
    expect(more).toBe(9_000 - MAX_LISTED_FIELD_NAMES);
  });
});
