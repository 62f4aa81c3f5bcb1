/** How many left-out field names the resume message lists before "and N more". */
export const MAX_LISTED_FIELD_NAMES = 10;

/**
 * A name shaped like the kit's own field names (`fears`, `groundingOptions.music`, `intentions__2`),
 * at most 64 characters. Other names come from some other program, or from someone hoping the
 * page will show their words, and are only counted.
 */
const KIT_SHAPED = /^[A-Za-z][A-Za-z0-9]{0,63}(?:__[0-9]{1,4})?(?:\.[A-Za-z0-9-]{1,64})?$/;

/**
 * Which of the fields a resumed PDF had but this worksheet does not to name to the patient: the
 * first {@link MAX_LISTED_FIELD_NAMES} kit-shaped ones; the rest are counted in `more`. A crafted
 * file may hold thousands of fields named with any text.
 */
export function listedFieldNames(names: readonly string[]): { shown: string[]; more: number } {
  const shown = names.filter((name) => KIT_SHAPED.test(name)).slice(0, MAX_LISTED_FIELD_NAMES);
  return { shown, more: names.length - shown.length };
}
