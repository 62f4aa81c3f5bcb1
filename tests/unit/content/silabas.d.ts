/** `silabas` 1.0 has no types of its own: it takes a word and separates its syllables. */
declare module 'silabas' {
  export default function silabas(word: string): { syllables(): string[]; positions(): number[] };
}
