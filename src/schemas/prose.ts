import { z } from 'astro/zod';
import { localeIds, locales } from '../i18n/locales';

/**
 * A setting that is prose (it is read inside a sentence), given once per language the site is built
 * in: `{ en: 'the next day, after a full night’s sleep', es: 'al día siguiente, después de dormir toda la noche' }`.
 * Every locale of src/i18n/locales.ts must have its text, so the build names the language a
 * setting lacks instead of showing a Spanish reader English in the middle of a sentence. Text for
 * a language the site is not built in is ignored (a clinic can build fewer languages than it wrote;
 * a misspelt locale still leaves the real one missing, which is reported).
 * @param name the setting's path, as messages name it (`` `emergency.phrase` ``)
 * @param example what a clinic might write, in each language, for the message
 */
export const ProseSchema = (name: string, min: number, max: number, example: Readonly<Record<string, string>>) => {
  const shape = `{ ${localeIds.map((locale) => `${locale}: '${example[locale] ?? '…'}'`).join(', ')} }`;
  return z
    .record(
      z.string(),
      z
        .string()
        .trim()
        .min(min, { error: `Each text of ${name} needs at least ${min} characters.` })
        .max(max, { error: `Keep each text of ${name} to ${max} characters or fewer.` }),
      {
        error: `Set ${name} to its words in each language the site is built in, such as ${shape}.`,
      },
    )
    .check((context) => {
      const given = Object.keys(context.value);
      for (const locale of localeIds.filter((id) => !given.includes(id))) {
        context.issues.push({
          code: 'custom',
          input: context.value,
          path: [locale],
          message: `${name} has no ${locales[locale].label} (${locale}) text: add ${locale}: '…' (the site is built in ${localeIds.join(', ')}).`,
        });
      }
    });
};
