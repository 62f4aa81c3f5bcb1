import silabas from 'silabas';

/**
 * Readability of Spanish prose, for the Spanish modules and pages (the English ones use
 * Flesch-Kincaid; a grade formula tuned on English word lengths misreads Spanish, whose words
 * have more syllables for the same difficulty).
 *
 * **Fernández-Huerta** (1959), Flesch's reading ease refitted for Spanish, in the form corrected
 * by Gwillim Law (2011): the widely copied version divides sentences by 100 words, which makes
 * longer sentences *easier*; Fernández-Huerta's own formula, like Flesch's, uses words per sentence:
 *
 *   L = 206.84 − 60 · (syllables ÷ words) − 1.02 · (words ÷ sentences)
 *
 * Its scale: 90–100 very easy (school year 4), 80–90 easy (year 5), 70–80 fairly easy (year 6),
 * 60–70 standard (years 7–8), 50–60 fairly difficult. The kit holds Spanish pages at 70 or more:
 * at or below the US grade 8 the English pages are held to.
 *
 * **Szigriszt-Pazos / INFLESZ** (1993; scale by Barrio-Cantalejo et al. 2008, used for Spanish
 * patient information): 206.835 − 62.3 · (syllables ÷ words) − (words ÷ sentences); 55–65 "normal",
 * over 65 "fairly easy". Reported beside it.
 *
 * Syllables are counted by `silabas` (a port of the Hernández-Figueroa et al. Spanish syllable
 * separator: diphthongs, hiatus with a written accent, "qu"/"gu").
 */

/** Spanish words: letters with their accents and ñ, ü. Numbers and symbols are not words. */
const WORD = /\p{L}[\p{L}'’-]*/gu;

/** The syllables of one word. */
export function spanishSyllables(word: string): number {
  return word
    .split(/[-'’]/)
    .filter(Boolean)
    .reduce(
      (sum, part) => sum + Math.max(1, (silabas(part.toLowerCase()) as { syllables(): string[] }).syllables().length),
      0,
    );
}

/** Words, syllables and sentences of some sentences. */
export function spanishCounts(sentences: readonly string[]) {
  const words = sentences.flatMap((sentence) => sentence.match(WORD) ?? []);
  return {
    sentences: sentences.length,
    words: words.length,
    syllables: words.reduce((sum, word) => sum + spanishSyllables(word), 0),
  };
}

/** Fernández-Huerta reading ease (higher is easier), corrected form. */
export function fernandezHuerta(sentences: readonly string[]): number {
  const { sentences: count, words, syllables } = spanishCounts(sentences);
  return 206.84 - 60 * (syllables / words) - 1.02 * (words / count);
}

/** Szigriszt-Pazos perspicuity, read on the INFLESZ scale (higher is easier). */
export function inflesz(sentences: readonly string[]): number {
  const { sentences: count, words, syllables } = spanishCounts(sentences);
  return 206.835 - 62.3 * (syllables / words) - words / count;
}

/** The lowest Fernández-Huerta score a Spanish module or page may have ("fairly easy"). */
export const MIN_FERNANDEZ_HUERTA = 70;
