/**
 * Length of an answer as a person counts it: Unicode code points, so "é" or an emoji counts once
 * rather than as two UTF-16 units. The character count and the limit check both use this, so the
 * count on screen and the error on submit always agree.
 */
export const characterLength = (text: string): number => {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
};
