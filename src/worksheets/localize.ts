import { assertParity, parityProblems } from '../i18n/parity';
import { PLURAL_CATEGORIES } from '../i18n/translator';
import type { WorksheetDefinition } from './types';

/**
 * Worksheet translations. English is the source and stays in each `definition.ts`; a translation is
 * one flat JSON file per locale, `src/i18n/<locale>/worksheets/<id>.json`, whose keys are the paths
 * of every word of the English definition (see {@link translatableStrings}):
 *
 *     title                                              the worksheet's title
 *     sections.about.fields.yourName.label               a field, by section id and field id
 *     sections.setting.fields.modality.options.remote.label   an option, by its value
 *     sections.grounding.fields.groundingOptions.other.textLabel
 *     cards.0.blocks.1.entries.0.label                   cards, blocks, entries and items by index
 *     cards.1.blocks.2.columns.time.label                a log column, by its id
 *     words.dosingDay.timeline.lastFood                  the worksheet's own words (`words`)
 *
 * Objects in arrays are keyed by their `id` (sections, fields, log columns) or `value` (options),
 * so moving a field keeps its translation; anything else in an array by its index.
 *
 * Which strings are words: every string EXCEPT the structural properties below. A deny-list fails
 * safe: a new structural string a definition gains is at worst asked for in every translation (the
 * parity check names it, loudly), while a new kind of word is never silently left in English.
 */

/** A translation of one worksheet: `src/i18n/<locale>/worksheets/<id>.json`, flat keys to words. */
export type WorksheetTranslation = Readonly<Record<string, string>>;

/**
 * Properties that are structure, never words: ids, kinds, stored values, file names, autocomplete
 * tokens, the answers a card or a condition names, clinic value names and the section a panel
 * follows. `from` is a timeline block's answer ids (`{ date, startTime, place, travelMinutes }`), so
 * everything under it is structure. A translation never changes these: a Spanish PDF must resume
 * into the English form, field by field id.
 */
export const STRUCTURAL_PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'kind',
  'value',
  'fileName',
  'autocomplete',
  'answerKey',
  'field',
  'equals',
  'defaultFrom',
  'panelAfter',
  'inputMode',
  'from',
]);

/** The definition's property holding the worksheet's own words (`WorksheetDefinition.words`), translated as `words.<key>`. */
const WORDS = 'words';

/** The key of an element of an array: its `id`, else its `value` (an option), else its index. */
function elementKey(element: unknown, index: number): string {
  if (element && typeof element === 'object') {
    const { id, value } = element as { id?: unknown; value?: unknown };
    if (typeof id === 'string' && id !== '') return id;
    if (typeof value === 'string' && value !== '') return value;
  }
  return String(index);
}

/**
 * A copy of `node` with every word replaced by `replace(key, text)`; structure, numbers and flags
 * are copied as they are. The one walk both {@link translatableStrings} and
 * {@link localizeDefinition} use, so the keys a translator writes are the keys that are read.
 * @throws when two words would share a key (two sections with one id), which no translation could tell apart
 */
function mapWords(node: unknown, replace: (key: string, text: string) => string, definitionId: string): unknown {
  const seen = new Set<string>();
  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      if (seen.has(path))
        throw new Error(
          `${definitionId}: two pieces of text share the translation key "${path}" (are two ids the same?).`,
        );
      seen.add(path);
      return replace(path, value);
    }
    const at = (key: string) => (path === '' ? key : `${path}.${key}`);
    if (Array.isArray(value)) return value.map((element, index) => walk(element, at(elementKey(element, index))));
    if (value && typeof value === 'object') {
      // The worksheet's own words are all words, whatever their keys are called.
      const structural = (key: string) => path !== WORDS && STRUCTURAL_PROPERTIES.has(key);
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          structural(key) ? structuralCopy(inner) : walk(inner, at(key)),
        ]),
      );
    }
    return value;
  };
  return walk(node, '');
}

/** A deep copy of structure (arrays and plain objects), so a localized definition shares nothing with the English one. */
const structuralCopy = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(structuralCopy)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, structuralCopy(inner)]))
      : value;

/**
 * Every word of a definition, by its translation key: what a translation of it must give, key by
 * key (the English side of the parity check; also how a translator's file is started).
 * @throws when two words would share a key
 */
export function translatableStrings(definition: WorksheetDefinition): Record<string, string> {
  const strings: Record<string, string> = {};
  mapWords(
    definition,
    (key, text) => {
      strings[key] = text;
      return text;
    },
    definition.id,
  );
  return strings;
}

/** A plural form's key (`words.x.one`): its forms may differ in placeholders (`one` may write "1"), as parity.ts allows. */
const PLURAL_FORM = new RegExp(`\\.(${PLURAL_CATEGORIES.join('|')})$`);

/** `{placeholders}` as the PDF engine and the clinic values read them (`{clinic.phone}`, `{rest}`), sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{([^{}\s]+)\}/g)].map((match) => match[1]!).sort();

/**
 * What is wrong with a translation of a worksheet, one message per problem, each naming the file
 * and the key: a missing key, an extra one, a value that is not words, or `{placeholders}` that
 * differ from the English (clinic values such as `{clinic.phone}` included).
 * @param english the worksheet as its `definition.ts` writes it
 * @param translation the parsed JSON file
 * @param file the file's path, as the messages name it (`src/i18n/es/worksheets/intention.json`)
 */
export function translationProblems(english: WorksheetDefinition, translation: unknown, file: string): string[] {
  if (!translation || typeof translation !== 'object' || Array.isArray(translation)) {
    return [`${file}: must be one JSON object of translation keys and their words.`];
  }
  const source = translatableStrings(english);
  const entries = translation as Readonly<Record<string, unknown>>;
  const problems = parityProblems(source, entries, file);
  // parity.ts compares `{word}` placeholders; clinic values have a dot (`{clinic.phone}`), so every
  // placeholder is compared here too, once per key that parity.ts did not already name.
  for (const [key, text] of Object.entries(source)) {
    const translated = entries[key];
    if (
      typeof translated !== 'string' ||
      PLURAL_FORM.test(key) ||
      problems.some((problem) => problem.startsWith(`${file}: "${key}" `))
    )
      continue;
    if (placeholders(translated).join() !== placeholders(text).join()) {
      problems.push(
        `${file}: "${key}" must use the placeholders ${
          placeholders(text)
            .map((name) => `{${name}}`)
            .join(', ') || '(none)'
        }, as the English does.`,
      );
    }
  }
  return problems;
}

/**
 * The definition in another language: every word replaced by the translation's, everything else
 * (ids, kinds, option values, limits, conditions, order, version, file name) exactly as in English,
 * so answers, drafts, links and PDFs work the same in every language.
 * @param english the worksheet as its `definition.ts` writes it
 * @param translation the parsed JSON file of one locale
 * @param file the file's path, for the messages
 * @throws listing every problem {@link translationProblems} finds, each naming the file and the key
 */
export function localizeDefinition(
  english: WorksheetDefinition,
  translation: unknown,
  file: string,
): WorksheetDefinition {
  assertParity(translationProblems(english, translation, file));
  const entries = translation as WorksheetTranslation;
  const localized = mapWords(english, (key) => entries[key]!, english.id) as WorksheetDefinition;
  if (english.words === undefined) return localized;
  // The worksheet's own words are taken whole from the translation: a plural may have forms in
  // another language that English has not (`….many`), which parity allows.
  const words = Object.fromEntries(
    Object.entries(entries)
      .filter(([key]) => key.startsWith(`${WORDS}.`))
      .map(([key, text]) => [key.slice(WORDS.length + 1), text]),
  );
  return { ...localized, words };
}
